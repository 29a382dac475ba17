package org.hongtou.layout;

import java.util.List;

/**
 * Everything on one page, in points from the page's top-left corner (y grows downwards, unlike
 * PDF): the renderer only draws, it decides nothing.
 *
 * @param number     the printed page number, or 0 for a page that carries none (blank, 版记)
 * @param lines      text lines, each at its baseline
 * @param rules      horizontal lines: the red separator, the 版记 rules
 * @param blank      true for the blank page inserted so that the 版记 falls on an even page
 */
public record PageLayout(int number, List<TextLine> lines, List<Rule> rules, boolean blank) {

    public PageLayout {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
    }

    /** One glyph: a code point at a pen position, in a role's font at a size and colour. */
    public record Glyph(int codePoint, double x, FontRole role, double size, int colour) {
    }

    /**
     * A line of glyphs sharing one baseline.
     *
     * @param kind what the line belongs to (title, body, page number…), for tests and tools
     */
    public record TextLine(double baseline, List<Glyph> glyphs, LineKind kind) {
        public TextLine {
            glyphs = List.copyOf(glyphs);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.appendCodePoint(g.codePoint()));
            return sb.toString();
        }
    }

    /** A horizontal rule from x1 to x2 whose centre line is at y. */
    public record Rule(double x1, double x2, double y, double width, int colour) {
    }

    /** What a line is, so tests can find the page number or a body line without guessing. */
    public enum LineKind {
        HEADER, MARK, NUMBER, TITLE, RECIPIENTS, HEADING, BODY, ATTACHMENTS, SIGNATURE, DATE, NOTE,
        COLOPHON, PAGE_NUMBER
    }
}
