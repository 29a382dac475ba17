package org.hongtou.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text of a PDF as lines of glyphs with their positions, page by page (for layout checks). */
public final class PdfLines {

    /** One glyph: x of its left edge, y of its baseline from the page top, font size, the character. */
    public record Glyph(float x, float y, float width, float size, String text) {
    }

    /** Glyphs sharing a baseline, left to right. */
    public record Line(float y, List<Glyph> glyphs) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            glyphs.forEach(g -> sb.append(g.text()));
            return sb.toString();
        }

        public long ideographs() {
            return text().codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        }
    }

    private PdfLines() {
    }

    /** Lines per page, top to bottom. */
    static List<List<Line>> read(Path pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<Glyph> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                                t.getFontSizeInPt(), t.getUnicode()));
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                Map<Integer, List<Glyph>> byBaseline = new TreeMap<>();
                for (Glyph g : glyphs) {
                    if (g.text().isBlank()) {
                        continue;
                    }
                    // Baselines within a point are one line (CJK and Latin glyphs differ slightly).
                    int key = Math.round(g.y());
                    Integer near = byBaseline.keySet().stream().filter(k -> Math.abs(k - g.y()) <= 1.5f).findFirst().orElse(key);
                    byBaseline.computeIfAbsent(near, k -> new ArrayList<>()).add(g);
                }
                List<Line> lines = new ArrayList<>();
                byBaseline.forEach((y, gs) -> {
                    gs.sort((a, b) -> Float.compare(a.x(), b.x()));
                    lines.add(new Line(gs.get(0).y(), gs));
                });
                pages.add(lines);
            }
        }
        return pages;
    }
}
