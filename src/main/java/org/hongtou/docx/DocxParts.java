package org.hongtou.docx;

import static org.hongtou.layout.Gbt9704.twip;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hongtou.fonts.FontConfig;
import org.hongtou.fonts.FontSpec;
import org.hongtou.layout.FontRole;
import org.hongtou.layout.Gbt9704;

/**
 * The XML of the fixed parts: styles, settings, font table and footers. The styles carry the
 * fonts and sizes of GB/T 9704 so that a user editing the file in Word keeps them; the document
 * body refers to them by id.
 */
final class DocxParts {

    static final String BODY = "Body";
    static final String TITLE = "DocTitle";
    static final String MARK = "Mark";
    static final String COLOPHON = "Colophon";
    static final String FOOTER = "Footer";

    static String heading(int level) {
        return "Heading" + level;
    }

    /** Character style of a run-in heading of a level (the first run of a paragraph). */
    static String lead(int level) {
        return "Lead" + level;
    }

    private final FontConfig fonts;

    DocxParts(FontConfig fonts) {
        this.fonts = fonts;
    }

    /** w:rFonts naming the role's official font for every script. */
    String fonts(FontRole role) {
        String name = fonts.spec(role).docxName();
        return "<w:rFonts" + Wml.attr("ascii", name) + Wml.attr("hAnsi", name) + Wml.attr("eastAsia", name)
                + Wml.attr("cs", name) + "/>";
    }

    private static String size(double pt) {
        int hp = Gbt9704.halfPt(pt);
        return "<w:sz w:val=\"" + hp + "\"/><w:szCs w:val=\"" + hp + "\"/>";
    }

    private static String charSpacing(double pt) {
        return "<w:spacing w:val=\"" + twip(pt) + "\"/>";
    }

    String styles() {
        int pitch = Gbt9704.DOCX_LINE_PITCH_TWIP;
        StringBuilder sb = new StringBuilder("<w:styles ").append(Wml.NAMESPACES).append(">");
        // Defaults: 三号仿宋, exact grid-line height, justified, no widow control (a 公文 page is full:
        // 22 lines), no automatic space between Chinese and Latin/digits (it would break the grid).
        sb.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts(FontRole.FANGSONG))
                .append("<w:color w:val=\"000000\"/>").append(size(Gbt9704.BODY_SIZE))
                .append("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:autoSpaceDE w:val=\"0\"/>")
                .append("<w:autoSpaceDN w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\"")
                .append(Wml.attr("line", pitch)).append(" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        // Normal: the grid text. Every glyph narrowed so 28 fit the 156 mm line (see Gbt9704).
        sb.append(style("paragraph", "Normal", "Normal", null, true, "",
                charSpacing(Gbt9704.DOCX_CHAR_SPACING)));
        sb.append(style("paragraph", BODY, "Body Text", "Normal", false,
                "<w:ind" + Wml.attr("firstLine", twip(Gbt9704.PARAGRAPH_INDENT_CHARS * Gbt9704.DOCX_BODY_ADVANCE)) + "/>",
                ""));
        for (int level = 1; level <= 4; level++) {
            FontRole role = Gbt9704.font(org.hongtou.document.Style.heading(level));
            sb.append(style("paragraph", heading(level), "heading " + level, BODY, false,
                    "<w:keepNext/><w:outlineLvl" + Wml.attr("val", level) + "/>", fonts(role)));
            sb.append(style("character", lead(level), "Lead " + level, null, false, null, fonts(role)));
        }
        sb.append(style("paragraph", TITLE, "Title", "Normal", false,
                "<w:snapToGrid w:val=\"0\"/><w:spacing" + Wml.attr("line", pitch * Gbt9704.TITLE_LINE_GRID_LINES)
                        + " w:lineRule=\"exact\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>",
                fonts(FontRole.BIAOSONG) + charSpacing(0) + size(Gbt9704.TITLE_SIZE)));
        sb.append(style("paragraph", MARK, "Issuing Authority Mark", "Normal", false,
                "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/>",
                fonts(FontRole.BIAOSONG) + "<w:color" + Wml.attr("val", Gbt9704.RED_HEX) + "/>" + charSpacing(0)));
        sb.append(style("paragraph", COLOPHON, "Colophon", "Normal", false,
                "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"left\"/>",
                charSpacing(0) + size(Gbt9704.COLOPHON_SIZE)));
        sb.append(style("paragraph", FOOTER, "footer", "Normal", false,
                "<w:snapToGrid w:val=\"0\"/><w:spacing" + Wml.attr("line", twip(Gbt9704.PAGE_NUMBER_SIZE))
                        + " w:lineRule=\"exact\"/>",
                fonts(FontRole.SONGTI) + charSpacing(0) + size(Gbt9704.PAGE_NUMBER_SIZE)));
        return sb.append("</w:styles>").toString();
    }

