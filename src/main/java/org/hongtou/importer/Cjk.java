package org.hongtou.importer;

/** Character classes the cleaning rules need: what counts as Chinese text around a character. */
final class Cjk {

    private Cjk() {
    }

    static boolean ideograph(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** An ideograph, CJK punctuation, a full-width form or a curly quote, as used in Chinese. */
    static boolean chinese(int c) {
        return ideograph(c)
                || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF01 && c <= 0xFF60)
                || (c >= 0x2018 && c <= 0x201F)
                || c == 0x2014 || c == 0x2026 || c == 0x00B7;
    }

    /** Horizontal whitespace of any width, including the ideographic and the typographic spaces. */
    static boolean space(int c) {
        return c == ' ' || c == '\t' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** Invisible characters and controls XML cannot carry: never part of the wording. */
    static boolean zeroWidth(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD
                || (c < 0x20 && c != '\t') || c == 0x7F || c == 0xFFFE || c == 0xFFFF
                || (c >= 0xD800 && c <= 0xDFFF);
    }

    /** Strip every kind of space at both ends (String.strip misses U+3000 in some cases and NBSP). */
    static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (space(s.charAt(a)) || Character.isWhitespace(s.charAt(a)) || zeroWidth(s.charAt(a)))) {
            a++;
        }
        while (b > a && (space(s.charAt(b - 1)) || Character.isWhitespace(s.charAt(b - 1)) || zeroWidth(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Sentence-final or clause-final punctuation: a line ending in one is not broken mid-sentence. */
    static boolean endsClause(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return "。！？；：”’）》」』…—.!?;:)".indexOf(c) >= 0;
    }
}
