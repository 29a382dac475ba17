package org.hongtou.web;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition values with a Chinese file name (RFC 6266 §4.3, RFC 5987/8187): an ASCII
 * {@code filename} for old clients, then {@code filename*=UTF-8''…} which every current browser
 * and curl (-J) prefer.
 */
public final class ContentDispositions {

    private ContentDispositions() {
    }

    public static String attachment(String fileName, String asciiFallback) {
        return build("attachment", fileName, asciiFallback);
    }

    public static String inline(String fileName, String asciiFallback) {
        return build("inline", fileName, asciiFallback);
    }

    private static String build(String type, String fileName, String asciiFallback) {
        return type + "; filename=\"" + asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(fileName);
    }

    /** RFC 5987 attr-char are kept, every other byte of the UTF-8 form is %XX. */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
