package org.hongtou.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.fonts.FontConfig;
import org.hongtou.layout.Gbt9704;
import org.hongtou.layout.Layout;
import org.hongtou.layout.PageLayout;
import org.hongtou.layout.PageLayout.Glyph;
import org.hongtou.layout.PageLayout.Rule;
import org.hongtou.layout.PageLayout.TextLine;
import org.hongtou.layout.Typesetter;
import org.hongtou.render.DocumentRenderer;
import org.hongtou.render.RenderResult;
import org.hongtou.render.RenderWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a document as PDF with OpenPDF: the {@link Typesetter} decides where every glyph and
 * rule goes, this class only paints them, picking for each character the first font of its
 * role's fallback chain that has it. A character no font has is reported (warning and log),
 * never dropped silently. Output is deterministic: fixed dates, an ID hashed from the content,
 * subset prefixes derived from the font names.
 */
public final class PdfRenderer implements DocumentRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);

    private final PdfFonts fonts;
    private final Typesetter typesetter;

    public PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
        this.typesetter = new Typesetter(fonts);
    }

    /** With the packaged fonts (loaded once per JVM). */
    public PdfRenderer() {
        this(PdfFonts.defaults());
    }

    /** With a deployment's font configuration; the packaged one shares the loaded default fonts. */
    public PdfRenderer(FontConfig config) {
        this(config.folder() == null ? PdfFonts.defaults() : new PdfFonts(config));
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String contentType() {
        return "application/pdf";
    }

    /** The layout the PDF is drawn from: page count and 版记 placement for the DOCX renderer. */
    public Layout layout(Document document) {
        return typesetter.typeset(document);
    }

    @Override
    public RenderResult render(Document document, OutputStream out) throws IOException {
        Layout layout = typesetter.typeset(document);
        Set<Integer> missing = new LinkedHashSet<>();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128 * 1024);
        Rectangle a4 = new Rectangle((float) Gbt9704.PAGE_WIDTH, (float) Gbt9704.PAGE_HEIGHT);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(a4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, buffer);
            pdf.addTitle(document.meta().title());
            pdf.addAuthor(document.meta().author());
            pdf.addSubject(document.meta().subject());
            pdf.addKeywords(document.meta().keywords());
            pdf.addCreator("Hongtou");
            pdf.open();
            PdfDate date = new PdfDate(documentDate(document));
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            boolean first = true;
            for (PageLayout page : layout.pages()) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                writer.setPageEmpty(false); // the blank page before the 版记 is a real page
                PdfContentByte cb = writer.getDirectContent();
                for (Rule r : page.rules()) {
                    drawRule(cb, r);
                }
                for (TextLine line : page.lines()) {
                    drawLine(cb, line, missing);
                }
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("PDF generation failed: " + e.getMessage(), e);
        }
        byte[] bytes = Determinism.normalise(buffer.toByteArray());
        out.write(bytes);
        return new RenderResult(layout.pageCount(), warnings(missing));
    }

    private static void drawRule(PdfContentByte cb, Rule r) {
        cb.saveState();
        cb.setColorStroke(new Color(r.colour()));
        cb.setLineWidth((float) r.width());
        float y = (float) (Gbt9704.PAGE_HEIGHT - r.y());
        cb.moveTo((float) r.x1(), y);
        cb.lineTo((float) r.x2(), y);
        cb.stroke();
        cb.restoreState();
    }

    /**
     * Draws a line as runs of glyphs sharing font, size and colour; inside a run each glyph's
     * position is reached with a TJ adjustment, so the stream stays small and text extraction
     * sees one string.
     */
    private void drawLine(PdfContentByte cb, TextLine line, Set<Integer> missing) {
        float y = (float) (Gbt9704.PAGE_HEIGHT - line.baseline());
        List<Glyph> glyphs = line.glyphs();
        int i = 0;
        cb.beginText();
        while (i < glyphs.size()) {
            Glyph g = glyphs.get(i);
            BaseFont font = fonts.font(g.role(), g.codePoint());
            if (font == null) {
                missing.add(g.codePoint());
                i++;
                continue;
            }
            cb.setFontAndSize(font, (float) g.size());
            cb.setColorFill(new Color(g.colour()));
            cb.setTextMatrix((float) g.x(), y);
            PdfTextArray tj = new PdfTextArray();
            double pen = g.x();
            int j = i;
            while (j < glyphs.size()) {
                Glyph h = glyphs.get(j);
                if (h.size() != g.size() || h.colour() != g.colour() || fonts.font(h.role(), h.codePoint()) != font) {
                    break;
                }
                double gap = h.x() - pen;
                if (Math.abs(gap) > 0.001) {
                    tj.add((float) (-gap * 1000 / h.size()));
                }
                tj.add(new String(Character.toChars(h.codePoint())));
                pen = h.x() + font.getWidthPoint(h.codePoint(), (float) h.size());
                j++;
            }
            cb.showText(tj);
            i = j;
        }
        cb.endText();
    }

    private static List<RenderWarning> warnings(Set<Integer> missing) {
        List<RenderWarning> out = new ArrayList<>();
        for (int cp : missing) {
            String ch = new String(Character.toChars(cp));
            String hex = String.format("U+%04X", cp);
            LOG.warn("no PDF font has {} ({}); it is left blank", ch, hex);
            out.add(new RenderWarning("missing-glyph",
                    "字体中没有“" + ch + "”（" + hex + "），PDF 中此处留空",
                    "No font has '" + ch + "' (" + hex + "); it is blank in the PDF"));
        }
        return out;
    }

    private static final Pattern CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    /**
     * The file's date: the document's own date (成文日期) when it has one, else a fixed one, so
     * the same document always gives the same bytes.
     */
    static Calendar documentDate(Document document) {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.clear();
        cal.set(2000, Calendar.JANUARY, 1, 0, 0, 0);
        for (Block b : document.blocks()) {
            if (b instanceof Block.Signature s && s.date() != null) {
                Matcher m = CN_DATE.matcher(s.date());
                if (m.find()) {
                    cal.set(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) - 1,
                            Integer.parseInt(m.group(3)), 0, 0, 0);
                }
            }
        }
        return cal;
    }

}
