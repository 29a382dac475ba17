package org.hongtou.docx;

/**
 * Paragraph properties, written in the order the WordprocessingML schema requires (Word rejects a
 * file whose pPr children are out of order). Only what the renderer uses is here.
 */
final class ParaProps {

    private String style;
    private boolean keepNext;
    private String bottomBorder;
    private String tabs;
    private boolean noSnapToGrid;
    private Integer before;
    private Integer line;
    private Integer left;
    private Integer right;
    private Integer firstLine;
    private Integer hanging;
    private String jc;
    private Integer outlineLevel;
    private String sectPr;

    ParaProps style(String id) {
        this.style = id;
        return this;
    }

    /** Keep this paragraph on the page of the next one. */
    ParaProps keepNext() {
        this.keepNext = true;
        return this;
    }

    /** A single bottom border {@code spacePt} points below the text (w:space is in whole points). */
    ParaProps bottomBorder(int eighths, int spacePt, String colour) {
        this.bottomBorder = "<w:bottom w:val=\"single\"" + Wml.attr("sz", eighths) + Wml.attr("space", spacePt)
                + Wml.attr("color", colour) + "/>";
        return this;
    }

    ParaProps tabs(String tabsXml) {
        this.tabs = tabsXml;
        return this;
    }

    ParaProps noSnapToGrid() {
        this.noSnapToGrid = true;
        return this;
    }

    ParaProps before(int twips) {
        this.before = twips;
        return this;
    }

    /** Exact line height in twips. */
    ParaProps exactLine(int twips) {
        this.line = twips;
        return this;
    }

    ParaProps left(int twips) {
        this.left = twips;
        return this;
    }

    ParaProps right(int twips) {
        this.right = twips;
        return this;
    }

    ParaProps firstLine(int twips) {
        this.firstLine = twips;
        return this;
    }

    ParaProps hanging(int twips) {
        this.hanging = twips;
        return this;
    }

    ParaProps jc(String value) {
        this.jc = value;
        return this;
    }

    ParaProps outlineLevel(int level) {
        this.outlineLevel = level;
        return this;
    }

    ParaProps sectPr(String xml) {
        this.sectPr = xml;
        return this;
    }

    String xml() {
        StringBuilder sb = new StringBuilder();
        if (style != null) {
            sb.append("<w:pStyle").append(Wml.attr("val", style)).append("/>");
        }
        if (keepNext) {
            sb.append("<w:keepNext/>");
        }
        if (bottomBorder != null) {
            sb.append("<w:pBdr>").append(bottomBorder).append("</w:pBdr>");
        }
        if (tabs != null) {
            sb.append("<w:tabs>").append(tabs).append("</w:tabs>");
        }
        if (noSnapToGrid) {
            sb.append("<w:snapToGrid w:val=\"0\"/>");
        }
        if (before != null || line != null) {
            sb.append("<w:spacing");
            if (before != null) {
                sb.append(Wml.attr("before", before));
            }
            if (line != null) {
                sb.append(Wml.attr("line", line)).append(Wml.attr("lineRule", "exact"));
            }
            sb.append("/>");
        }
        if (left != null || right != null || firstLine != null || hanging != null) {
            sb.append("<w:ind");
            if (left != null) {
                sb.append(Wml.attr("left", left));
            }
            if (right != null) {
                sb.append(Wml.attr("right", right));
            }
            if (firstLine != null) {
                sb.append(Wml.attr("firstLine", firstLine));
            }
            if (hanging != null) {
                sb.append(Wml.attr("hanging", hanging));
            }
            sb.append("/>");
        }
        if (jc != null) {
            sb.append("<w:jc").append(Wml.attr("val", jc)).append("/>");
        }
        if (outlineLevel != null) {
            sb.append("<w:outlineLvl").append(Wml.attr("val", outlineLevel)).append("/>");
        }
        if (sectPr != null) {
            sb.append(sectPr);
        }
        return sb.toString();
    }

    /** A whole paragraph with these properties and the given runs. */
    String paragraph(String runs) {
        String ppr = xml();
        return "<w:p>" + (ppr.isEmpty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + runs + "</w:p>";
    }
}
