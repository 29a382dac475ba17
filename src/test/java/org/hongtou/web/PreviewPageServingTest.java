package org.hongtou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the page needs comes from the jar, with no npm step and no browser: the page itself,
 * pdf.js from its WebJar (as JavaScript, which module scripts insist on), and the samples.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PreviewPageServingTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageIsServedAtTheRootInChinese() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"zh-CN\"", "app.js", "下载 Word", "下载 PDF");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/app.css").statusCode()).isEqualTo(200);
    }

    @Test
    void pdfJsIsServedFromItsWebJarAsJavaScriptWithoutNamingItsVersion() throws Exception {
        for (String file : new String[] {"pdf.min.mjs", "pdf.worker.min.mjs"}) {
            HttpResponse<String> js = get("/webjars/pdfjs-dist/build/" + file);
            assertThat(js.statusCode()).as(file).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type")).as(file).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/javascript"));
        }
    }

    @Test
    void samplesAreListedAndServedAsJson() throws Exception {
        HttpResponse<String> list = get("/api/v1/samples");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        for (SampleCatalog.SampleInfo s : new SampleCatalog("classpath:samples/").list()) {
            assertThat(list.body()).contains("\"" + s.name() + "\"");
            HttpResponse<String> one = get("/api/v1/samples/" + s.name());
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).contains("\"authority\"");
        }
    }

    @Test
    void anUnknownSampleIsAProblemNotFound() throws Exception {
        HttpResponse<String> missing = get("/api/v1/samples/no-such-town");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("没有这个样例");
    }
}
