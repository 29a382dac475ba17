package org.hongtou.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hongtou.document.Block;
import org.hongtou.document.Document;
import org.hongtou.document.Meta;
import org.hongtou.document.Run;
import org.hongtou.document.Style;
import org.hongtou.layout.Gbt9704;
import org.hongtou.render.RenderResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static PdfRenderer renderer;

    @BeforeAll
    static void fonts() {
        renderer = new PdfRenderer();
    }

    private static Document body(String... paragraphs) {
        List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Block.Title(List.of("关于测试的报告")));
        for (String p : paragraphs) {
            blocks.add(new Block.Paragraph(List.of(new Run(p, Style.BODY))));
        }
        return new Document(new Meta("测试", "木叶乡人民政府", "主题", "关键词"), null, blocks, null);
    }

    private static byte[] bytes(Document doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, out);
        return out.toByteArray();
    }

    @Test
    void sameDocumentGivesTheSameBytes() throws IOException {
        Document doc = Fixtures.longReport(3);
        assertThat(bytes(doc)).isEqualTo(bytes(doc));
        String name = Fixtures.sampleNames().isEmpty() ? null : Fixtures.sampleNames().get(0);
        if (name != null) {
            assertThat(bytes(Fixtures.sample(name))).isEqualTo(bytes(Fixtures.sample(name)));
        }
    }

    @Test
    void rareCharactersFallBackToAFontThatHasThemAndStayExtractable() throws IOException {
        // 㽏 (Extension A) and 𠀋 (Extension B) are in no GB 2312 font: Noto Serif SC draws them.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult r = renderer.render(body("地名㽏字与人名𠀋字都要印出来。"), out);
        assertThat(r.warnings()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("㽏", "𠀋");
        }
        assertThat(inkOf(out.toByteArray(), "㽏")).isGreaterThan(20);
        assertThat(inkOf(out.toByteArray(), "𠀋")).isGreaterThan(20);
    }

    @Test
    void characterNoFontHasIsReportedNotSilentlyDropped() throws IOException {
        // U+4DBF joined Extension A in Unicode 13; neither Fandol nor this Noto cut has it.
        RenderResult r = renderer.render(body("缺字\u4DBF测试"), new ByteArrayOutputStream());
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("missing-glyph");
            assertThat(w.messageEn()).contains("U+4DBF");
            assertThat(w.messageZh()).contains("U+4DBF");
        });
    }

    @Test
    void everyGbkAndExtensionAHanziHasAGlyph() {
        java.nio.charset.CharsetDecoder gbk = java.nio.charset.Charset.forName("GBK").newDecoder();
        int checked = 0;
        for (int b1 = 0x81; b1 <= 0xFE; b1++) {
            for (int b2 = 0x40; b2 <= 0xFE; b2++) {
                if (b2 == 0x7F) {
                    continue;
                }
                try {
                    String s = gbk.decode(java.nio.ByteBuffer.wrap(new byte[]{(byte) b1, (byte) b2})).toString();
                    int cp = s.codePointAt(0);
                    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                        for (org.hongtou.layout.FontRole role : org.hongtou.layout.FontRole.values()) {
                            assertThat(PdfFonts.defaults().font(role, cp)).as("%s U+%04X", role, cp).isNotNull();
                        }
                        checked++;
                    }
                } catch (java.nio.charset.CharacterCodingException e) {
                    // not a GBK code
                }
            }
        }
        assertThat(checked).isGreaterThan(20_900);
        for (int cp = 0x3400; cp <= 0x4DB5; cp++) {
            assertThat(PdfFonts.defaults().font(org.hongtou.layout.FontRole.FANGSONG, cp)).as("U+%04X", cp).isNotNull();
        }
    }

    @Test
    void everyEmbeddedFontDrawsInkNotBlankGlyphs() throws IOException {
        // Extraction alone would pass with blank glyphs (the CID mix-up OpenPDF is prone to), so
        // render the page and look for ink under the first glyph of every font.
        Document doc = Fixtures.sampleNames().isEmpty() ? Fixtures.longReport(3)
                : Fixtures.sample(Fixtures.sampleNames().get(0));
        byte[] pdf = bytes(doc);
        PdfPages pages = new PdfPages(pdf, null);
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        for (int p = 0; p < pages.pages.size(); p++) {
            for (PdfPages.Line l : pages.pages.get(p)) {
                for (PdfPages.Char c : l.chars()) {
                    if (!c.text().isBlank() && !c.text().equals("—") && fonts.add(c.font())) {
                        assertThat(inkAt(pdf, p, c)).as("%s in %s", c.text(), c.font()).isGreaterThan(5);
                    }
                }
            }
        }
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void metadataCarriesTitleAuthoritySubjectAndKeywords() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes(body("正文。")))) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("测试");
            assertThat(info.getAuthor()).isEqualTo("木叶乡人民政府");
            assertThat(info.getSubject()).isEqualTo("主题");
            assertThat(info.getKeywords()).isEqualTo("关键词");
        }
    }

    /**
     * Dark pixels drawn where the first occurrence of {@code ch} sits on its page, rendered at
     * 144 dpi: zero means the glyph is blank even though its text is there.
     */
    static int inkOf(byte[] pdf, String ch) throws IOException {
        PdfPages pages = new PdfPages(pdf, null);
        for (int p = 0; p < pages.pages.size(); p++) {
            for (PdfPages.Line l : pages.pages.get(p)) {
                for (PdfPages.Char c : l.chars()) {
                    if (c.text().equals(ch)) {
                        return inkAt(pdf, p, c);
                    }
                }
            }
        }
        throw new AssertionError(ch + " not found in the PDF's text");
    }

    /** Dark pixels inside one glyph's em box, rendered at 144 dpi. */
    static int inkAt(byte[] pdf, int page, PdfPages.Char c) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            double scale = 2;
            BufferedImage img = new PDFRenderer(d).renderImage(page, (float) scale);
            int x0 = (int) (c.x() * scale);
            int y0 = (int) ((c.baseline() - Gbt9704.EM_ASCENT * c.size()) * scale);
            int w = (int) Math.max(2, c.width() * scale);
            int h = (int) (c.size() * scale);
            int dark = 0;
            for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y0 + h); y++) {
                for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x0 + w); x++) {
                    int rgb = img.getRGB(x, y);
                    if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 160) {
                        dark++;
                    }
                }
            }
            return dark;
        }
    }
}
