package org.hongtou.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hongtou.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ImportRunnerTest {

    @TempDir
    Path dir;

    private final ImportRunner runner = new ImportRunner(new ImportService());

    @Test
    void importCommandWritesJsonThatReadsBackAsTheSameReport() throws Exception {
        Path in = dir.resolve("sifaju.txt");
        Files.writeString(in, TextImportTest.resource("/importer/sifaju-2023.txt"));
        Path out = dir.resolve("data.json");
        StringWriter err = new StringWriter();
        int code = runner.run(in, out, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ImportRunner.OK);
        String json = Files.readString(out);
        assertThat(json).contains("\"date\" : \"2024-01-10\"").contains("\"role\" : \"measures\"");
        Report back = JsonMapper.builder().build().readValue(json, Report.class);
        assertThat(back).isEqualTo(new ImportService().importText(Files.readAllBytes(in)).report());
        assertThat(err.toString()).contains("bookmark-removed").contains("year-mismatch");
    }

    @Test
    void withoutOutputFileTheJsonGoesToStandardOutputAndTheChangesToStandardError() throws Exception {
        Path in = dir.resolve("hexi.txt");
        Files.writeString(in, TextImportTest.resource("/importer/hexi-2024.txt"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(runner.run(in, null, new PrintWriter(out), new PrintWriter(err))).isEqualTo(ImportRunner.OK);
        Report back = JsonMapper.builder().build().readValue(out.toString(), Report.class);
        assertThat(back.header().number()).isEqualTo("河政〔2025〕5号");
        assertThat(out.toString()).doesNotContain("null");
        assertThat(err.toString()).contains("heading-renumbered").doesNotContain("\"parts\"");
    }

    @Test
    void importCommandReportsBadInputWithExitCodeOne() throws Exception {
        Path in = dir.resolve("empty.txt");
        Files.write(in, new byte[0]);
        StringWriter err = new StringWriter();
        int code = runner.run(in, null, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ImportRunner.BAD_INPUT);
        assertThat(err.toString()).contains("empty-input").contains("上传的文件是空的");
    }
}
