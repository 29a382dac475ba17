package org.hongtou.layout;

/**
 * The width of text in ems by the rule both renderers plan with: a Chinese character or any
 * full-width form is one em, anything else (digits, Latin letters, half-width punctuation) half an
 * em. Real glyphs of the 公文 fonts follow this closely enough to decide line breaks and sizes
 * before a font is at hand; the PDF typesetter measures real glyphs where it has them.
 */
public final class Ems {

    private Ems() {
    }

    /** Width of {@code text} in ems. */
    public static double of(CharSequence text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Width of one code point in ems. */
    public static double of(int codePoint) {
        return isWide(codePoint) ? 1.0 : 0.5;
    }

    /** Whether a code point is set full-width (one em) in Chinese text. */
    public static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        if (b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS) {
            return cp < 0xFF61 || cp >= 0xFFE0;
        }
        // General punctuation: the em dash and the ellipsis are one em in Chinese fonts.
        if (b == Character.UnicodeBlock.GENERAL_PUNCTUATION) {
            return cp == 0x2014 || cp == 0x2026 || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D;
        }
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || b == Character.UnicodeBlock.GEOMETRIC_SHAPES
                || b == Character.UnicodeBlock.MISCELLANEOUS_SYMBOLS
                || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
                || cp >= 0x20000;
    }
}
