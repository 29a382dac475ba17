package org.hongtou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hongtou.max-body-size=1MB", "hongtou.batch.work-dir=target/test-work/api"})
class ReportApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TITLE = "木叶乡人民政府关于2023年法治政府建设情况的报告";

    @LocalServerPort
    int port;

    @Autowired
    org.hongtou.service.ReportService service;

    final HttpClient http = HttpClient.newHttpClient();

    static ObjectNode valid() {
        try (InputStream in = ReportApiTest.class.getResourceAsStream("/reports/valid.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    HttpResponse<byte[]> post(String path, String body) throws Exception {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        return JSON.readTree(r.body());
    }

    static List<String> pointers(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("pointer").asString()).toList();
    }

    static void assertProblem(HttpResponse<byte[]> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asString()).startsWith("urn:hongtou:problem:");
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("titleZh").asString()).isNotBlank();
    }

    @Test
    void validReportIsADocxAttachmentNamedByItsChineseTitle() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/reports", valid().toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo(DOCX);
        assertThat(r.body()).isNotEmpty();
        String cd = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(cd).startsWith("attachment; filename=\"report-2023.docx\"; filename*=UTF-8''");
        String encoded = cd.substring(cd.indexOf("UTF-8''") + 7);
        assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(TITLE + ".docx");
        assertThat(post("/api/v1/reports?format=docx", valid().toString()).headers()
                .firstValue("Content-Disposition")).contains(cd);
    }

    @Test
    void formatPdfIsAnAttachmentAndPreviewIsInline() throws Exception {
        HttpResponse<byte[]> pdf = post("/api/v1/reports?format=pdf", valid().toString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .endsWith(".pdf");
        HttpResponse<byte[]> preview = post("/api/v1/reports/preview", valid().toString());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");
        assertThat(new String(preview.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void malformedJsonIsA400ProblemWithLineAndColumn() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/reports", "{\n  \"authority\": \"木叶乡人民政府\",\n  \"year\": 2023,,\n}");
        assertProblem(r, 400);
        JsonNode p = json(r);
        assertThat(p.get("line").asInt()).isEqualTo(3);
        assertThat(p.get("column").asInt()).isPositive();
    }

    @Test
    void duplicateKeyIsMalformedJson() throws Exception {
        assertProblem(post("/api/v1/reports", "{\"authority\":\"甲\",\"year\":2023,\"year\":2024}"), 400);
    }

    @Test
    void schemaViolationsAreA422ListingEveryOneWithItsPointer() throws Exception {
        ObjectNode body = valid();
        body.remove("authority");
        body.put("year", "2023");
        body.put("colour", "red");
        ((ObjectNode) body.get("header")).put("copyNumber", "12");
        ((ObjectNode) body.get("signature")).put("date", "2024/01/05");
        ((ObjectNode) body.withArray("parts").get(0)).put("role", "achievements");
        HttpResponse<byte[]> r = post("/api/v1/reports", body.toString());
        assertProblem(r, 422);
        JsonNode p = json(r);
        assertThat(pointers(p)).contains("/authority", "/year", "/colour", "/header/copyNumber",
                "/signature/date", "/parts/0/role");
        for (JsonNode e : p.get("errors")) {
            assertThat(e.get("rule").asString()).isNotBlank();
            assertThat(e.get("messageZh").asString()).isNotBlank();
            assertThat(e.get("messageEn").asString()).isNotBlank();
        }
        JsonNode copy = p.get("errors").valueStream()
                .filter(e -> e.get("pointer").asString().equals("/header/copyNumber")).findFirst().orElseThrow();
        assertThat(copy.get("rule").asString()).isEqualTo("pattern");
        assertThat(copy.get("messageZh").asString()).contains("6位");
    }

    @Test
    void documentNumberInSquareBracketsIsA422ExplainingTheBrackets() throws Exception {
        ObjectNode body = valid();
        ((ObjectNode) body.get("header")).put("number", "木政[2024]3号");
        HttpResponse<byte[]> r = post("/api/v1/reports", body.toString());
        assertProblem(r, 422);
        JsonNode e = json(r).get("errors").get(0);
        assertThat(e.get("pointer").asString()).isEqualTo("/header/number");
        assertThat(e.get("messageZh").asString()).contains("〔〕");
        assertThat(e.get("messageEn").asString()).contains("hexagonal");
    }

    @Test
    void sectionsDeeperThanFourLevelsAreA422() throws Exception {
        ObjectNode body = valid();
        String deep = "{\"title\":\"二\",\"sections\":[{\"title\":\"三\",\"sections\":[{\"title\":\"四\","
                + "\"sections\":[{\"title\":\"五\"}]}]}]}";
        ((ObjectNode) body.withArray("parts").get(0)).set("sections", JSON.readTree("[" + deep + "]"));
        HttpResponse<byte[]> r = post("/api/v1/reports", body.toString());
        assertProblem(r, 422);
        assertThat(pointers(json(r))).contains("/parts/0/sections/0/sections/0/sections/0/sections");
    }

    @Test
    void customPartWithoutHeadingIsA422NotA500() throws Exception {
        ObjectNode body = valid();
        ((ObjectNode) body.withArray("parts").get(1)).put("role", "custom");
        HttpResponse<byte[]> r = post("/api/v1/reports", body.toString());
        assertProblem(r, 422);
        JsonNode e = json(r).get("errors").get(0);
        assertThat(e.get("pointer").asString()).isEqualTo("/parts/1/heading");
        assertThat(e.get("rule").asString()).isEqualTo("custom-part-heading");
    }

    @Test
    void bodyOverTheLimitIsA413() throws Exception {
        ObjectNode body = valid();
        ArrayNode opening = body.putArray("opening");
        String para = "全年开展法治宣传活动24场次，发放资料1200余份。".repeat(20);
        while (body.toString().getBytes(StandardCharsets.UTF_8).length < 1_100_000) {
            opening.add(para);
        }
        HttpResponse<byte[]> r = post("/api/v1/reports", body.toString());
        assertProblem(r, 413);
        assertThat(json(r).get("limit").asLong()).isEqualTo(1024 * 1024);
    }

    @Test
    void unknownTemplateIsA404NamingTheTemplateField() throws Exception {
        ObjectNode body = valid();
        body.put("template", "no-such-template");
        HttpResponse<byte[]> r = post("/api/v1/reports", body.toString());
        assertProblem(r, 404);
        assertThat(pointers(json(r))).containsExactly("/template");
    }

    @Test
    void controlCharacterIsA422NamingTheField() throws Exception {
        String body = valid().toString().replace("深化普法宣传", "深化\\u0007普法宣传");
        HttpResponse<byte[]> r = post("/api/v1/reports", body);
        assertProblem(r, 422);
        JsonNode e = json(r).get("errors").get(0);
        assertThat(e.get("pointer").asString()).isEqualTo("/parts/0/sections/1/title");
        assertThat(e.get("rule").asString()).isEqualTo("xml-char");
        assertThat(e.get("messageEn").asString()).contains("U+0007");
    }

    @Test
    void loneSurrogateIsA422NamingTheField() throws Exception {
        String body = valid().toString().replace("特此报告。", "特此报告\\ud800。");
        HttpResponse<byte[]> r = post("/api/v1/reports", body);
        assertProblem(r, 422);
        assertThat(pointers(json(r))).containsExactly("/closing/0");
    }

    @Test
    void unknownFormatIsA400ListingTheFormats() throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/reports?format=odt", valid().toString());
        assertProblem(r, 400);
        assertThat(json(r).get("available").valueStream().map(JsonNode::asString).toList()).contains("docx", "pdf");
    }

    @Test
    void schemaEndpointServesTheSchemaFileVerbatim() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/schema");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/schema+json");
        try (InputStream in = getClass().getResourceAsStream("/schema/report.schema.json")) {
            assertThat(r.body()).isEqualTo(in.readAllBytes());
        }
        JsonNode schema = json(r);
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    }

    @Test
    void templatesEndpointListsThePackagedTemplate() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/templates");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode t = json(r);
        assertThat(t.get("default").asString()).isEqualTo("fazhi-report");
        assertThat(t.get("templates").valueStream().map(n -> n.get("name").asString()).toList())
                .contains("fazhi-report");
    }

    @Test
    void healthEndpointSaysUp() throws Exception {
        HttpResponse<byte[]> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void twoThousandParagraphReportRenders() throws Exception {
        ObjectNode body = valid();
        ArrayNode paragraphs = ((ObjectNode) body.withArray("parts").get(0)).putArray("paragraphs");
        for (int i = 1; i <= 2000; i++) {
            paragraphs.add("第" + i + "段：全年受理矛盾纠纷114宗，成功调处110宗，调处成功率96.5%，群众满意度持续提升。");
        }
        HttpResponse<byte[]> r = post("/api/v1/reports", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Integer.parseInt(r.headers().firstValue("X-Hongtou-Pages").orElseThrow())).isGreaterThan(20);
    }

    @Test
    void checkListsMissingPartsAndHalfWidthPunctuationAsWarnings() throws Exception {
        ObjectNode body = valid();
        ArrayNode parts = body.withArray("parts");
        parts.remove(3);
        parts.remove(2);
        body.putArray("opening").add("现将2022年度法治政府建设情况汇报如下:");
        HttpResponse<byte[]> r = post("/api/v1/reports/check", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode c = json(r);
        assertThat(c.get("valid").asBoolean()).isTrue();
        List<String> rules = c.get("warnings").valueStream().map(w -> w.get("rule").asString()).toList();
        assertThat(rules).contains("incomplete-report", "year-mismatch", "ascii-punctuation");
        JsonNode incomplete = c.get("warnings").valueStream()
                .filter(w -> w.get("rule").asString().equals("incomplete-report")).findFirst().orElseThrow();
        assertThat(incomplete.get("messageEn").asString()).contains("leadership", "plans");
    }

    @Test
    void checkOfInvalidDataIsA200WithTheErrors() throws Exception {
        ObjectNode body = valid();
        body.put("year", "二〇二三");
        HttpResponse<byte[]> r = post("/api/v1/reports/check", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("valid").asBoolean()).isFalse();
        assertThat(pointers(json(r))).contains("/year");
    }

    @Test
    void glyphWarningsTravelInTheResponseHeader() throws Exception {
        String body = valid().toString().replace("特此报告。", "特此报告" + org.hongtou.TestEngine.NO_GLYPH + "。");
        HttpResponse<byte[]> r = post("/api/v1/reports?format=pdf", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Integer.parseInt(r.headers().firstValue(WarningsHeader.COUNT).orElseThrow())).isPositive();
        String list = URLDecoder.decode(r.headers().firstValue(WarningsHeader.LIST).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(list).valueStream().map(w -> w.get("rule").asString()).toList())
                .contains("missing-glyph");
    }
}
