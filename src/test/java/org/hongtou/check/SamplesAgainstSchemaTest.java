package org.hongtou.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hongtou.TestEngine;
import org.hongtou.service.CheckResult;
import org.hongtou.service.ReportService;
import org.hongtou.validation.Finding;
import org.junit.jupiter.api.Test;

/** The importer's samples are the schema's real-world input: they must pass it. */
class SamplesAgainstSchemaTest {

    final ReportService service = TestEngine.service();

    static List<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everySampleIsValidAgainstTheSchema() throws Exception {
        assertThat(samples()).isNotEmpty();
        for (Path p : samples()) {
            CheckResult r = service.check(service.read(Files.newInputStream(p)));
            assertThat(r.errors()).as(p.toString()).isEmpty();
        }
    }

    @Test
    void muyeIsIncompleteItLacksLeadershipAndPlans() throws Exception {
        CheckResult r = service.check(service.read(Files.newInputStream(Path.of("samples/muye-2023.json"))));
        assertThat(r.warnings()).extracting(Finding::rule).contains("incomplete-report");
    }
}
