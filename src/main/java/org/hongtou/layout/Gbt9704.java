package org.hongtou.layout;

import org.hongtou.document.Style;

/**
 * Every measurement of GB/T 9704-2012 that the renderers use, in points (1/72 inch), with the
 * conversions each renderer needs. Both renderers read their numbers from here and from nowhere
 * else, so the DOCX and the PDF cannot drift apart. Clause numbers refer to the standard; values
 * the standard leaves open are marked "practice" (see shared/docs/GBT9704.md).
 */
public final class Gbt9704 {

    private Gbt9704() {
    }

    // ---- units --------------------------------------------------------------------------------

    public static final double PT_PER_MM = 72.0 / 25.4;

    public static double mm(double mm) {
        return mm * PT_PER_MM;
    }

    /** Points to twentieths of a point (twips), the unit of most WordprocessingML lengths. */
    public static int twip(double pt) {
        return (int) Math.round(pt * 20);
    }

    /** Points to eighths of a point, the unit of WordprocessingML border widths. */
    public static int eighthPt(double pt) {
        return (int) Math.round(pt * 8);
    }

    /** Points to half-points, the unit of WordprocessingML font sizes. */
    public static int halfPt(double pt) {
        return (int) Math.round(pt * 2);
    }

    // ---- Chinese font sizes (号) ----------------------------------------------------------------

    public static final double CHUHAO = 42, XIAOCHU = 36, YIHAO = 26, ERHAO = 22, SANHAO = 16,
            SIHAO = 14, XIAOSI = 12;

    // ---- page (§5.1–5.2) ------------------------------------------------------------------------

    public static final double PAGE_WIDTH = mm(210);
    public static final double PAGE_HEIGHT = mm(297);
    /** 天头 */
    public static final double MARGIN_TOP = mm(37);
    /** 订口 */
    public static final double MARGIN_LEFT = mm(28);
    public static final double TEXT_WIDTH = mm(156);
    public static final double TEXT_HEIGHT = mm(225);
    public static final double MARGIN_RIGHT = PAGE_WIDTH - MARGIN_LEFT - TEXT_WIDTH;
    public static final double MARGIN_BOTTOM = PAGE_HEIGHT - MARGIN_TOP - TEXT_HEIGHT;

    // ---- grid ---------------------------------------------------------------------------------

    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** 225 mm / 22 = 28.99 pt. */
    public static final double LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE;
    /** 156 mm / 28 = 15.79 pt: a 16 pt glyph is 0.21 pt wider than its cell. */
    public static final double CHAR_CELL = TEXT_WIDTH / CHARS_PER_LINE;
    /** The body size, 三号: every element's size unless stated. */
    public static final double BODY_SIZE = SANHAO;
    /**
     * Word and LibreOffice both honour a plain line grid, but not Word's character grid (LibreOffice
     * puts each Chinese glyph in two cells). So the DOCX uses a line grid and narrows every body
     * glyph by this much, rounded down to whole twips so that 28 characters always fit a line.
     */
    public static final double DOCX_CHAR_SPACING = Math.floor((CHAR_CELL - BODY_SIZE) * 20) / 20;
    /** The DOCX grid pitch in whole twips, never more than {@link #LINE_PITCH} so 22 lines fit. */
    public static final int DOCX_LINE_PITCH_TWIP = (int) Math.floor(LINE_PITCH * 20);

    /** Width of n character cells. */
    public static double chars(double n) {
        return n * CHAR_CELL;
    }

    // ---- colours ------------------------------------------------------------------------------

    /** Red for the mark, the separator line and the seal (practice: FF0000). */
    public static final int RED = 0xFF0000;
    public static final String RED_HEX = "FF0000";
    public static final int BLACK = 0x000000;

    // ---- header block 版头 (§7.2) ---------------------------------------------------------------

    /** 份号: six digits, flush left on line 1. */
    public static final int COPY_NUMBER_DIGITS = 6;
    /** The mark's top edge sits this far below the top of the text block (72 mm from the page top). */
    public static final double MARK_TOP = mm(35);
    /** Practice: the mark is at most 小初 and shrinks to fit one line. */
    public static final double MARK_MAX_SIZE = XIAOCHU;
    /** The mark never shrinks below this, so a very long name wraps instead of becoming illegible. */
    public static final double MARK_MIN_SIZE = ERHAO;
    /** Blank lines between the mark and the document number. */
    public static final int NUMBER_BLANK_LINES_AFTER_MARK = 2;
    /** 签发人 and, on an upward document, the document number: indented one character. */
    public static final double NUMBER_SIDE_INDENT = chars(1);
    /** The red separator line: this far below the document number's baseline box. */
    public static final double RED_LINE_GAP = mm(4);
    /** Practice: 1–1.5 pt. */
    public static final double RED_LINE_WIDTH = 1.0;

    // ---- main part 主体 (§7.3) ------------------------------------------------------------------

    public static final double TITLE_SIZE = ERHAO;
    /** Blank lines between the red line and the title. */
    public static final int TITLE_BLANK_LINES_AFTER_RED_LINE = 2;
    /** Blank lines between the title and the recipients. */
    public static final int RECIPIENTS_BLANK_LINES_AFTER_TITLE = 1;
    /** First-line indent of every body paragraph, in characters. */
    public static final int PARAGRAPH_INDENT_CHARS = 2;
    /** 附件说明: one blank line below the body, indented two characters. */
    public static final int ATTACHMENTS_BLANK_LINES = 1;
    public static final int ATTACHMENTS_INDENT_CHARS = 2;
    /** Signature: one blank line below the body or 附件说明. */
    public static final int SIGNATURE_BLANK_LINES = 1;
    /** Without seal: the authority right-indented two characters, the date starts two right of it. */
    public static final int SIGNATURE_RIGHT_INDENT_CHARS = 2;
    public static final int SIGNATURE_DATE_OFFSET_CHARS = 2;
    /** With seal: the date right-indented four characters, the authority centred over it. */
    public static final int SEALED_DATE_RIGHT_INDENT_CHARS = 4;
    /** 附注: indented two characters on the line after the date. */
    public static final int NOTE_INDENT_CHARS = 2;

