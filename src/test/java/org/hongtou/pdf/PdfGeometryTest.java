package org.hongtou.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hongtou.layout.Gbt9704.mm;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.cos.COSName;
import org.hongtou.layout.Gbt9704;
import org.hongtou.layout.Layout;
import org.hongtou.layout.LineBreaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every sample's PDF back with PDFBox and measures it against GB/T 9704
 * (shared/docs/GBT9704.md): page, margins, grid, header, page numbers, 版记, fonts.
 */
class PdfGeometryTest {

    private static final double TOL = mm(1);
    private static PdfRenderer renderer;

    @BeforeAll
    static void fonts() {
        renderer = new PdfRenderer();
    }

    static Stream<String> samples() {
        List<String> names = Fixtures.sampleNames();
        return names.isEmpty() ? Stream.of("long-report") : Stream.concat(names.stream(), Stream.of("long-report"));
    }

    private static final java.util.Map<String, PdfPages> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each document is rendered and read back once for all the checks. */
    private static PdfPages pdf(String name) {
        return RENDERED.computeIfAbsent(name, n ->
                PdfPages.render(renderer, n.equals("long-report") ? Fixtures.longReport(6) : Fixtures.sample(n)));
    }

    private static boolean isPageNumber(PdfPages.Line l) {
        return l.text().matches("— \\d+ —") && l.baseline() > Gbt9704.MARGIN_TOP + Gbt9704.TEXT_HEIGHT;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPageIsA4(String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(name).bytes)) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(box.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void textStaysInsideTheTextBlockOf28And26By37And35Millimetres(String name) {
        double left = Gbt9704.MARGIN_LEFT;
        double right = Gbt9704.PAGE_WIDTH - mm(26);
        double top = mm(37);
        double bottom = Gbt9704.PAGE_HEIGHT - mm(35);
        for (List<PdfPages.Line> page : pdf(name).pages) {
            for (PdfPages.Line l : page) {
                if (isPageNumber(l)) {
                    continue;
                }
                assertThat(l.left()).as(l.text()).isGreaterThanOrEqualTo(left - TOL);
                assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(right + TOL);
                assertThat(l.baseline() - Gbt9704.EM_ASCENT * l.size()).as(l.text()).isGreaterThanOrEqualTo(top - TOL);
                assertThat(l.baseline() + (1 - Gbt9704.EM_ASCENT) * l.size()).as(l.text()).isLessThanOrEqualTo(bottom + TOL);
            }
        }
    }

    /**
     * A full line of body text set on the grid holds 28 characters, one per 15.79 pt cell. A line
     * shortened because its next character may not start a line (the 推出 rule) is stretched to
     * the full width instead: it may hold 26 or 27, never fewer.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void fullBodyLinesHoldTwentyEightCharacters(String name) {
        int onGrid = 0;
        for (List<PdfPages.Line> page : pdf(name).pages) {
            for (PdfPages.Line l : page) {
                boolean allWide = l.text().codePoints().allMatch(LineBreaker::fullWidth);
                boolean flushLeft = Math.abs(l.left() - Gbt9704.MARGIN_LEFT) < 1;
                boolean flushRight = Math.abs(l.chars().get(l.chars().size() - 1).x() + Gbt9704.CHAR_CELL
                        - (Gbt9704.MARGIN_LEFT + Gbt9704.TEXT_WIDTH)) < 0.5;
                if (l.size() != Gbt9704.BODY_SIZE || !allWide || !flushLeft || !flushRight) {
                    continue;
                }
                int count = l.text().codePointCount(0, l.text().length());
                double pitch = (l.chars().get(count - 1).x() - l.left()) / (count - 1);
                if (Math.abs(pitch - Gbt9704.CHAR_CELL) < 0.01) {
                    assertThat(count).as(l.text()).isEqualTo(28);
                    onGrid++;
                } else {
                    assertThat(count).as("stretched: " + l.text()).isBetween(26, 27);
                }
            }
        }
        assertThat(onGrid).as("full body lines").isGreaterThan(3);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void atMostTwentyTwoLinesAPageOnTheTwentyEightPointNinetyNineGrid(String name) {
        for (List<PdfPages.Line> page : pdf(name).pages) {
            List<PdfPages.Line> body = page.stream().filter(l -> !isPageNumber(l))
                    .filter(l -> l.size() <= Gbt9704.BODY_SIZE).toList();
            assertThat(body.size()).isLessThanOrEqualTo(22);
            for (PdfPages.Line l : body) {
                if (l.size() != Gbt9704.BODY_SIZE || l.baseline() < Gbt9704.MARGIN_TOP + mm(80)) {
                    continue; // the 版头 of page 1 is placed by measurement, not on the grid
                }
                double fromFirst = (l.baseline() - Gbt9704.baseline(0, Gbt9704.BODY_SIZE)) / 28.99;
                assertThat(Math.abs(fromFirst - Math.round(fromFirst)) * 28.99).as(l.text()).isLessThan(0.5);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void markTopSitsSeventyTwoMillimetresBelowThePageTop(String name) {
        PdfPages.Line mark = pdf(name).pages.get(0).stream()
                .max((a, b) -> Double.compare(a.size(), b.size())).orElseThrow();
        assertThat(mark.size()).isGreaterThan(Gbt9704.TITLE_SIZE);
        assertThat(mark.baseline() - Gbt9704.EM_ASCENT * mark.size()).isCloseTo(mm(72),
                org.assertj.core.data.Offset.offset(TOL));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pageNumbersSitSevenMillimetresBelowTheBlockOddRightEvenLeft(String name) {
        PdfPages pdf = pdf(name);
        Layout layout = renderer.layout(name.equals("long-report") ? Fixtures.longReport(6) : Fixtures.sample(name));
        for (int i = 0; i < pdf.pages.size(); i++) {
            int n = i + 1;
            List<PdfPages.Line> numbers = pdf.pages.get(i).stream().filter(PdfPages::isPageNumberLine).toList();
            if (layout.pages().get(i).number() == 0) {
                assertThat(numbers).isEmpty();
                continue;
            }
            assertThat(numbers).hasSize(1);
            PdfPages.Line l = numbers.get(0);
            assertThat(l.text()).isEqualTo("— " + n + " —");
            double emTop = l.baseline() - Gbt9704.EM_ASCENT * Gbt9704.PAGE_NUMBER_SIZE;
            assertThat(emTop - (Gbt9704.MARGIN_TOP + Gbt9704.TEXT_HEIGHT)).isCloseTo(mm(7),
                    org.assertj.core.data.Offset.offset(TOL));
            if (n % 2 == 1) {
                assertThat(l.right()).isCloseTo(Gbt9704.MARGIN_LEFT + Gbt9704.TEXT_WIDTH - Gbt9704.CHAR_CELL,
                        org.assertj.core.data.Offset.offset(TOL));
            } else {
                assertThat(l.left()).isCloseTo(Gbt9704.MARGIN_LEFT + Gbt9704.CHAR_CELL,
                        org.assertj.core.data.Offset.offset(TOL));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void colophonPageIsEvenAndCarriesNoNumber(String name) {
        PdfPages pdf = pdf(name);
        List<PdfPages.Line> last = pdf.pages.get(pdf.pages.size() - 1);
        assumeThat(last.stream().anyMatch(l -> l.text().endsWith("印发"))).as("has a 版记").isTrue();
        assertThat(pdf.pages.size() % 2).isZero();
        assertThat(last.stream().anyMatch(PdfPages::isPageNumberLine)).isFalse();
        PdfPages.Line printed = last.stream().filter(l -> l.text().endsWith("印发")).findFirst().orElseThrow();
        // The 印发 row is the last grid line: its line's bottom is the text block's bottom edge.
        assertThat(printed.baseline()).isCloseTo(Gbt9704.baseline(21, Gbt9704.COLOPHON_SIZE),
                org.assertj.core.data.Offset.offset(0.5));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyFontIsEmbeddedAsASubset(String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(name).bytes)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName fn : res.getFontNames()) {
                    PDFont f = res.getFont(fn);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).as("subset prefix").matches("[A-Z]{6}\\+.+");
                    assertThat(f).isInstanceOf(PDType0Font.class);
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }
}
