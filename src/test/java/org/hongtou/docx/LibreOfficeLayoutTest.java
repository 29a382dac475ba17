package org.hongtou.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.hongtou.layout.Gbt9704;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DOCX as LibreOffice lays it out: converted headless to PDF, read back as positioned glyphs
 * with PDFBox. Proves the grid (22 lines, 28 characters), the page decisions for the 版记, and the
 * positions of the mark and the page numbers. Skipped only where soffice is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeLayoutTest {

    private static final double BLOCK_TOP = Gbt9704.MARGIN_TOP;
    private static final double BLOCK_BOTTOM = Gbt9704.MARGIN_TOP + Gbt9704.TEXT_HEIGHT;
    private static final double BLOCK_LEFT = Gbt9704.MARGIN_LEFT;
    private static final double BLOCK_RIGHT = Gbt9704.MARGIN_LEFT + Gbt9704.TEXT_WIDTH;

    /** Kept after the run (target/ is not committed) so a reader can look at the pages. */
    private final Path dir = Path.of("target", "libreoffice-layout");

    /** name → (what the renderer said, the PDF's lines per page) */
    private final Map<String, Docx> docx = new LinkedHashMap<>();
    private final Map<String, List<List<PdfLines.Line>>> pdf = new LinkedHashMap<>();

    @BeforeAll
    void convertEverythingInOneLibreOfficeRun() throws Exception {
        assumeThat(LibreOffice.available()).as("soffice on the PATH").isTrue();
        docx.put("rich", Docx.markup(TestDocuments.richMarkup(12)));
        for (String s : TestDocuments.SAMPLES) {
            docx.put(s, Docx.render(TestDocuments.sample(s)));
        }
        for (BodyXml.ColophonPlacement p : BodyXml.ColophonPlacement.values()) {
            if (p != BodyXml.ColophonPlacement.NONE) {
                docx.put(p.name(), Docx.markup(DocxLayoutTest.markupFor(p)));
            }
        }
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Docx> e : docx.entrySet()) {
            Path f = dir.resolve(e.getKey() + ".docx");
            Files.write(f, e.getValue().bytes);
            files.add(f);
        }
        List<Path> pdfs = LibreOffice.toPdf(files);
        int i = 0;
        for (String name : docx.keySet()) {
            pdf.put(name, PdfLines.read(pdfs.get(i++)));
        }
    }

    /** Lines inside the text block (page numbers excluded). */
    private static List<PdfLines.Line> body(List<PdfLines.Line> page) {
        return page.stream().filter(l -> l.y() < BLOCK_BOTTOM).toList();
    }

    @Test
    void aFullPageHoldsTwentyTwoLinesOnePitchApart() {
        List<List<PdfLines.Line>> pages = pdf.get("rich");
        for (int p = 1; p < pages.size() - 1; p++) { // pages 2.. before the last are full body pages
            List<PdfLines.Line> lines = body(pages.get(p));
            assertThat(lines).as("page " + (p + 1)).hasSize(Gbt9704.LINES_PER_PAGE);
            for (int i = 1; i < lines.size(); i++) {
                assertThat((double) (lines.get(i).y() - lines.get(i - 1).y()))
                        .isCloseTo(Gbt9704.LINE_PITCH, Offset.offset(0.15));
            }
        }
    }

    @Test
    void aFullLineHoldsTwentyEightCharactersFillingTheBlock() {
        List<PdfLines.Line> full = pdf.get("rich").stream().flatMap(p -> body(p).stream())
                .filter(l -> l.glyphs().size() == l.ideographs() && l.glyphs().get(0).x() < BLOCK_LEFT + 1)
                .filter(l -> l.glyphs().size() >= Gbt9704.CHARS_PER_LINE - 2)
                .toList();
        assertThat(full).hasSizeGreaterThan(20);
        for (PdfLines.Line l : full) {
            assertThat(l.glyphs()).as(l.text()).hasSize(Gbt9704.CHARS_PER_LINE);
            PdfLines.Glyph last = l.glyphs().get(l.glyphs().size() - 1);
            assertThat((double) (last.x() + last.width())).isCloseTo(BLOCK_RIGHT, Offset.offset(1.5));
            // Each character sits in its cell of the 28-column grid.
            for (int i = 0; i < l.glyphs().size(); i++) {
                assertThat((double) l.glyphs().get(i).x())
                        .isCloseTo(BLOCK_LEFT + i * Gbt9704.CHAR_CELL, Offset.offset(1.5));
            }
        }
    }

    @Test
    void paragraphsStartTwoCharactersIn() {
        PdfLines.Line first = pdf.get("rich").get(1).stream()
                .filter(l -> l.text().startsWith("依法行政")).findFirst().orElseThrow();
        assertThat((double) first.glyphs().get(0).x()).isCloseTo(BLOCK_LEFT + 2 * Gbt9704.CHAR_CELL, Offset.offset(0.6));
    }

    @Test
    void markSitsThirtyFiveMillimetresBelowTheTextBlockTop() {
        PdfLines.Line mark = pdf.get("rich").get(0).stream().filter(l -> l.text().equals("木叶乡人民政府文件"))
                .findFirst().orElseThrow();
        PdfLines.Glyph g = mark.glyphs().get(0);
        assertThat((double) g.size()).isEqualTo(Gbt9704.MARK_MAX_SIZE);
        // The top of a Chinese glyph's em box is 0.88 em above its baseline.
        assertThat(g.y() - 0.88 * g.size()).isCloseTo(BLOCK_TOP + Gbt9704.MARK_TOP, Offset.offset(3.0));
        // centred
        PdfLines.Glyph last = mark.glyphs().get(mark.glyphs().size() - 1);
        assertThat((g.x() + last.x() + last.width()) / 2.0).isCloseTo((BLOCK_LEFT + BLOCK_RIGHT) / 2, Offset.offset(1.0));
    }

    @Test
    void textAfterTheHeaderStaysOnTheGrid() {
        List<PdfLines.Line> first = body(pdf.get("rich").get(0));
        List<PdfLines.Line> second = body(pdf.get("rich").get(1));
        PdfLines.Line to = first.stream().filter(l -> l.text().startsWith("县委")).findFirst().orElseThrow();
        double offset = (to.y() - second.get(0).y()) / Gbt9704.LINE_PITCH;
        assertThat(offset - Math.round(offset)).isCloseTo(0.0, Offset.offset(0.02));
    }

    @Test
    void pageNumbersSitBelowTheBlockOddRightEvenLeft() {
        List<List<PdfLines.Line>> pages = pdf.get("rich");
        for (int p = 0; p < pages.size(); p++) {
            PdfLines.Line number = pages.get(p).get(pages.get(p).size() - 1);
            assertThat(number.text()).isEqualTo("—" + (p + 1) + "—");
            assertThat((double) number.y()).isGreaterThan(BLOCK_BOTTOM + Gbt9704.PAGE_NUMBER_GAP);
            assertThat((double) number.glyphs().get(0).size()).isEqualTo(Gbt9704.PAGE_NUMBER_SIZE);
            if (p % 2 == 0) {
                PdfLines.Glyph last = number.glyphs().get(number.glyphs().size() - 1);
                assertThat((double) (last.x() + last.width())).isCloseTo(BLOCK_RIGHT - Gbt9704.chars(1), Offset.offset(1.5));
            } else {
                assertThat((double) number.glyphs().get(0).x()).isCloseTo(BLOCK_LEFT + Gbt9704.chars(1), Offset.offset(1.5));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"muye-2023", "gunziying-2023", "guanyinsi-2024", "rich"})
    void eachSampleEndsWithTheColophonAtTheBottomOfAnEvenPageAsTheRendererCounted(String name) {
        assertColophonOnEvenLastPage(name);
    }

    @ParameterizedTest
    @EnumSource(value = BodyXml.ColophonPlacement.class, names = {"SAME_PAGE", "NEXT_PAGE", "AFTER_BLANK_PAGE"})
    void everyColophonPlacementLandsOnAnEvenLastPage(BodyXml.ColophonPlacement placement) {
        assertColophonOnEvenLastPage(placement.name());
        List<List<PdfLines.Line>> pages = pdf.get(placement.name());
        List<PdfLines.Line> last = pages.get(pages.size() - 1);
        boolean numbered = last.stream().anyMatch(l -> l.y() > BLOCK_BOTTOM);
        assertThat(numbered).as("版记 page numbered").isEqualTo(placement == BodyXml.ColophonPlacement.SAME_PAGE);
        if (placement == BodyXml.ColophonPlacement.AFTER_BLANK_PAGE) {
            assertThat(pages.get(pages.size() - 2)).as("blank page").isEmpty();
        }
    }

    private void assertColophonOnEvenLastPage(String name) {
        List<List<PdfLines.Line>> pages = pdf.get(name);
        assertThat(pages).as(name + " pages").hasSize(docx.get(name).result.pages());
        assertThat(pages.size() % 2).as(name + " ends on an even page").isZero();
        List<PdfLines.Line> last = body(pages.get(pages.size() - 1));
        PdfLines.Line printed = last.get(last.size() - 1);
        assertThat(printed.text()).endsWith("印发");
        // The 印发 line is the last grid line: its baseline within one line of the block bottom.
        assertThat((double) printed.y()).isBetween(BLOCK_BOTTOM - Gbt9704.LINE_PITCH, BLOCK_BOTTOM);
        assertThat(pages.stream().flatMap(p -> p.stream()).filter(l -> l.text().startsWith("抄送")).count()).isEqualTo(1);
    }
}
