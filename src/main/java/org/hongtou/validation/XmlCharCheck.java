package org.hongtou.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds characters XML 1.0 cannot carry (so neither DOCX nor the markup can): C0 controls other
 * than tab, newline and carriage return, U+FFFE/U+FFFF, and lone surrogates. JSON can encode
 * them (\u0001, \ud800), so they arrive in otherwise valid input. In {@link Mode#REJECT} each
 * string holding one is an error naming its JSON Pointer; in {@link Mode#STRIP} they are removed
 * in place and each affected string gets a warning.
 */
public final class XmlCharCheck {

    public static final String RULE = "xml-char";

    public enum Mode { REJECT, STRIP }

    private final Mode mode;

    public XmlCharCheck(Mode mode) {
        this.mode = mode;
    }

    public Mode mode() {
        return mode;
    }

    /** Checks (and in STRIP mode cleans) every string, property names included. */
    public List<Finding> check(JsonNode root) {
        List<Finding> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private void walk(JsonNode node, String pointer, List<Finding> out) {
        if (node instanceof ObjectNode obj) {
            for (Map.Entry<String, JsonNode> e : new ArrayList<>(obj.properties())) {
                String child = Pointers.child(pointer, e.getKey());
                if (firstBad(e.getKey()) >= 0) {
                    out.add(finding(child, e.getKey()));
                }
                JsonNode value = e.getValue();
                if (value.isString()) {
                    String s = value.stringValue();
                    if (firstBad(s) >= 0) {
                        out.add(finding(child, s));
                        if (mode == Mode.STRIP) {
                            obj.put(e.getKey(), strip(s));
                        }
                    }
                } else {
                    walk(value, child, out);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                String child = Pointers.child(pointer, i);
                JsonNode value = arr.get(i);
                if (value.isString()) {
                    String s = value.stringValue();
                    if (firstBad(s) >= 0) {
                        out.add(finding(child, s));
                        if (mode == Mode.STRIP) {
                            arr.set(i, arr.stringNode(strip(s)));
                        }
                    }
                } else {
                    walk(value, child, out);
                }
            }
        }
    }

    private Finding finding(String pointer, String s) {
        int at = firstBad(s);
        String code = String.format("U+%04X", (int) s.charAt(at));
        if (mode == Mode.STRIP) {
            return Finding.warning(pointer, RULE,
                    "已删除 XML 不能容纳的字符（首个为 " + code + "，第 " + (at + 1) + " 个字符）",
                    "removed characters XML cannot carry (first " + code + " at character " + (at + 1) + ")");
        }
        return Finding.error(pointer, RULE,
                "含有 XML 不能容纳的字符 " + code + "（第 " + (at + 1) + " 个字符）：控制字符、U+FFFE/U+FFFF 或不成对的代理项",
                "holds " + code + " at character " + (at + 1) + ", which XML cannot carry "
                        + "(a control character, U+FFFE/U+FFFF or a lone surrogate)");
    }

    /** Index of the first character XML 1.0 cannot carry, or -1. */
    public static int firstBad(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || !allowedBmp(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allowedBmp(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    public static String strip(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c) && allowedBmp(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
