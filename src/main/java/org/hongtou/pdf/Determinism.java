package org.hongtou.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes OpenPDF's output a function of its input. OpenPDF names each embedded subset with a
 * random six-letter prefix (SecureRandom) and gives the file a random /ID; both are rewritten in
 * place, byte for byte the same length, so offsets and the xref table stay valid: the prefix
 * becomes a hash of the font's name, the ID a hash of the file's content.
 */
final class Determinism {

    private static final Pattern SUBSET = Pattern.compile("/(?:BaseFont|FontName)/([A-Z]{6})\\+([^/\\s<>\\[\\]()]+)");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*]");

    private Determinism() {
    }

    static byte[] normalise(byte[] pdf) {
        // ISO-8859-1 maps bytes 1:1 to chars, so string offsets are byte offsets.
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> prefixes = new HashMap<>();
        for (String key : new String[]{"/BaseFont/", "/FontName/"}) {
            for (int at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
                Matcher m = SUBSET.matcher(s).region(at, Math.min(s.length(), at + 200));
                if (m.lookingAt()) {
                    prefixes.computeIfAbsent(m.group(1), p -> letters(sha256(m.group(2))));
                }
            }
        }
        byte[] out = pdf.clone();
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            byte[] from = (e.getKey() + "+").getBytes(StandardCharsets.ISO_8859_1);
            byte[] to = (e.getValue() + "+").getBytes(StandardCharsets.ISO_8859_1);
            for (int at = s.indexOf(e.getKey() + "+"); at >= 0; at = s.indexOf(e.getKey() + "+", at + from.length)) {
                System.arraycopy(to, 0, out, at, from.length);
            }
        }
        // The trailer's /ID is in the last few hundred bytes.
        int tail = Math.max(0, s.length() - 1024);
        Matcher id = ID.matcher(s).region(tail, s.length());
        if (id.find()) {
            // Hash the file with the ID zeroed: the same content always gets the same ID.
            for (int g = 1; g <= 2; g++) {
                for (int k = id.start(g); k < id.end(g); k++) {
                    out[k] = '0';
                }
            }
            String hex = hex(sha256(out));
            for (int g = 1; g <= 2; g++) {
                for (int k = id.start(g), h = 0; k < id.end(g); k++, h++) {
                    out[k] = (byte) hex.charAt(h % hex.length());
                }
            }
        }
        return out;
    }

    private static byte[] sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String letters(byte[] hash) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + (hash[i] & 0xFF) % 26));
        }
        return sb.toString();
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xFF));
        }
        return sb.toString();
    }
}
