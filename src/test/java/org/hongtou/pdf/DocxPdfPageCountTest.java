package org.hongtou.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hongtou.document.Document;
import org.hongtou.render.DocumentRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DOCX and the PDF must break pages alike: LibreOffice's layout of the DOCX has as many pages
 * as the PDF. Runs wherever soffice is installed (CI installs it) and the DOCX renderer is built.
 */
class DocxPdfPageCountTest {

    static Stream<String> samples() {
        return Fixtures.sampleNames().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void libreOfficeLaysTheDocxOutOnAsManyPagesAsThePdf(String name, @TempDir Path work) throws Exception {
        assumeThat(Soffice.installed()).as("soffice on PATH").isTrue();
        DocumentRenderer docx = Soffice.docx();
        assumeThat(docx).as("DOCX renderer in this build").isNotNull();
        Document doc = Fixtures.sample(name);
        int pdfPages = new PdfRenderer().layout(doc).pageCount();
        byte[] converted = Soffice.convert(Soffice.docxBytes(docx, doc), work);
        try (PDDocument lo = Loader.loadPDF(converted)) {
            assertThat(lo.getNumberOfPages()).as("pages of %s: LibreOffice vs PDF", name).isEqualTo(pdfPages);
        }
    }
}
