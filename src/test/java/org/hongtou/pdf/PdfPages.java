package org.hongtou.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hongtou.document.Document;
import org.hongtou.render.RenderResult;

/** A rendered PDF read back with PDFBox: its glyphs per page, grouped into lines by baseline. */
final class PdfPages {

    /** A glyph as PDFBox sees it, in points from the page's top-left corner. */
    record Char(String text, double x, double baseline, double width, double size, String font) {
    }

    /** Glyphs sharing a baseline, left to right. */
    record Line(double baseline, List<Char> chars) {
        String text() {
            StringBuilder sb = new StringBuilder();
            chars.forEach(c -> sb.append(c.text()));
            return sb.toString();
        }

        double left() {
            return chars.get(0).x();
        }

        double right() {
            Char c = chars.get(chars.size() - 1);
            return c.x() + c.width();
        }

        double size() {
            return chars.stream().mapToDouble(Char::size).max().orElse(0);
        }
    }

    final byte[] bytes;
    final RenderResult result;
    final List<List<Line>> pages = new ArrayList<>();

    PdfPages(byte[] bytes, RenderResult result) {
        this.bytes = bytes;
        this.result = result;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                TreeMap<Long, List<Char>> byBaseline = new TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        double size = t.getFontSizeInPt();
                        byBaseline.computeIfAbsent(Math.round((double) t.getY() * 10), k -> new ArrayList<>())
                                .add(new Char(t.getUnicode(), t.getX(), t.getY(), t.getWidth(), size,
                                        t.getFont().getName()));
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                List<Line> lines = new ArrayList<>();
                byBaseline.forEach((k, v) -> {
                    v.sort((a, b) -> Double.compare(a.x(), b.x()));
                    lines.add(new Line(k / 10.0, v));
                });
                pages.add(lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPageNumberLine(Line l) {
        return l.text().matches("— \\d+ —")
                && l.baseline() > org.hongtou.layout.Gbt9704.MARGIN_TOP + org.hongtou.layout.Gbt9704.TEXT_HEIGHT;
    }

    static PdfPages render(PdfRenderer renderer, Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RenderResult r = renderer.render(doc, out);
            return new PdfPages(out.toByteArray(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
