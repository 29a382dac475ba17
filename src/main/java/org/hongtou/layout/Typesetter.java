package org.hongtou.layout;

import static org.hongtou.layout.Gbt9704.BLACK;
import static org.hongtou.layout.Gbt9704.BODY_SIZE;
import static org.hongtou.layout.Gbt9704.LINES_PER_PAGE;
import static org.hongtou.layout.Gbt9704.LINE_PITCH;
import static org.hongtou.layout.Gbt9704.MARGIN_LEFT;
import static org.hongtou.layout.Gbt9704.MARGIN_TOP;
import static org.hongtou.layout.Gbt9704.RED;
import static org.hongtou.layout.Gbt9704.TEXT_HEIGHT;
import static org.hongtou.layout.Gbt9704.TEXT_WIDTH;
import static org.hongtou.layout.Gbt9704.chars;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.document.Block;
import org.hongtou.document.Colophon;
import org.hongtou.document.Document;
import org.hongtou.document.Header;
import org.hongtou.document.Run;
import org.hongtou.layout.Layout.ColophonPlacement;
import org.hongtou.layout.PageLayout.Glyph;
import org.hongtou.layout.PageLayout.LineKind;
import org.hongtou.layout.PageLayout.Rule;
import org.hongtou.layout.PageLayout.TextLine;

/**
 * Sets a document on the GB/T 9704 grid: 22 lines of 28 cells a page. The 版头 is placed by
 * measurement on page 1 (mark 35 mm into the text block, number two lines below, red line 4 mm
 * under it); everything after it flows line by line through the grid, each line on a grid line;
 * the 版记 sits on the bottom of an even page, with a blank page inserted when needed; page
 * numbers go 7 mm below the text block, odd pages right, even pages left. Renderer-neutral: the
 * result is positions, which the PDF renderer draws and the DOCX renderer reads page breaks from.
 * Thread-safe; keeps no state between documents.
 */
public final class Typesetter {

    private final Metrics metrics;

    /** @param metrics widths of half-width characters; full-width ones take a grid cell */
    public Typesetter(Metrics metrics) {
        this.metrics = metrics;
    }

    /** A line of the flow: glyph x positions are final, the baseline comes with the grid line. */
    private record FlowLine(List<Glyph> glyphs, double size, LineKind kind) {
        static FlowLine blank() {
            return new FlowLine(List.of(), BODY_SIZE, LineKind.BODY);
        }
    }

    /**
     * Flow lines {@code from}..{@code to} (inclusive) go on one page: a page break inside the
     * range moves the whole range to the next page, as Word's keep-with-next does.
     */
    private record KeepTogether(int from, int to) {
        int size() {
            return to - from + 1;
        }
    }

