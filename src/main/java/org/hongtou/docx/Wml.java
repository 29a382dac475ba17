package org.hongtou.docx;

/**
 * Small helpers for writing WordprocessingML as text. The renderer writes the parts' XML itself
 * (readable, diffable, in the schema's element order, which Word insists on) and lets docx4j
 * parse it and package it.
 */
final class Wml {

    static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String NAMESPACES = "xmlns:w=\"" + NS_W + "\" xmlns:r=\"" + NS_R + "\"";

    private Wml() {
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // Characters XML 1.0 cannot carry are dropped rather than breaking the file.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A run of text; tabs become {@code <w:tab/>} so tab stops work. */
    static String run(String rPr, String text) {
        StringBuilder sb = new StringBuilder("<w:r>");
        if (rPr != null && !rPr.isEmpty()) {
            sb.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                if (i > from) {
                    sb.append("<w:t xml:space=\"preserve\">").append(escape(text.substring(from, i))).append("</w:t>");
                }
                if (i < text.length()) {
                    sb.append("<w:tab/>");
                }
                from = i + 1;
            }
        }
        return sb.append("</w:r>").toString();
    }

    static String attr(String name, Object value) {
        return " w:" + name + "=\"" + escape(String.valueOf(value)) + "\"";
    }
}
