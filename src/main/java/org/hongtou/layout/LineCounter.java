package org.hongtou.layout;

import java.util.List;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.Run;

/**
 * An estimate of where the main part of a document ends on the 22 × 28 grid: how many grid lines
 * each block takes, filled page by page. The DOCX renderer needs it for one decision Word cannot
 * make by itself, whether the 版记 still fits on the last page (GB/T 9704 §7.4).
 *
 * <p>Deliberately simple and isolated: greedy filling of 28-em lines (a Chinese character one em,
 * anything else half), punctuation that may not start a line hangs in the margin as Word and
 * LibreOffice let it, a number is never split, paragraphs split freely across pages (the DOCX
 * turns widow control off so every page is full). When the shared typesetter lands, this class
 * is what to replace with its pagination.
 */
public final class LineCounter {

    private static final String HANGING = "，。、；：？！）》」』”’〕】";

    private LineCounter() {
    }

    /**
     * Where the main part ends.
     *
     * @param pages         pages it covers
     * @param linesOnLast   grid lines used on its last page
     */
    public record Extent(int pages, int linesOnLast) {
        public int freeLinesOnLast() {
            return Gbt9704.LINES_PER_PAGE - linesOnLast;
        }
    }

    /**
     * Fills the blocks of {@code doc} into pages whose first page starts {@code firstPageLine}
     * grid lines down (below the red header) and returns where they end.
     */
    public static Extent extent(Document doc, int firstPageLine) {
        int total = firstPageLine;
        Block previous = null;
        int perPage = Gbt9704.LINES_PER_PAGE;
        for (Block b : doc.blocks()) {
            int before = linesBefore(b, previous);
            int lines = lines(b);
            // The signature's name is kept with its date: when only the name would fit, both
            // move to the next page (with the blank line before them).
            if (b instanceof Block.Signature && lines == 2 && (total + before) % perPage == perPage - 1) {
                total += perPage - (total % perPage);
            }
            total += before + lines;
            previous = b;
        }
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        int last = total - (pages - 1) * perPage;
        return new Extent(pages, last);
    }

    /** Blank grid lines GB/T 9704 puts before a block. */
    public static int linesBefore(Block b, Block previous) {
        if (b instanceof Block.Recipients && previous instanceof Block.Title) {
            return Gbt9704.RECIPIENTS_BLANK_LINES_AFTER_TITLE;
        }
        if (b instanceof Block.Attachments) {
            return Gbt9704.ATTACHMENTS_BLANK_LINES;
        }
        if (b instanceof Block.Signature) {
            return Gbt9704.SIGNATURE_BLANK_LINES;
        }
        return 0;
    }

    /** Grid lines a block takes, blank lines before it excluded. */
    public static int lines(Block b) {
        if (b instanceof Block.Title t) {
            return TitleBreaker.lines(t.lines()).size() * Gbt9704.TITLE_LINE_GRID_LINES;
        }
        if (b instanceof Block.Recipients r) {
            return lines(r.text(), 0, 0);
        }
        if (b instanceof Block.Heading h) {
            return lines(h.text(), Gbt9704.PARAGRAPH_INDENT_CHARS, 0);
        }
        if (b instanceof Block.Paragraph p) {
            StringBuilder sb = new StringBuilder();
            for (Run r : p.runs()) {
                sb.append(r.text());
            }
            return lines(sb.toString(), Gbt9704.PARAGRAPH_INDENT_CHARS, 0);
        }
        if (b instanceof Block.Attachments a) {
            int n = 0;
            int hang = 3; // 附件：
            for (int i = 0; i < a.names().size(); i++) {
                String number = a.names().size() > 1 ? (i + 1) + "." : "";
                n += lines(number + a.names().get(i), 0, Gbt9704.ATTACHMENTS_INDENT_CHARS + hang);
            }
            return n;
        }
        if (b instanceof Block.Signature s) {
            return s.date() == null ? 1 : 2;
        }
        if (b instanceof Block.Note n) {
            return lines(n.text(), Gbt9704.NOTE_INDENT_CHARS, 0);
        }
        throw new IllegalArgumentException("unknown block " + b);
    }

    /**
     * Lines a paragraph of body text takes: first line indented {@code firstIndent} ems, every
     * line indented {@code leftIndent} ems.
     */
    public static int lines(String text, double firstIndent, double leftIndent) {
        double capacity = Gbt9704.CHARS_PER_LINE;
        int lines = 1;
        double x = firstIndent + leftIndent;
        int i = 0;
        while (i < text.length()) {
            int end = unitEnd(text, i);
            double w = Ems.of(text.subSequence(i, end));
            boolean hangs = end - i == 1 && HANGING.indexOf(text.charAt(i)) >= 0;
            if (x + w > capacity + 1e-9 && !(hangs && x <= capacity + 1e-9) && x > leftIndent) {
                lines++;
                x = leftIndent;
            }
            x += w;
            i = end;
        }
        return lines;
    }

    /** A number or a Latin word is one unbreakable unit; anything else one code point. */
    private static int unitEnd(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) < 0x80 && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        if (j > i) {
            // a decimal point or a percent sign belongs to the number before it
            while (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == '%')
                    && j + 1 <= text.length()) {
                j++;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
            }
            return j;
        }
        return i + Character.charCount(text.codePointAt(i));
    }

    /** The blocks as a list of grid-line counts (for tests and diagnostics). */
    public static List<Integer> blockLines(Document doc) {
        return doc.blocks().stream().map(LineCounter::lines).toList();
    }
}
