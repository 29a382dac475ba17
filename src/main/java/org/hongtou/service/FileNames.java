package org.hongtou.service;

/** File names made from Chinese titles: keep the words, drop what file systems refuse. */
public final class FileNames {

    private static final int MAX_CHARS = 120;

    private FileNames() {
    }

    /** The title with path separators, reserved and control characters replaced by _. */
    public static String safe(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        title.strip().codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || "/\\:*?\"<>|".indexOf(cp) >= 0) {
                sb.append('_');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.codePointCount(0, s.length()) > MAX_CHARS) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_CHARS));
        }
        return s.isBlank() ? "report" : s;
    }
}
