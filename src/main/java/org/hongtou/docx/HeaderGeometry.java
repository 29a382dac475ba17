package org.hongtou.docx;

import static org.hongtou.layout.Gbt9704.twip;

import java.util.List;
import org.hongtou.document.Header;
import org.hongtou.layout.Ems;
import org.hongtou.layout.Gbt9704;

/**
 * Heights of the 版头 in twips, chosen so that the mark's top edge lies 35 mm below the text block
 * top and the title starts on a whole grid line: every piece has an exact height, and the gap
 * after the red line is whatever brings the title to the grid line nearest to "two blank lines
 * below the red line".
 *
 * @param optionalLines 份号, 密级, 紧急程度 lines above the mark, one grid line each
 * @param spacer        empty space between those lines and the mark's top edge
 * @param markSize      the mark's font size in points, shrunk so the mark fits one line
 * @param markLines     lines the mark takes (more than one only when even the smallest size does not fit,
 *                      or for the stacked names of a joint mark)
 * @param redLineGapPt  space between the number line and the red line, whole points (w:space)
 * @param titleBefore   space between the red line and the title's first grid line
 * @param titleLine     the grid line (0-based) the title starts on
 */
record HeaderGeometry(int optionalLines, int spacer, double markSize, int markLines, int redLineGapPt,
                      int titleBefore, int titleLine) {

    static HeaderGeometry of(Header h) {
        int pitch = Gbt9704.DOCX_LINE_PITCH_TWIP;
        int optional = (h.copyNumber() != null ? 1 : 0) + (h.secrecy() != null ? 1 : 0)
                + (h.urgency() != null ? 1 : 0);
        int spacer = Math.max(0, twip(Gbt9704.MARK_TOP) - optional * pitch);
        double size = markSize(h.markNames(), h.markSuffix());
        int lines = h.markNames().size() > 1 ? h.markNames().size()
                : (int) Math.ceil(markEms(h.markNames(), h.markSuffix()) * size / Gbt9704.TEXT_WIDTH - 1e-9);
        lines = Math.max(1, lines);
        int gapPt = (int) Math.round(Gbt9704.RED_LINE_GAP);
        int redLine = optional * pitch + spacer + lines * twip(size)
                + (Gbt9704.NUMBER_BLANK_LINES_AFTER_MARK + 1) * pitch
                + twip(gapPt) + twip(Gbt9704.RED_LINE_WIDTH);
        int wanted = redLine + Gbt9704.TITLE_BLANK_LINES_AFTER_RED_LINE * pitch;
        int titleLine = (int) Math.round((double) wanted / pitch);
        int before = titleLine * pitch - redLine;
        return new HeaderGeometry(optional, spacer, size, lines, gapPt, before, titleLine);
    }

    /** Ems of the mark's widest line: the longest name, plus the suffix (beside the names). */
    static double markEms(List<String> names, String suffix) {
        double widest = names.stream().mapToDouble(Ems::of).max().orElse(0);
        double suffixEms = suffix.isEmpty() ? 0 : Ems.of(suffix) + (names.size() > 1 ? 0.5 : 0);
        return widest + suffixEms;
    }

    /** The largest size, in steps of half a point, up to 小初, at which the mark fits one line. */
    static double markSize(List<String> names, String suffix) {
        double ems = markEms(names, suffix);
        if (ems <= 0) {
            return Gbt9704.MARK_MAX_SIZE;
        }
        double step = Gbt9704.MARK_SIZE_STEP;
        double fit = Math.floor(Gbt9704.TEXT_WIDTH / ems / step) * step;
        return Math.max(Gbt9704.MARK_MIN_SIZE, Math.min(Gbt9704.MARK_MAX_SIZE, fit));
    }
}
