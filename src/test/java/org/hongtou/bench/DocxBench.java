package org.hongtou.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.hongtou.docx.DocxRenderer;
import org.hongtou.document.Document;
import org.hongtou.document.MarkupParser;
import org.hongtou.model.Report;
import org.hongtou.template.TemplateEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a DOCX costs: median and p90 of rendering each sample report, after warm-up. Not a test
 * (no timing assertions on a shared 2-core box); run it with
 * {@code mvn -B test -Dtest=DocxBench -Dbench=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DocxBench {

    private static final int WARM_UP = 50;
    private static final int RUNS = 300;

    @Test
    void renderSamples() throws Exception {
        DocxRenderer renderer = new DocxRenderer();
        long t0 = System.nanoTime();
        renderer.warmUp();
        System.out.printf("[bench] docx warm-up (first document, JAXB set-up): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        TemplateEngine engine = new TemplateEngine(Path.of("templates"));
        MarkupParser parser = new MarkupParser();
        JsonMapper json = JsonMapper.builder().build();
        for (String name : new String[] {"muye-2023", "gunziying-2023", "guanyinsi-2024"}) {
            Report report = json.readValue(Files.readAllBytes(Path.of("samples", name + ".json")), Report.class);
            Document doc = parser.parse(engine.render(report));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < WARM_UP; i++) {
                out.reset();
                renderer.render(doc, out);
            }
            double[] ms = new double[RUNS];
            int pages = 0;
            for (int i = 0; i < RUNS; i++) {
                out.reset();
                long s = System.nanoTime();
                pages = renderer.render(doc, out).pages();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("[bench] docx %s: %d pages, %d KB, median %.1f ms, p90 %.1f ms over %d runs%n",
                    name, pages, out.size() / 1024, ms[RUNS / 2], ms[RUNS * 9 / 10], RUNS);
        }
    }
}
