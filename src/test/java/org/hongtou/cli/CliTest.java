package org.hongtou.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.hongtou.TestEngine;
import org.hongtou.batch.BatchFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class CliTest {

    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void useTestRenderers() {
        EngineOptions.renderers = TestEngine::renderers;
    }

    @AfterAll
    static void reset() {
        EngineOptions.renderers = null;
    }

    int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    Path write(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content);
    }

    static String validReport() {
        ObjectNode r = BatchFixtures.report(0);
        r.setAll(BatchFixtures.defaults());
        return r.toString();
    }

    @Test
    void renderWritesTheFileAndExitsZero() throws Exception {
        Path data = write("r.json", validReport());
        Path docx = tmp.resolve("out.docx");
        assertThat(run("render", data.toString(), "-o", docx.toString())).isEqualTo(Cli.OK);
        assertThat(Files.size(docx)).isPositive();
        assertThat(out.toString()).contains("out.docx");
    }

    @Test
    void renderOfInvalidDataExitsOneNamingThePointer() throws Exception {
        Path data = write("r.json", validReport().replace("\"year\":2024", "\"year\":\"2024\""));
        assertThat(run("render", data.toString(), "-o", tmp.resolve("x.docx").toString())).isEqualTo(Cli.REPORT_FAILED);
        assertThat(err.toString()).contains("/year", "[type]");
        assertThat(Files.exists(tmp.resolve("x.docx"))).isFalse();
    }

    @Test
    void renderOfMalformedJsonExitsOneWithLineAndColumn() throws Exception {
        Path data = write("r.json", "{\n\"year\": 2024,,\n}");
        assertThat(run("render", data.toString())).isEqualTo(Cli.REPORT_FAILED);
        assertThat(err.toString()).contains("r.json:2:");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("render", "--no-such-option")).isEqualTo(Cli.USAGE);
    }

    @Test
    void missingInputFileIsAnIoError() {
        assertThat(run("render", tmp.resolve("absent.json").toString())).isEqualTo(Cli.IO_ERROR);
    }

    @Test
    void checkExitsZeroWithWarningsAndOneWithErrors() throws Exception {
        ObjectNode r = (ObjectNode) BatchFixtures.JSON.readTree(validReport());
        r.withArray("parts").remove(3);
        assertThat(run("check", write("ok.json", r.toString()).toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("incomplete-report", "valid");
        r.put("colour", "red");
        assertThat(run("check", write("bad.json", r.toString()).toString())).isEqualTo(Cli.REPORT_FAILED);
    }

    @Test
    void batchOfAFolderExitsOneWhenAnyReportFailedAndZeroWhenNone() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("townships"));
        Files.writeString(dir.resolve("defaults.json"), BatchFixtures.defaults().toString());
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("t" + i + ".json"), BatchFixtures.report(i).toString());
        }
        Path zip = tmp.resolve("out.zip");
        assertThat(run("batch", dir.toString(), "-o", zip.toString(), "--format", "docx,pdf", "--no-progress",
                "--number-pattern", "鲁政〔2025〕{n}号")).isEqualTo(Cli.OK);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.size()).isEqualTo(7);
        }
        assertThat(out.toString()).contains("3 rendered", "0 failed");

        Files.writeString(dir.resolve("t9.json"), "{\"authority\": 1}");
        assertThat(run("batch", dir.toString(), "-o", zip.toString(), "--no-progress")).isEqualTo(Cli.REPORT_FAILED);
        assertThat(err.toString()).contains("failed: t9.json", "/authority");
    }

    @Test
    void batchOfAMalformedFileExitsOne() throws Exception {
        Path f = write("batch.json", "{\"reports\": [");
        assertThat(run("batch", f.toString(), "-o", tmp.resolve("o.zip").toString())).isEqualTo(Cli.REPORT_FAILED);
    }
}
