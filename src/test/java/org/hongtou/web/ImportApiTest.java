package org.hongtou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hongtou.importer.ImportLimits;
import org.hongtou.importer.ImportService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/import end to end: the importer's answers and failures as the HTTP client sees them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hongtou.max-body-size=1MB", "hongtou.batch.work-dir=target/test-work/api"})
class ImportApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BOUNDARY = "hongtou-test-boundary";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static byte[] sample(String name) {
        try (InputStream in = ImportApiTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> upload(String contentType, byte[] body) throws Exception {
        return post("/api/v1/import", contentType, body);
    }

    /** multipart/form-data with one part, written out by hand so the test shows the exact request. */
    HttpResponse<byte[]> uploadPart(String partName, String fileName, String partType, byte[] content)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + partName
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + partType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return upload("multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        return JSON.readTree(r.body());
    }

    static void assertImported(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = json(r);
        assertThat(body.has("report")).isTrue();
        assertThat(body.get("changes").isArray()).isTrue();
    }

    static JsonNode assertProblem(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asString()).startsWith("urn:hongtou:problem:");
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("titleZh").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank();
        assertThat(p.get("detailZh").asString()).isNotBlank();
        return p;
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The muye sample rendered to DOCX by the service itself: a real-world DOCX to import. */
    byte[] renderedMuyeDocx() throws Exception {
        HttpResponse<byte[]> imported = upload("text/plain", sample("muye-2023.txt"));
        assertImported(imported);
        HttpResponse<byte[]> docx = post("/api/v1/reports", "application/json",
                JSON.writeValueAsBytes(json(imported).get("report")));
        assertThat(docx.statusCode()).isEqualTo(200);
        return docx.body();
    }

    @Test
    void plainTextUploadGivesReportDataTheRenderEndpointAcceptsBack() throws Exception {
        HttpResponse<byte[]> r = upload("text/plain", sample("muye-2023.txt"));
        assertImported(r);
        JsonNode report = json(r).get("report");
        assertThat(report.get("authority").asString()).isEqualTo("木叶乡人民政府");
        assertThat(report.get("year").asInt()).isEqualTo(2023);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("null");

        HttpResponse<byte[]> docx = post("/api/v1/reports", "application/json", JSON.writeValueAsBytes(report));
        assertThat(docx.statusCode()).as(new String(docx.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).isEqualTo(ImportService.DOCX_MEDIA_TYPE);
    }

    @Test
    void changesListWhatTheImporterFixedOrGuessed() throws Exception {
        HttpResponse<byte[]> r = upload("text/plain", sample("gunziying-2023.txt"));
        assertImported(r);
        JsonNode changes = json(r).get("changes");
        assertThat(changes.size()).isPositive();
        JsonNode first = changes.get(0);
        assertThat(first.get("code").asString()).isNotBlank();
        assertThat(first.get("messageZh").asString()).isNotBlank();
        assertThat(first.get("messageEn").asString()).isNotBlank();
    }

    @Test
    void multipartDocxUploadReadsTheDocxTheServiceRendered() throws Exception {
        byte[] docx = renderedMuyeDocx();
        HttpResponse<byte[]> r = uploadPart("file", "报告.docx", ImportService.DOCX_MEDIA_TYPE, docx);
        assertImported(r);
        JsonNode report = json(r).get("report");
        assertThat(report.get("authority").asString()).isEqualTo("木叶乡人民政府");
        assertThat(report.get("year").asInt()).isEqualTo(2023);
    }

    @Test
    void docxMediaTypeBodyIsReadAsDocx() throws Exception {
        HttpResponse<byte[]> r = upload(ImportService.DOCX_MEDIA_TYPE, renderedMuyeDocx());
        assertImported(r);
        assertThat(json(r).get("report").get("authority").asString()).isEqualTo("木叶乡人民政府");
    }

    @Test
    void octetStreamIsDecidedByContent() throws Exception {
        assertImported(upload("application/octet-stream", renderedMuyeDocx()));
        assertImported(upload("application/octet-stream", sample("muye-2023.txt")));
    }

    @Test
    void gbkTextIsDecodedToTheSameReportAsUtf8() throws Exception {
        // The sample holds a character or two GBK has no code for; a GBK file could not contain them.
        CharsetEncoder gbkEncoder = Charset.forName("GBK").newEncoder();
        String text = new String(sample("muye-2023.txt"), StandardCharsets.UTF_8).codePoints()
                .map(c -> gbkEncoder.canEncode(Character.toString(c)) ? c : ' ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        HttpResponse<byte[]> utf8 = upload("text/plain", text.getBytes(StandardCharsets.UTF_8));
        // Labelled as UTF-8 on purpose: clients mislabel GBK files, the importer trusts the bytes.
        HttpResponse<byte[]> gbk = upload("text/plain; charset=UTF-8", text.getBytes(Charset.forName("GBK")));
        assertImported(gbk);
        assertThat(json(gbk).get("report").get("title").asString())
                .isEqualTo("木叶乡人民政府关于2023年法治政府建设工作情况的报告");
        assertThat(json(gbk).get("report")).isEqualTo(json(utf8).get("report"));
    }

    @Test
    void emptyBodyIsA400Problem() throws Exception {
        JsonNode p = assertProblem(upload("text/plain", new byte[0]), 400);
        assertThat(p.get("code").asString()).isEqualTo("empty-input");
    }

    @Test
    void multipartWithoutAFilePartIsA400Problem() throws Exception {
        assertProblem(uploadPart("document", "报告.txt", "text/plain", sample("muye-2023.txt")), 400);
    }

    @Test
    void binaryGarbageIsA415Problem() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0x01;
        JsonNode p = assertProblem(upload("application/octet-stream", garbage), 415);
        assertThat(p.get("type").asString()).isEqualTo("urn:hongtou:problem:not-text");
    }

    @Test
    void zipThatIsNotADocxIsA415ProblemNamingTheMissingPart() throws Exception {
        byte[] zip = zip("hello.txt", "你好");
        JsonNode p = assertProblem(uploadPart("file", "报告.docx", ImportService.DOCX_MEDIA_TYPE, zip), 415);
        assertThat(p.get("code").asString()).isEqualTo("not-docx");
        assertThat(p.get("detail").asString()).contains("word/document.xml");
    }

    @Test
    void unsupportedContentTypeIsA415Problem() throws Exception {
        JsonNode p = assertProblem(upload("application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)), 415);
        assertThat(p.get("code").asString()).isEqualTo("unsupported-format");
    }

    @Test
    void bodyOverTheImportLimitIsA413() throws Exception {
        byte[] big = new byte[(int) ImportLimits.DEFAULT.maxInputBytes() + 1024];
        Arrays.fill(big, (byte) 'a');
        JsonNode p = assertProblem(upload("text/plain", big), 413);
        assertThat(p.get("code").asString()).isEqualTo("too-large");
    }

    @Test
    void multipartUploadOverTheImportLimitIsA413() throws Exception {
        byte[] big = new byte[(int) ImportLimits.DEFAULT.maxInputBytes() + 1024];
        Arrays.fill(big, (byte) 'a');
        JsonNode p = assertProblem(uploadPart("file", "big.txt", "text/plain", big), 413);
        assertThat(p.get("code").asString()).isEqualTo("too-large");
    }

    @Test
    void docxWithAnExternalEntityIsA422AndLeaksNothing() throws Exception {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        byte[] docx = zip("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
                "word/document.xml", xxe);
        HttpResponse<byte[]> r = upload(ImportService.DOCX_MEDIA_TYPE, docx);
        JsonNode p = assertProblem(r, 422);
        assertThat(p.get("code").asString()).isEqualTo("docx-unsafe-xml");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("root:");
    }
}
