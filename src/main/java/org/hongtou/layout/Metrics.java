package org.hongtou.layout;

/**
 * Widths of characters that do not fill a grid cell (digits, Latin letters, half-width signs).
 * Full-width characters never ask: on the grid they take one cell whatever the font says.
 * The PDF renderer answers from its fonts; {@link #HALF_EM} is a font-free estimate.
 */
@FunctionalInterface
public interface Metrics {

    double width(int codePoint, FontRole role, double size);

    /** Every half-width character is half an em: close enough for digits in CJK fonts. */
    Metrics HALF_EM = (cp, role, size) -> size / 2;
}
