package org.hongtou.document;

/**
 * The typographic roles text can play in the body. The layout spec maps each to a font role
 * and size; the tree never names a font.
 */
public enum Style {
    BODY, H1, H2, H3, H4;

    public static Style heading(int level) {
        return values()[level];
    }

    public int headingLevel() {
        return ordinal();
    }
}