    private static String style(String type, String id, String name, String basedOn, boolean isDefault,
                                String pPr, String rPr) {
        StringBuilder sb = new StringBuilder("<w:style").append(Wml.attr("type", type));
        if (isDefault) {
            sb.append(" w:default=\"1\"");
        }
        sb.append(Wml.attr("styleId", id)).append("><w:name").append(Wml.attr("val", name)).append("/>");
        if (basedOn != null) {
            sb.append("<w:basedOn").append(Wml.attr("val", basedOn)).append("/>");
        }
        sb.append("<w:qFormat/>");
        if (pPr != null && !pPr.isEmpty()) {
            sb.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        if (rPr != null && !rPr.isEmpty()) {
            sb.append("<w:rPr>").append(rPr).append("</w:rPr>");
        }
        return sb.append("</w:style>").toString();
    }

    /**
     * Settings: different odd and even footers (page numbers right, then left), no compression of
     * punctuation (each full-width mark keeps its whole cell, as on the grid), Word 2013+ layout.
     */
    static String settings() {
        return "<w:settings " + Wml.NAMESPACES + "><w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";
    }

    /**
     * The font table: each official name with the name Word may fall back to, and its family
     * (serif for the 宋 and 楷 styles, sans for 黑体) so that a reader lacking both picks a look-alike.
     */
    String fontTable() {
        Map<String, String[]> names = new LinkedHashMap<>();
        for (FontRole role : FontRole.values()) {
            FontSpec spec = fonts.spec(role);
            names.putIfAbsent(spec.docxName(),
                    new String[] {spec.docxAltName(), role == FontRole.HEITI ? "swiss" : "roman"});
        }
        StringBuilder sb = new StringBuilder("<w:fonts ").append(Wml.NAMESPACES).append(">");
        names.forEach((name, altAndFamily) -> {
            sb.append("<w:font").append(Wml.attr("name", name)).append(">");
            if (!altAndFamily[0].equals(name)) {
                sb.append("<w:altName").append(Wml.attr("val", altAndFamily[0])).append("/>");
            }
            sb.append("<w:charset w:val=\"86\"/><w:family").append(Wml.attr("val", altAndFamily[1]))
                    .append("/><w:pitch w:val=\"variable\"/></w:font>");
        });
        return sb.append("</w:fonts>").toString();
    }

    /** "— N —" with a PAGE field: odd pages right-indented one character, even left-indented. */
    static String pageNumberFooter(boolean odd) {
        ParaProps p = new ParaProps().style(FOOTER);
        int indent = twip(Gbt9704.PAGE_NUMBER_SIDE_INDENT);
        if (odd) {
            p.right(indent).jc("right");
        } else {
            p.left(indent).jc("left");
        }
        String dash = Gbt9704.PAGE_NUMBER_DASH;
        String runs = Wml.run(null, dash + " ")
                + "<w:fldSimple w:instr=\" PAGE \">" + Wml.run(null, "1") + "</w:fldSimple>"
                + Wml.run(null, " " + dash);
        return "<w:ftr " + Wml.NAMESPACES + ">" + p.paragraph(runs) + "</w:ftr>";
    }

    /** The footer of the pages that carry no number (blank page, 版记 page). */
    static String emptyFooter() {
        return "<w:ftr " + Wml.NAMESPACES + ">" + new ParaProps().style(FOOTER).paragraph("") + "</w:ftr>";
    }
}