    /**
     * Overlapping ranges form one chain, as consecutive keep-with-next paragraphs do in Word: a
     * heading kept with a paragraph that is kept with the signature moves with both.
     */
    private static List<KeepTogether> chained(List<KeepTogether> keeps) {
        List<KeepTogether> sorted = new ArrayList<>(keeps);
        sorted.sort(java.util.Comparator.comparingInt(KeepTogether::from));
        List<KeepTogether> out = new ArrayList<>();
        for (KeepTogether k : sorted) {
            KeepTogether last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && k.from() <= last.to()) {
                out.set(out.size() - 1, new KeepTogether(last.from(), Math.max(last.to(), k.to())));
            } else {
                out.add(k);
            }
        }
        return out;
    }

    public Layout typeset(Document doc) {
        List<TextLine> headerLines = new ArrayList<>();
        List<Rule> headerRules = new ArrayList<>();
        int firstLine = 0;
        if (doc.header() != null) {
            firstLine = header(doc.header(), headerLines, headerRules);
        }
        List<FlowLine> flow = new ArrayList<>();
        List<KeepTogether> keeps = new ArrayList<>();
        int previousStart = 0;
        Block previous = null;
        for (Block b : doc.blocks()) {
            int start = flow.size();
            blank(flow, BlankLines.before(b, previous));
            block(b, flow, keeps, previousStart, doc.header() != null);
            previousStart = start;
            previous = b;
        }

        keeps = chained(keeps);
        // Pagination: fill grid lines page by page.
        List<List<TextLine>> pageLines = new ArrayList<>();
        List<TextLine> current = new ArrayList<>(headerLines);
        int line = firstLine;
        int keep = 0;
        for (int i = 0; i < flow.size(); i++) {
            FlowLine f = flow.get(i);
            while (keep < keeps.size() && keeps.get(keep).from() < i) {
                keep++;
            }
            if (keep < keeps.size() && keeps.get(keep).from() == i && line > 0
                    && keeps.get(keep).size() <= LINES_PER_PAGE
                    && line + keeps.get(keep).size() > LINES_PER_PAGE) {
                line = LINES_PER_PAGE;
            }
            if (line >= LINES_PER_PAGE) {
                pageLines.add(current);
                current = new ArrayList<>();
                line = 0;
            }
            if (!f.glyphs().isEmpty()) {
                current.add(new TextLine(Gbt9704.baseline(line, f.size()), f.glyphs(), f.kind()));
            }
            line++;
        }
        pageLines.add(current);
        int bodyPages = pageLines.size();
        int freeLines = LINES_PER_PAGE - line;

        // 版记: bottom of an even page.
        ColophonPlacement placement = ColophonPlacement.NONE;
        List<TextLine> colophonLines = new ArrayList<>();
        List<Rule> colophonRules = new ArrayList<>();
        if (doc.colophon() != null) {
            int rows = colophon(doc.colophon(), colophonLines, colophonRules);
            boolean lastEven = bodyPages % 2 == 0;
            if (lastEven && rows <= freeLines) {
                placement = ColophonPlacement.SAME_PAGE;
            } else if (!lastEven) {
                placement = ColophonPlacement.OWN_PAGE;
                pageLines.add(new ArrayList<>());
            } else {
                placement = ColophonPlacement.AFTER_BLANK_PAGE;
                pageLines.add(new ArrayList<>());
                pageLines.add(new ArrayList<>());
            }
        }

        List<PageLayout> pages = new ArrayList<>();
        for (int i = 0; i < pageLines.size(); i++) {
            int number = i + 1;
            boolean last = i == pageLines.size() - 1;
            boolean blank = placement == ColophonPlacement.AFTER_BLANK_PAGE && i == pageLines.size() - 2;
            boolean colophonPage = placement != ColophonPlacement.NONE && last;
            List<TextLine> lines = new ArrayList<>(pageLines.get(i));
            List<Rule> rules = new ArrayList<>(i == 0 ? headerRules : List.of());
            if (colophonPage) {
                lines.addAll(colophonLines);
                rules.addAll(colophonRules);
            }
            // Blank pages before the 版记 and the 版记 page itself carry no number (§7.5).
            boolean numbered = !blank && !colophonPage;
            if (numbered) {
                lines.add(pageNumber(number));
            }
            pages.add(new PageLayout(numbered ? number : 0, lines, rules, blank));
        }
        return new Layout(pages, placement, bodyPages);
    }

    // ---- 版头 ----------------------------------------------------------------------------------

    /** Places the header on page 1 and returns the first grid line free for the title. */
    private int header(Header h, List<TextLine> out, List<Rule> rules) {
        int line = 0;
        if (h.copyNumber() != null) {
            out.add(at(line++, 0, h.copyNumber(), FontRole.FANGSONG, BODY_SIZE, BLACK, LineKind.HEADER));
        }
        if (h.secrecy() != null) {
            out.add(at(line++, 0, h.secrecy(), FontRole.HEITI, BODY_SIZE, BLACK, LineKind.HEADER));
        }
        if (h.urgency() != null) {
            out.add(at(line++, 0, h.urgency(), FontRole.HEITI, BODY_SIZE, BLACK, LineKind.HEADER));
        }

        // 发文机关标志: red 小标宋, its top 35 mm into the text block, as large as fits one line.
        List<String> names = h.markNames();
        String suffix = h.markSuffix();
        int longest = names.stream().mapToInt(n -> n.codePointCount(0, n.length())).max().orElse(0);
        int units = longest + suffix.codePointCount(0, suffix.length());
        double size = Math.min(Gbt9704.MARK_MAX_SIZE, Math.max(Gbt9704.MARK_MIN_SIZE, TEXT_WIDTH / Math.max(1, units)));
        double markTop = MARGIN_TOP + Gbt9704.MARK_TOP;
        double leading = size * Gbt9704.MARK_STACK_LEADING;
        double blockWidth = units * size;
        double left = MARGIN_LEFT + (TEXT_WIDTH - blockWidth) / 2;
        for (int i = 0; i < names.size(); i++) {
            double baseline = markTop + i * leading + Gbt9704.EM_ASCENT * size;
            String name = names.size() == 1 ? names.get(0) + suffix : names.get(i);
            double width = names.size() == 1 ? blockWidth : longest * size;
            out.add(new TextLine(baseline, spread(name, left, width, FontRole.BIAOSONG, size, RED), LineKind.MARK));
        }
        double markBottom = markTop + (names.size() - 1) * leading + size;
        if (names.size() > 1 && !suffix.isEmpty()) {
            // 文件 to the right of the stacked names, centred on them.
            double middle = (markTop + markBottom) / 2;
            double baseline = middle - size / 2 + Gbt9704.EM_ASCENT * size;
            out.add(new TextLine(baseline, spread(suffix, left + longest * size,
                    suffix.codePointCount(0, suffix.length()) * size, FontRole.BIAOSONG, size, RED), LineKind.MARK));
        }

        // 发文字号 two lines below the mark; on an upward document left-indented one character,
        // with 签发人 right-indented one character on the same line.
        double numberTop = markBottom + Gbt9704.NUMBER_BLANK_LINES_AFTER_MARK * LINE_PITCH;
        double baseline = numberTop + (LINE_PITCH - BODY_SIZE) / 2 + Gbt9704.EM_ASCENT * BODY_SIZE;
        if (h.number() != null) {
            List<Glyph> g = glyphs(h.number(), FontRole.FANGSONG, BODY_SIZE, BLACK);
            double x = h.upward() ? MARGIN_LEFT + Gbt9704.NUMBER_SIDE_INDENT
                    : MARGIN_LEFT + (TEXT_WIDTH - width(g)) / 2;
            out.add(new TextLine(baseline, shift(g, x), LineKind.NUMBER));
        }
        if (h.upward()) {
            List<Glyph> g = new ArrayList<>(glyphs("签发人：", FontRole.FANGSONG, BODY_SIZE, BLACK));
            g.addAll(shift(glyphs(String.join("　", h.signers()), FontRole.KAITI, BODY_SIZE, BLACK), width(g)));
            double x = MARGIN_LEFT + TEXT_WIDTH - Gbt9704.NUMBER_SIDE_INDENT - width(g);
            out.add(new TextLine(baseline, shift(g, x), LineKind.NUMBER));
        }
        double numberBottom = numberTop + (LINE_PITCH + BODY_SIZE) / 2;
        double redY = numberBottom + Gbt9704.RED_LINE_GAP;
        rules.add(new Rule(MARGIN_LEFT, MARGIN_LEFT + TEXT_WIDTH, redY, Gbt9704.RED_LINE_WIDTH, RED));
        // The title goes on the grid line nearest to two blank lines below the red line (the
        // DOCX renderer's HeaderGeometry rounds the same way); the title block adds those two.
        int titleLine = (int) Math.round((redY - MARGIN_TOP) / LINE_PITCH + Gbt9704.TITLE_BLANK_LINES_AFTER_RED_LINE);
        return titleLine - Gbt9704.TITLE_BLANK_LINES_AFTER_RED_LINE;
    }

    // ---- 主体 ----------------------------------------------------------------------------------

    private void block(Block b, List<FlowLine> flow, List<KeepTogether> keeps, int previousStart,
                       boolean hasHeader) {
        if (b instanceof Block.Title t) {
            if (hasHeader) {
                blank(flow, Gbt9704.TITLE_BLANK_LINES_AFTER_RED_LINE);
            }
            // The same breaks as the DOCX: one shared trapezoid rule (§7.3.1).
            for (String l : TitleBreaker.lines(t.lines())) {
                List<Glyph> g = glyphs(l, FontRole.BIAOSONG, Gbt9704.TITLE_SIZE, BLACK);
                flow.add(new FlowLine(shift(g, MARGIN_LEFT + (TEXT_WIDTH - width(g)) / 2),
                        Gbt9704.TITLE_SIZE, LineKind.TITLE));
            }
        } else if (b instanceof Block.Recipients r) {
            paragraph(flow, items(r.text(), FontRole.FANGSONG), 0, 0, LineKind.RECIPIENTS, false);
        } else if (b instanceof Block.Heading h) {
            FontRole role = Gbt9704.font(org.hongtou.document.Style.heading(h.level()));
            int start = flow.size();
            paragraph(flow, items(h.text(), role), Gbt9704.PARAGRAPH_INDENT_CHARS, 0, LineKind.HEADING, true);
            // A heading never ends a page: it keeps with the first line after it (keepNext in DOCX).
            keeps.add(new KeepTogether(start, flow.size()));
        } else if (b instanceof Block.Paragraph p) {
            List<LineBreaker.Item> items = new ArrayList<>();
            for (Run run : p.runs()) {
                items.addAll(items(run.text(), Gbt9704.font(run.style())));
            }
            paragraph(flow, items, Gbt9704.PARAGRAPH_INDENT_CHARS, 0, LineKind.BODY, true);
        } else if (b instanceof Block.Attachments a) {
            attachments(flow, a);
        } else if (b instanceof Block.Signature s) {
            signature(flow, keeps, previousStart, s);
        } else if (b instanceof Block.Note n) {
            paragraph(flow, items(n.text(), FontRole.FANGSONG), Gbt9704.NOTE_INDENT_CHARS, 0, LineKind.NOTE, false);
        }
    }

    /**
     * Breaks one paragraph into grid lines: the first line indented {@code firstIndent}
     * characters, the others {@code restIndent}; justified except the last line.
     */
    private void paragraph(List<FlowLine> flow, List<LineBreaker.Item> items, double firstIndent,
                           double restIndent, LineKind kind, boolean justify) {
        List<LineBreaker.Line> lines = LineBreaker.breakLines(items,
                TEXT_WIDTH - chars(firstIndent), TEXT_WIDTH - chars(restIndent));
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line l = lines.get(i);
            double left = MARGIN_LEFT + chars(i == 0 ? firstIndent : restIndent);
            flow.add(new FlowLine(toGlyphs(l, left, justify), BODY_SIZE, kind));
        }
    }

    /** 附件：1.名称, later names aligned under the first, wrapped lines under the name's text. */
    private void attachments(List<FlowLine> flow, Block.Attachments a) {
        String label = "附件：";
        double indent = Gbt9704.ATTACHMENTS_INDENT_CHARS;
        double labelCells = label.length();
        boolean numbered = a.names().size() > 1;
        for (int i = 0; i < a.names().size(); i++) {
            String number = numbered ? (i + 1) + "." : "";
            List<LineBreaker.Item> items = new ArrayList<>();
            if (i == 0) {
                items.addAll(items(label, FontRole.FANGSONG));
            }
            items.addAll(items(number + a.names().get(i), FontRole.FANGSONG));
            double numberWidth = 0;
            for (LineBreaker.Item it : items(number, FontRole.FANGSONG)) {
                numberWidth += it.advance();
            }
            double first = i == 0 ? indent : indent + labelCells;
            double rest = indent + labelCells + numberWidth / Gbt9704.CHAR_CELL;
            paragraph(flow, items, first, rest, LineKind.ATTACHMENTS, false);
        }
    }

    /**
     * 署名 and 成文日期 (§7.3.5): without seal name right-indented 2, date 2 right of it. The
     * signature never opens a page on its own (§7.3.5): the block before it, the blank lines, the
     * name and the date stay on one page. The DOCX marks that block keep-with-next, which Word and
     * LibreOffice honour by moving the whole block, so that is what happens here too.
     */
    private void signature(List<FlowLine> flow, List<KeepTogether> keeps, int previousStart,
                           Block.Signature s) {
        int keepFrom = Math.min(previousStart, flow.size());
        List<Glyph> name = glyphs(s.authority(), FontRole.FANGSONG, BODY_SIZE, BLACK);
        List<Glyph> date = s.date() == null ? List.of() : glyphs(s.date(), FontRole.FANGSONG, BODY_SIZE, BLACK);
        double right = MARGIN_LEFT + TEXT_WIDTH;
        double nameX;
        double dateX;
        if (s.sealed()) {
            dateX = right - chars(Gbt9704.SEALED_DATE_RIGHT_INDENT_CHARS) - width(date);
            nameX = date.isEmpty() ? right - chars(Gbt9704.SEALED_DATE_RIGHT_INDENT_CHARS) - width(name)
                    : dateX + (width(date) - width(name)) / 2;
        } else if (width(date) > width(name)) {
            dateX = right - chars(Gbt9704.SIGNATURE_RIGHT_INDENT_CHARS) - width(date);
            nameX = dateX - chars(Gbt9704.SIGNATURE_DATE_OFFSET_CHARS);
        } else {
            nameX = right - chars(Gbt9704.SIGNATURE_RIGHT_INDENT_CHARS) - width(name);
            dateX = nameX + chars(Gbt9704.SIGNATURE_DATE_OFFSET_CHARS);
        }
        flow.add(new FlowLine(shift(name, nameX), BODY_SIZE, LineKind.SIGNATURE));
        if (!date.isEmpty()) {
            flow.add(new FlowLine(shift(date, dateX), BODY_SIZE, LineKind.DATE));
        }
        keeps.add(new KeepTogether(keepFrom, flow.size() - 1));
    }

    // ---- 版记 ----------------------------------------------------------------------------------

    /**
     * Lays the 版记 out on the bottom grid lines of a page: 抄送 rows, then the 印发 row, the last
     * rule on the bottom edge of the text block. Returns the number of grid lines it takes.
     */
    private int colophon(Colophon c, List<TextLine> out, List<Rule> rules) {
        double size = Gbt9704.COLOPHON_SIZE;
        double side = Gbt9704.COLOPHON_SIDE_INDENT;
        List<List<Glyph>> rows = new ArrayList<>();
        List<Boolean> ccRow = new ArrayList<>();
        if (!c.cc().isEmpty()) {
            String label = "抄送：";
            List<LineBreaker.Item> items = items(label + String.join("，", c.cc()) + "。", FontRole.FANGSONG, size);
            double labelWidth = label.length() * Gbt9704.fullWidthAdvance(size);
            double width = TEXT_WIDTH - 2 * side;
            List<LineBreaker.Line> lines = LineBreaker.breakLines(items, width, width - labelWidth);
            for (int i = 0; i < lines.size(); i++) {
                double left = MARGIN_LEFT + side + (i == 0 ? 0 : labelWidth);
                rows.add(toGlyphs(lines.get(i), left, true));
                ccRow.add(true);
            }
        }
        if (c.printer() != null || c.printDate() != null) {
            List<Glyph> row = new ArrayList<>();
            if (c.printer() != null) {
                row.addAll(shift(glyphs(c.printer(), FontRole.FANGSONG, size, BLACK), MARGIN_LEFT + side));
            }
            if (c.printDate() != null) {
                List<Glyph> d = glyphs(c.printDate() + "印发", FontRole.FANGSONG, size, BLACK);
                row.addAll(shift(d, MARGIN_LEFT + TEXT_WIDTH - side - width(d)));
            }
            rows.add(row);
            ccRow.add(false);
        }
        int first = LINES_PER_PAGE - rows.size();
        double bottom = MARGIN_TOP + TEXT_HEIGHT;
        for (int i = 0; i < rows.size(); i++) {
            out.add(new TextLine(Gbt9704.baseline(first + i, size), rows.get(i), LineKind.COLOPHON));
            // A thick rule above the first row, a thin one between 抄送 and 印发, none between
            // wrapped 抄送 rows (§7.4).
            double top = Gbt9704.lineTop(first + i);
            if (i == 0) {
                rules.add(new Rule(MARGIN_LEFT, MARGIN_LEFT + TEXT_WIDTH, top + Gbt9704.COLOPHON_THICK_RULE / 2,
                        Gbt9704.COLOPHON_THICK_RULE, BLACK));
            } else if (ccRow.get(i - 1) && !ccRow.get(i)) {
                rules.add(new Rule(MARGIN_LEFT, MARGIN_LEFT + TEXT_WIDTH, top, Gbt9704.COLOPHON_THIN_RULE, BLACK));
            }
        }
        rules.add(new Rule(MARGIN_LEFT, MARGIN_LEFT + TEXT_WIDTH, bottom - Gbt9704.COLOPHON_THICK_RULE / 2,
                Gbt9704.COLOPHON_THICK_RULE, BLACK));
        return rows.size();
    }

    // ---- page numbers ------------------------------------------------------------------------

    /** "— N —" 7 mm below the text block: odd pages right-indented, even pages left-indented one character. */
    private TextLine pageNumber(int n) {
        double size = Gbt9704.PAGE_NUMBER_SIZE;
        List<Glyph> g = glyphs(Gbt9704.pageNumberText(n), FontRole.SONGTI, size, BLACK);
        double x = n % 2 == 1
                ? MARGIN_LEFT + TEXT_WIDTH - Gbt9704.PAGE_NUMBER_SIDE_INDENT - width(g)
                : MARGIN_LEFT + Gbt9704.PAGE_NUMBER_SIDE_INDENT;
        double baseline = MARGIN_TOP + TEXT_HEIGHT + Gbt9704.PAGE_NUMBER_GAP + Gbt9704.EM_ASCENT * size;
        return new TextLine(baseline, shift(g, x), LineKind.PAGE_NUMBER);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static void blank(List<FlowLine> flow, int n) {
        for (int i = 0; i < n; i++) {
            flow.add(FlowLine.blank());
        }
    }

    private List<LineBreaker.Item> items(String text, FontRole role) {
        return items(text, role, BODY_SIZE);
    }

    private List<LineBreaker.Item> items(String text, FontRole role, double size) {
        List<LineBreaker.Item> out = new ArrayList<>();
        text.codePoints().forEach(cp -> out.add(new LineBreaker.Item(cp, role, size, BLACK, advance(cp, role, size))));
        return out;
    }

    private double advance(int cp, FontRole role, double size) {
        return LineBreaker.fullWidth(cp) ? Gbt9704.fullWidthAdvance(size) : metrics.width(cp, role, size);
    }

    /** Glyphs of a text set solid from x = 0. */
    private List<Glyph> glyphs(String text, FontRole role, double size, int colour) {
        List<Glyph> out = new ArrayList<>();
        double x = 0;
        for (int cp : text.codePoints().toArray()) {
            out.add(new Glyph(cp, x, role, size, colour));
            x += advance(cp, role, size);
        }
        return out;
    }

    /** Glyphs spread evenly over a width (the mark's names are set to one width). */
    private List<Glyph> spread(String text, double left, double width, FontRole role, double size, int colour) {
        int[] cps = text.codePoints().toArray();
        double natural = 0;
        for (int cp : cps) {
            natural += advance(cp, role, size);
        }
        double gap = cps.length > 1 ? Math.max(0, (width - natural) / (cps.length - 1)) : 0;
        List<Glyph> out = new ArrayList<>();
        double x = left + (cps.length == 1 ? (width - natural) / 2 : 0);
        for (int cp : cps) {
            out.add(new Glyph(cp, x, role, size, colour));
            x += advance(cp, role, size) + gap;
        }
        return out;
    }

    private static List<Glyph> shift(List<Glyph> glyphs, double dx) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            out.add(new Glyph(g.codePoint(), g.x() + dx, g.role(), g.size(), g.colour()));
        }
        return out;
    }

    private double width(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return 0;
        }
        Glyph last = glyphs.get(glyphs.size() - 1);
        return last.x() - glyphs.get(0).x() + advance(last.codePoint(), last.role(), last.size());
    }

    private static List<Glyph> toGlyphs(LineBreaker.Line line, double left, boolean justify) {
        List<Glyph> out = new ArrayList<>(line.items().size());
        double[] x = line.x();
        for (int i = 0; i < x.length; i++) {
            LineBreaker.Item it = line.items().get(i);
            double pos = justify || !line.justified() ? x[i] : naturalX(line, i);
            out.add(new Glyph(it.codePoint(), left + pos, it.role(), it.size(), it.colour()));
        }
        return out;
    }

    private static double naturalX(LineBreaker.Line line, int i) {
        double pen = 0;
        for (int k = 0; k < i; k++) {
            pen += line.items().get(k).advance();
        }
        return pen;
    }

    private TextLine at(int line, double indentChars, String text, FontRole role, double size, int colour, LineKind kind) {
        return new TextLine(Gbt9704.baseline(line, size),
                shift(glyphs(text, role, size, colour), MARGIN_LEFT + chars(indentChars)), kind);
    }
}
