package org.hongtou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hongtou.batch.BatchFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hongtou.batch.work-dir=target/test-work/batch-api"})
class BatchApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** 20 townships; #5 has an invalid field, #11 a wrong type, #17 a character no font has. */
    static ObjectNode twentyWithThreeProblems() {
        ObjectNode batch = BatchFixtures.batch(20);
        ((ObjectNode) batch.get("reports").get(5)).putObject("header").put("copyNumber", "12");
        ((ObjectNode) batch.get("reports").get(11)).put("year", "2024");
        ((ObjectNode) batch.get("reports").get(17)).putArray("closing").add("特此报告" + org.hongtou.TestEngine.NO_GLYPH + "。");
        return batch;
    }

    @Test
    void twentyReportBatchRendersEighteenAndExplainsTheThreeProblemsInTheManifest() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/batches?format=both", twentyWithThreeProblems().toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, byte[]> files = unzip(r.body());
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.get("summary").get("rendered").asInt()).isEqualTo(18);
        assertThat(manifest.get("summary").get("failed").asInt()).isEqualTo(2);
        assertThat(files.keySet().stream().filter(n -> n.endsWith(".docx"))).hasSize(18);
        assertThat(files.keySet().stream().filter(n -> n.endsWith(".pdf"))).hasSize(18);
        assertThat(files).containsKey("木叶乡人民政府-2024.docx");

        JsonNode invalid = manifest.get("reports").get(5);
        assertThat(invalid.get("status").asString()).isEqualTo("failed");
        assertThat(invalid.get("errors").get(0).get("pointer").asString()).isEqualTo("/header/copyNumber");
        JsonNode wrongType = manifest.get("reports").get(11);
        assertThat(wrongType.get("status").asString()).isEqualTo("failed");
        assertThat(wrongType.get("errors").get(0).get("pointer").asString()).isEqualTo("/year");
        assertThat(wrongType.get("errors").get(0).get("rule").asString()).isEqualTo("type");
        JsonNode glyph = manifest.get("reports").get(17);
        assertThat(glyph.get("status").asString()).isEqualTo("rendered-with-warnings");
        assertThat(glyph.get("warnings").valueStream().map(w -> w.get("rule").asString()).toList())
                .contains("missing-glyph");

        JsonNode first = manifest.get("reports").get(0);
        assertThat(first.get("files").size()).isEqualTo(2);
        for (JsonNode f : first.get("files")) {
            byte[] data = files.get(f.get("name").asString());
            assertThat(f.get("sha256").asString()).isEqualTo(sha256(data));
            assertThat(f.get("pages").asInt()).isPositive();
        }
    }

    @Test
    void sameBatchTwiceGivesIdenticalZipEntries() throws Exception {
        String batch = BatchFixtures.batch(4).toString();
        HttpResponse<byte[]> ra = post("/api/v1/batches?format=docx,pdf", batch);
        assertThat(ra.statusCode()).as(new String(ra.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        byte[] a = ra.body();
        byte[] b = post("/api/v1/batches?format=docx,pdf", batch).body();
        Map<String, byte[]> ea = unzip(a);
        Map<String, byte[]> eb = unzip(b);
        assertThat(ea).containsKey("manifest.json").hasSize(9);
        assertThat(ea.keySet()).containsExactlyElementsOf(eb.keySet());
        ea.forEach((name, data) -> assertThat(data).as(name).isEqualTo(eb.get(name)));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void combinedPdfHoldsEveryPageOfEveryReport() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/batches?format=pdf&combined=true", BatchFixtures.batch(3).toString());
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, byte[]> files = unzip(r.body());
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        int pages = manifest.get("reports").valueStream().mapToInt(e -> e.get("files").get(0).get("pages").asInt()).sum();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(files.get("combined.pdf"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
        }
    }

    @Test
    void malformedBatchIsA400BeforeAnyZip() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/batches", "{\"reports\":[{\"authority\":\"甲\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void batchWithoutReportsArrayIsA422() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/batches", "{\"defaults\":{}}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("errors").get(0).get("pointer").asString()).isEqualTo("/reports");
    }

    @Test
    void asyncJobAnswers202AndRunsToCompletionWhenPolled() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/batches?mode=async&format=docx", BatchFixtures.batch(5).toString());
        assertThat(r.statusCode()).isEqualTo(202);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/v1/batches/");
        JsonNode state = JSON.readTree(r.body());
        assertThat(state.get("total").asInt()).isEqualTo(5);
        for (int i = 0; i < 600 && !state.get("state").asString().equals("done"); i++) {
            Thread.sleep(100);
            state = JSON.readTree(get(location).body());
            assertThat(state.get("state").asString()).isIn("queued", "running", "done");
        }
        assertThat(state.get("state").asString()).isEqualTo("done");
        assertThat(state.get("done").asInt()).isEqualTo(5);
        HttpResponse<byte[]> zip = get(location + "/result");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(unzip(zip.body()).keySet()).contains("manifest.json").hasSize(6);
    }

    @Test
    void unknownJobIsA404Problem() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/batches/00000000-0000-0000-0000-000000000000");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    static String sha256(byte[] data) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

}