    /** Size of text in a body style. */
    public static double size(Style style) {
        return BODY_SIZE;
    }

    /** Font role of a body style: 一、 黑体, （一） 楷体, 1. and （1） 仿宋 (§7.3.3). */
    public static FontRole font(Style style) {
        return switch (style) {
            case H1 -> FontRole.HEITI;
            case H2 -> FontRole.KAITI;
            case BODY, H3, H4 -> FontRole.FANGSONG;
        };
    }

    // ---- end block 版记 (§7.4) ------------------------------------------------------------------

    public static final double COLOPHON_SIZE = SIHAO;
    public static final double COLOPHON_THICK_RULE = mm(0.35);
    public static final double COLOPHON_THIN_RULE = mm(0.25);
    /** 抄送 and 印发 lines are indented one character (of the colophon's size) on either side. */
    public static final double COLOPHON_SIDE_INDENT = COLOPHON_SIZE;
    /** Each 版记 line occupies one grid line. */
    public static final double COLOPHON_LINE_HEIGHT = LINE_PITCH;

    // ---- page numbers (§7.5) --------------------------------------------------------------------

    public static final double PAGE_NUMBER_SIZE = SIHAO;
    /** The top of the dashes sits this far below the bottom of the text block. */
    public static final double PAGE_NUMBER_GAP = mm(7);
    /** Odd pages: right-indented one character; even pages: left-indented one character. */
    public static final double PAGE_NUMBER_SIDE_INDENT = chars(1);
    public static final String PAGE_NUMBER_DASH = "—";

    /** "— 7 —": half-width digits with an em dash and a space on each side. */
    public static String pageNumberText(int n) {
        return PAGE_NUMBER_DASH + " " + n + " " + PAGE_NUMBER_DASH;
    }

    // ---- PDF / typesetting ----------------------------------------------------------------------

    /**
     * Where the baseline sits in a CJK font's em box, from its top (the ideographic em box runs
     * from 0.88 em above the baseline to 0.12 em below it). Text is centred on its grid line.
     */
    public static final double EM_ASCENT = 0.88;
    /** Joint marks: the distance between stacked authority names, in mark sizes. */
    public static final double MARK_STACK_LEADING = 1.2;
    /**
     * With seal: blank lines between the body and the authority name, so that the seal (about 4
     * lines high, centred a little above name and date) starts within one line of the body.
     */
    public static final int SEALED_SIGNATURE_BLANK_LINES = 2;

    /** The top of grid line {@code line} (0-based) of the text block, from the page top. */
    public static double lineTop(int line) {
        return MARGIN_TOP + line * LINE_PITCH;
    }

    /** The baseline of text of {@code size} centred on grid line {@code line}. */
    public static double baseline(int line, double size) {
        return lineTop(line) + (LINE_PITCH - size) / 2 + EM_ASCENT * size;
    }

    /**
     * How far a full-width character advances: one grid cell at the body size (the 16 pt glyph
     * is squeezed 0.21 pt into its 15.79 pt cell), its own size elsewhere (title, mark, 版记).
     */
    public static double fullWidthAdvance(double size) {
        return size == BODY_SIZE ? CHAR_CELL : size;
    }

    // ---- DOCX specifics ------------------------------------------------------------------------

    /**
     * Each title line takes this many grid lines (exact line height), so the title keeps
     * everything after it on the grid.
     */
    public static final int TITLE_LINE_GRID_LINES = 1;
    /**
     * Footer distance from the page bottom: the page-number line (exact height {@link
     * #PAGE_NUMBER_SIZE}) then starts {@link #PAGE_NUMBER_GAP} below the text block.
     */
    public static final double DOCX_FOOTER_DISTANCE = MARGIN_BOTTOM - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE;
    /** Header distance; the renderer writes no page headers, but Word wants a value. */
    public static final double DOCX_HEADER_DISTANCE = mm(15);
    /** Mark sizes step by half a point (the unit of w:sz) when shrinking to fit. */
    public static final double MARK_SIZE_STEP = 0.5;
    /** The first and last 版记 rules as WordprocessingML border widths (eighths of a point). */
    public static final int DOCX_COLOPHON_THICK_SZ = 8;
    public static final int DOCX_COLOPHON_THIN_SZ = 6;
    /**
     * Advance of one body character in the DOCX: the body size narrowed by {@link
     * #DOCX_CHAR_SPACING}; indents measured in characters use it so they line up with the text.
     */
    public static final double DOCX_BODY_ADVANCE = BODY_SIZE + DOCX_CHAR_SPACING;
    /**
     * Footer distance of the unnumbered 版记 section: its empty footer ends on the text block's
     * bottom edge. LibreOffice lays out the pages of an even-page section as if the footer began
     * where its line would (losing the 7 mm gap), which would push the bottom-anchored 版记 below
     * the text block; with this distance both readers keep the text block where it belongs.
     */
    public static final double DOCX_UNNUMBERED_FOOTER_DISTANCE = MARGIN_BOTTOM - PAGE_NUMBER_SIZE;
}
