package org.hongtou.docx;

import static org.hongtou.layout.Gbt9704.twip;

import java.util.ArrayList;
import java.util.List;
import org.hongtou.document.Block;
import org.hongtou.document.Colophon;
import org.hongtou.document.Document;
import org.hongtou.document.Header;
import org.hongtou.document.Run;
import org.hongtou.document.Style;
import org.hongtou.layout.Ems;
import org.hongtou.layout.FontRole;
import org.hongtou.layout.Gbt9704;
import org.hongtou.layout.TitleBreaker;

/**
 * Writes word/document.xml for one document: the 版头, the main part block by block, and the 版记
 * with the section breaks that put it at the bottom of an even last page.
 */
final class BodyXml {

    private static final int PITCH = Gbt9704.DOCX_LINE_PITCH_TWIP;

    /** Where the 版记 goes, decided from the estimated pagination of the main part. */
    enum ColophonPlacement {
        /** No 版记. */
        NONE,
        /** At the bottom of the main part's last page, which is even and has room. */
        SAME_PAGE,
        /** Alone on the next page, which is even: the main part ends on an odd page. */
        NEXT_PAGE,
        /** The main part ends on a full even page: a blank page, then the 版记 page. */
        AFTER_BLANK_PAGE
    }

    /** Relationship ids of the footers. */
    record Footers(String odd, String even, String empty) {
    }

    private final DocxParts parts;
    /** A paragraph (props and runs) or, when raw is set, a table written as it is. */
    private record Item(ParaProps props, String runs, String raw) {
        String xml() {
            return raw != null ? raw : props.paragraph(runs);
        }
    }

    private final List<Item> items = new ArrayList<>();
    /** Where the items of the block before the one being written begin (for keep-with-next). */
    private int previousBlockStart;

    BodyXml(DocxParts parts) {
        this.parts = parts;
    }

    String write(Document doc, HeaderGeometry geometry, ColophonPlacement placement, Footers footers) {
        if (doc.header() != null) {
            header(doc.header(), geometry);
        }
        Block previous = null;
        for (Block b : doc.blocks()) {
            int start = items.size();
            block(b, previous, geometry);
            previous = b;
            previousBlockStart = start;
        }
        String bodySection = sectPr(footers.odd(), footers.even(), null);
        StringBuilder sb = new StringBuilder(64 * 1024).append("<w:document ").append(Wml.NAMESPACES)
                .append("><w:body>");
        String tail;
        if (placement == ColophonPlacement.NONE) {
            tail = bodySection;
        } else if (placement == ColophonPlacement.SAME_PAGE) {
            tail = colophon(doc.colophon()) + tinyParagraph("") + bodySection;
        } else {
            // The main part closes its section; the 版记 gets a final section that starts on the
            // next even page (Word and LibreOffice add the blank page when the main part ends on
            // an even page, so a page-count estimate that is a line off cannot put the 版记 on an
            // odd page) and whose footers are empty: blank and 版记 pages carry no page number.
            if (items.isEmpty() || items.get(items.size() - 1).raw() != null) {
                add(new ParaProps(), "");
            }
            items.get(items.size() - 1).props().sectPr(bodySection);
            // The section opens with a paragraph: LibreOffice hangs the page break on the
            // section's first paragraph, and a floating table is none.
            // When the estimate says the main part fills an even page, the blank page is written
            // out as a section of its own: LibreOffice does not add it for an even-page section.
            String blankPage = placement != ColophonPlacement.AFTER_BLANK_PAGE ? ""
                    : new ParaProps().noSnapToGrid().exactLine(20)
                            .sectPr(sectPr(footers.empty(), footers.empty(), null)).paragraph("");
            tail = blankPage + tinyParagraph("") + colophon(doc.colophon()) + tinyParagraph("")
                    + sectPr(footers.empty(), footers.empty(), "evenPage");
        }
        for (Item item : items) {
            sb.append(item.xml());
        }
        return sb.append(tail).append("</w:body></w:document>").toString();
    }

    private void add(ParaProps p, String runXml) {
        items.add(new Item(p, runXml, null));
    }

    // ---- 版头 ---------------------------------------------------------------------------------

    private void header(Header h, HeaderGeometry g) {
        for (String line : new String[] {h.copyNumber(), h.secrecy(), h.urgency()}) {
            if (line != null) {
                String rPr = line == h.copyNumber() ? "" : parts.fonts(FontRole.HEITI);
                add(new ParaProps().exactLine(PITCH).jc("left"), Wml.run(rPr, line));
            }
        }
        if (g.spacer() > 0) {
            add(new ParaProps().noSnapToGrid().exactLine(g.spacer()), "");
        }
        mark(h, g);
        number(h, g);
    }

