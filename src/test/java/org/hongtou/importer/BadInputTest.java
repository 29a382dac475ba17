package org.hongtou.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hongtou.importer.DocxFixtures.document;
import static org.hongtou.importer.DocxFixtures.docx;
import static org.hongtou.importer.DocxFixtures.p;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Every bad upload is an ImportException with a code and both messages, never anything else. */
class BadInputTest {

    private final ImportService service = new ImportService();

    private static ImportException failure(Runnable r) {
        ImportException e = catchThrowableOfType(ImportException.class, r::run);
        assertThat(e).as("an ImportException").isNotNull();
        assertThat(e.messageZh()).isNotBlank();
        assertThat(e.messageEn()).isNotBlank();
        return e;
    }

    @Test
    void emptyFileIsRejectedAsEmpty() {
        assertThat(failure(() -> service.importText(new byte[0])).code()).isEqualTo(ImportException.EMPTY);
        assertThat(failure(() -> service.importAny(" \n\n ".getBytes(StandardCharsets.UTF_8))).code())
                .isEqualTo(ImportException.EMPTY);
        assertThat(failure(() -> service.importDocx(new byte[0])).code()).isEqualTo(ImportException.EMPTY);
    }

    @Test
    void binaryGarbageIsNotText() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0x01;
        assertThat(failure(() -> service.importText(garbage)).code()).isEqualTo(ImportException.NOT_TEXT);
        assertThat(failure(() -> service.importAny(garbage)).code()).isEqualTo(ImportException.NOT_TEXT);
        assertThat(failure(() -> service.importDocx(garbage)).code()).isEqualTo(ImportException.NOT_DOCX);
    }

    @Test
    void zipThatIsNotADocxSaysSo() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("hello.txt", "你好");
        byte[] zip = DocxFixtures.zip(parts);
        ImportException e = failure(() -> service.importDocx(zip));
        assertThat(e.code()).isEqualTo(ImportException.NOT_DOCX);
        assertThat(e.messageEn()).contains("word/document.xml");
        assertThat(failure(() -> service.importText(zip)).code()).isEqualTo(ImportException.UNSUPPORTED_FORMAT);
    }

    @Test
    void pdfAndOldWordFilesGetTheirOwnMessage() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        assertThat(failure(() -> service.importAny(pdf)).messageEn()).contains("PDF");
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(failure(() -> service.importAny(doc)).messageEn()).contains(".doc");
    }

    @Test
    void oversizedUploadIsTooLarge() {
        ImportService small = new ImportService(new ImportLimits(1024, 100, 1 << 20));
        byte[] big = "法治政府建设。".repeat(200).getBytes(StandardCharsets.UTF_8);
        ImportException e = failure(() -> small.importText(big));
        assertThat(e.code()).isEqualTo(ImportException.TOO_LARGE);
        assertThat(e.tooLarge()).isTrue();
    }

    @Test
    void docxWithAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body>" + p("&xxe;") + "</w:body></w:document>";
        ImportException e = failure(() -> service.importDocx(docx(xxe, null, null)));
        assertThat(e.code()).isEqualTo(ImportException.DOCX_UNSAFE_XML);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void doctypeHiddenBehindALongCommentIsStillRefused() {
        String xxe = "<?xml version=\"1.0\"?><!--" + "x".repeat(10_000) + "-->"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body>" + p("&xxe;") + "</w:body></w:document>";
        ImportException e = failure(() -> service.importDocx(docx(xxe, null, null)));
        assertThat(e.code()).isEqualTo(ImportException.DOCX_UNSAFE_XML);
    }

    @Test
    void docxThatInflatesBeyondTheLimitIsStopped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document(p("报告")).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/media/bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ImportService small = new ImportService(new ImportLimits(10 << 20, 100, 4 << 20));
        assertThat(bytes.size()).isLessThan(64 * 1024);
        ImportException e = failure(() -> small.importDocx(bytes.toByteArray()));
        assertThat(e.code()).isEqualTo(ImportException.DOCX_TOO_LARGE_UNCOMPRESSED);
    }

    @Test
    void docxWithTooManyEntriesIsStopped() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document(p("报告")));
        for (int i = 0; i < 50; i++) {
            parts.put("word/media/image" + i + ".png", "x");
        }
        ImportService small = new ImportService(new ImportLimits(10 << 20, 20, 1 << 20));
        assertThat(failure(() -> small.importDocx(DocxFixtures.zip(parts))).code())
                .isEqualTo(ImportException.DOCX_TOO_MANY_ENTRIES);
    }

    @Test
    void malformedDocxXmlIsMalformed() {
        assertThat(failure(() -> service.importDocx(docx("<w:document><w:body>", null, null))).code())
                .isEqualTo(ImportException.DOCX_MALFORMED);
    }

    @Test
    void docxWithNoTextHasNoContent() {
        assertThat(failure(() -> service.importDocx(docx(document(""), null, null))).code())
                .isEqualTo(ImportException.NO_CONTENT);
    }
}
