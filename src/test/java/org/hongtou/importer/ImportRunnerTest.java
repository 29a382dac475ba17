package org.hongtou.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runner.run(in, out, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ImportRunner.OK);
        String json = Files.readString(out);
        assertThat(json).contains("\"date\" : \"2024-01-10\"").contains("\"role\" : \"measures\"");
        Report back = JsonMapper.builder().build().readValue(json, Report.class);
        assertThat(back).isEqualTo(new ImportService().importText(Files.readAllBytes(in)).report());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bookmark-removed").contains("year-mismatch");
    }

    @Test
    void importCommandReportsBadInputWithExitCodeOne() throws Exception {
        Path in = dir.resolve("empty.txt");
        Files.write(in, new byte[0]);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = runner.run(in, null, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ImportRunner.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty-input").contains("上传的文件是空的");
    }
}