    private void mark(Header h, HeaderGeometry g) {
        int hp = Gbt9704.halfPt(g.markSize());
        String rPr = "<w:sz w:val=\"" + hp + "\"/><w:szCs w:val=\"" + hp + "\"/>";
        int line = twip(g.markSize());
        if (h.markNames().size() <= 1) {
            String name = h.markNames().isEmpty() ? "" : h.markNames().get(0);
            add(new ParaProps().style(DocxParts.MARK).exactLine(line), Wml.run(rPr, name + h.markSuffix()));
            return;
        }
        // Joint mark: names stacked (evenly spread to the longest), suffix to their right,
        // vertically centred on them. A borderless table does this in Word and LibreOffice alike.
        double size = g.markSize();
        double nameEms = h.markNames().stream().mapToDouble(Ems::of).max().orElse(0);
        int nameW = twip(nameEms * size);
        int suffixW = h.markSuffix().isEmpty() ? 0 : twip((Ems.of(h.markSuffix()) + 0.5) * size);
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr><w:tblW").append(Wml.attr("w", nameW + suffixW))
                .append(" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>")
                .append("<w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>")
                .append("<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>")
                .append("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>")
                .append("<w:gridCol").append(Wml.attr("w", nameW)).append("/>");
        if (suffixW > 0) {
            t.append("<w:gridCol").append(Wml.attr("w", suffixW)).append("/>");
        }
        t.append("</w:tblGrid>");
        for (int i = 0; i < h.markNames().size(); i++) {
            t.append("<w:tr><w:trPr><w:trHeight").append(Wml.attr("val", line)).append(" w:hRule=\"exact\"/></w:trPr>")
                    .append("<w:tc><w:tcPr><w:tcW").append(Wml.attr("w", nameW)).append(" w:type=\"dxa\"/></w:tcPr>")
                    .append(new ParaProps().style(DocxParts.MARK).exactLine(line).jc("distribute")
                            .paragraph(Wml.run(rPr, h.markNames().get(i))))
                    .append("</w:tc>");
            if (suffixW > 0) {
                t.append("<w:tc><w:tcPr><w:tcW").append(Wml.attr("w", suffixW)).append(" w:type=\"dxa\"/>")
                        .append(i == 0 ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>")
                        .append("<w:vAlign w:val=\"center\"/></w:tcPr>")
                        .append(new ParaProps().style(DocxParts.MARK).exactLine(line).jc("right")
                                .paragraph(i == 0 ? Wml.run(rPr, h.markSuffix()) : ""))
                        .append("</w:tc>");
            }
            t.append("</w:tr>");
        }
        t.append("</w:tbl>");
        items.add(new Item(null, null, t.toString()));
    }

    private void number(Header h, HeaderGeometry g) {
        ParaProps p = new ParaProps().before(Gbt9704.NUMBER_BLANK_LINES_AFTER_MARK * PITCH).exactLine(PITCH)
                .bottomBorder(Gbt9704.eighthPt(Gbt9704.RED_LINE_WIDTH), g.redLineGapPt(), Gbt9704.RED_HEX);
        String number = h.number() == null ? "" : h.number();
        if (!h.upward()) {
            add(p.jc("center"), Wml.run("", number));
            return;
        }
        // 上行文: number left-indented one character, 签发人 right-indented one character, one line.
        // Tab stops rather than indents, so the red line (the border) keeps the full block width.
        int side = twip(Gbt9704.NUMBER_SIDE_INDENT);
        int width = twip(Gbt9704.TEXT_WIDTH);
        p.jc("left").tabs("<w:tab w:val=\"left\"" + Wml.attr("pos", side) + "/><w:tab w:val=\"right\""
                + Wml.attr("pos", width - side) + "/>");
        String signers = String.join("\u3000", h.signers());
        add(p, Wml.run("", "\t" + number + "\t签发人：") + Wml.run(parts.fonts(FontRole.KAITI), signers));
    }

    // ---- 主体 ---------------------------------------------------------------------------------

    private void block(Block b, Block previous, HeaderGeometry g) {
        int before = org.hongtou.layout.BlankLines.before(b, previous) * PITCH;
        if (b instanceof Block.Title t) {
            ParaProps p = new ParaProps().style(DocxParts.TITLE);
            if (previous == null && g != null) {
                p.before(g.titleBefore());
            }
            StringBuilder r = new StringBuilder();
            List<String> lines = TitleBreaker.lines(t.lines());
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    r.append("<w:r><w:br/></w:r>");
                }
                r.append(Wml.run("", lines.get(i)));
            }
            add(p, r.toString());
        } else if (b instanceof Block.Recipients r) {
            add(new ParaProps().before(before), Wml.run("", r.text()));
        } else if (b instanceof Block.Heading h) {
            add(spaced(new ParaProps().style(DocxParts.heading(h.level())), before), Wml.run("", h.text()));
        } else if (b instanceof Block.Paragraph p) {
            StringBuilder r = new StringBuilder();
            for (Run run : p.runs()) {
                String rPr = run.style() == Style.BODY ? ""
                        : "<w:rStyle" + Wml.attr("val", DocxParts.lead(run.style().headingLevel())) + "/>";
                r.append(Wml.run(rPr, run.text()));
            }
            add(spaced(new ParaProps().style(DocxParts.BODY), before), r.toString());
        } else if (b instanceof Block.Attachments a) {
            attachments(a, before);
        } else if (b instanceof Block.Signature s) {
            signature(s, before);
        } else if (b instanceof Block.Note n) {
            add(spaced(new ParaProps().style(DocxParts.BODY), before), Wml.run("", n.text()));
        }
    }

    /** Space before a paragraph only where the shared blank-line rule asks for some. */
    private static ParaProps spaced(ParaProps p, int before) {
        return before > 0 ? p.before(before) : p;
    }

    /** 附件：1.名称, later names aligned under the first name, wrapped lines too. */
    private void attachments(Block.Attachments a, int before) {
        double adv = Gbt9704.DOCX_BODY_ADVANCE;
        int label = twip(Ems.of("附件：") * adv);
        int left = twip(Gbt9704.ATTACHMENTS_INDENT_CHARS * adv) + label;
        boolean numbered = a.names().size() > 1;
        for (int i = 0; i < a.names().size(); i++) {
            String number = numbered ? (i + 1) + "." : "";
            ParaProps p = new ParaProps().left(left);
            if (i == 0) {
                p.before(before).hanging(label);
            }
            add(p, Wml.run("", (i == 0 ? "附件：" : "") + number + a.names().get(i)));
        }
    }

    /**
     * 署名 and 成文日期 (§7.3.5). Without seal: the name right-indented two characters, the date
     * starting two characters right of the name's start (or, when the date is longer, the date
     * right-indented two and the name moved left). With seal: the date right-indented four
     * characters, the name centred over it.
     */
    private void signature(Block.Signature s, int before) {
        double adv = Gbt9704.DOCX_BODY_ADVANCE;
        double name = width(s.authority());
        double date = s.date() == null ? 0 : width(s.date());
        double nameRight;
        double dateRight;
        if (s.sealed()) {
            dateRight = Gbt9704.SEALED_DATE_RIGHT_INDENT_CHARS * adv;
            nameRight = Math.max(0, dateRight + date / 2 - name / 2);
        } else {
            nameRight = Gbt9704.SIGNATURE_RIGHT_INDENT_CHARS * adv;
            dateRight = nameRight + name - Gbt9704.SIGNATURE_DATE_OFFSET_CHARS * adv - date;
            if (dateRight < Gbt9704.SIGNATURE_RIGHT_INDENT_CHARS * adv) {
                dateRight = Gbt9704.SIGNATURE_RIGHT_INDENT_CHARS * adv;
                nameRight = dateRight + date + Gbt9704.SIGNATURE_DATE_OFFSET_CHARS * adv - name;
            }
        }
        // As in the typesetter, the signature never opens a page on its own: the block before it
        // keeps with it, and Word and LibreOffice move that whole block when it does not fit.
        for (Item item : items.subList(previousBlockStart, items.size())) {
            if (item.raw() == null) {
                item.props().keepNext();
            }
        }
        // The name never stays behind on a page without its date.
        ParaProps nameLine = new ParaProps().before(before).right(twip(nameRight)).jc("right");
        add(s.date() == null ? nameLine : nameLine.keepNext(), Wml.run("", s.authority()));
        if (s.date() != null) {
            add(new ParaProps().right(twip(dateRight)).jc("right"), Wml.run("", s.date()));
        }
    }

    /** Width of body text in points as the DOCX sets it: full-width glyphs one em, others half. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Ems.of(cp) * Gbt9704.BODY_SIZE + Gbt9704.DOCX_CHAR_SPACING;
            i += Character.charCount(cp);
        }
        return w;
    }

    // ---- 版记 ---------------------------------------------------------------------------------

    /**
     * The 版记 as a table floating at the bottom of the text block: first and last rules thick,
     * the ones between thin, all as wide as the text block (§7.4).
     */
    private String colophon(Colophon c) {
        int width = twip(Gbt9704.TEXT_WIDTH);
        int side = twip(Gbt9704.COLOPHON_SIDE_INDENT);
        int thick = Gbt9704.DOCX_COLOPHON_THICK_SZ;
        int thin = Gbt9704.DOCX_COLOPHON_THIN_SZ;
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr>")
                .append("<w:tblpPr w:leftFromText=\"0\" w:rightFromText=\"0\" w:topFromText=\"0\" w:bottomFromText=\"0\"")
                // Horizontally anchored to the page at the left margin, not to the margin itself:
                // LibreOffice keeps a table as wide as the text block inline (and so not at the
                // page bottom) unless it is positioned relative to the page.
                .append(" w:vertAnchor=\"margin\" w:horzAnchor=\"page\"").append(Wml.attr("tblpX", twip(Gbt9704.MARGIN_LEFT)))
                .append(" w:tblpYSpec=\"bottom\"/>")
                .append("<w:tblOverlap w:val=\"never\"/><w:tblW").append(Wml.attr("w", width))
                .append(" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>")
                .append("<w:top w:val=\"single\"").append(Wml.attr("sz", thick)).append(" w:space=\"0\" w:color=\"000000\"/>")
                .append("<w:left w:val=\"nil\"/>")
                .append("<w:bottom w:val=\"single\"").append(Wml.attr("sz", thick)).append(" w:space=\"0\" w:color=\"000000\"/>")
                .append("<w:right w:val=\"nil\"/>")
                .append("<w:insideH w:val=\"single\"").append(Wml.attr("sz", thin)).append(" w:space=\"0\" w:color=\"000000\"/>")
                .append("<w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
                .append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("</w:tblPr><w:tblGrid><w:gridCol").append(Wml.attr("w", width)).append("/></w:tblGrid>");
        if (!c.cc().isEmpty()) {
            String label = "抄送：";
            int hang = twip(Ems.of(label) * Gbt9704.COLOPHON_SIZE);
            ParaProps p = new ParaProps().style(DocxParts.COLOPHON).exactLine(PITCH)
                    .left(side + hang).hanging(hang).right(side);
            t.append(row(width, p.paragraph(Wml.run("", label + String.join("，", c.cc()) + "。"))));
        }
        if (c.printer() != null || c.printDate() != null) {
            ParaProps p = new ParaProps().style(DocxParts.COLOPHON).exactLine(PITCH)
                    .tabs("<w:tab w:val=\"right\"" + Wml.attr("pos", width - side) + "/>").left(side).right(side);
            String text = (c.printer() == null ? "" : c.printer())
                    + (c.printDate() == null ? "" : "\t" + c.printDate() + "印发");
            t.append(row(width, p.paragraph(Wml.run("", text))));
        }
        return t.append("</w:tbl>").toString();
    }

    private static String row(int width, String paragraph) {
        return "<w:tr><w:trPr><w:cantSplit/><w:trHeight" + Wml.attr("val", PITCH) + " w:hRule=\"atLeast\"/></w:trPr>"
                + "<w:tc><w:tcPr><w:tcW" + Wml.attr("w", width) + " w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                + paragraph + "</w:tc></w:tr>";
    }

    /**
     * A paragraph one point high: the one a floating table is anchored to, or the one opening a
     * section. It must not add a grid line.
     */
    private static String tinyParagraph(String runs) {
        return new ParaProps().noSnapToGrid().exactLine(20).paragraph(runs);
    }

    /** Section properties: A4, the GB/T 9704 margins, the line grid, footers. */
    static String sectPr(String oddFooter, String evenFooter, String type) {
        StringBuilder sb = new StringBuilder("<w:sectPr>");
        sb.append("<w:footerReference w:type=\"default\" r:id=\"").append(oddFooter).append("\"/>");
        sb.append("<w:footerReference w:type=\"even\" r:id=\"").append(evenFooter).append("\"/>");
        if (type != null) {
            sb.append("<w:type").append(Wml.attr("val", type)).append("/>");
        }
        sb.append("<w:pgSz").append(Wml.attr("w", twip(Gbt9704.PAGE_WIDTH))).append(Wml.attr("h", twip(Gbt9704.PAGE_HEIGHT)))
                .append("/><w:pgMar").append(Wml.attr("top", twip(Gbt9704.MARGIN_TOP)))
                .append(Wml.attr("right", twip(Gbt9704.MARGIN_RIGHT)))
                .append(Wml.attr("bottom", twip(Gbt9704.MARGIN_BOTTOM)))
                .append(Wml.attr("left", twip(Gbt9704.MARGIN_LEFT)))
                .append(Wml.attr("header", twip(Gbt9704.DOCX_HEADER_DISTANCE)))
                .append(Wml.attr("footer", twip(type == null ? Gbt9704.DOCX_FOOTER_DISTANCE
                        : Gbt9704.DOCX_UNNUMBERED_FOOTER_DISTANCE)))
                .append(" w:gutter=\"0\"/><w:cols w:space=\"425\"/>")
                .append("<w:docGrid w:type=\"lines\"").append(Wml.attr("linePitch", Gbt9704.DOCX_LINE_PITCH_TWIP))
                .append("/></w:sectPr>");
        return sb.toString();
    }
}
