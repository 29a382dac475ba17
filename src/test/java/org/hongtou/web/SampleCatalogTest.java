package org.hongtou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SampleCatalogTest {

    private final SampleCatalog fixture = new SampleCatalog("classpath:web-samples");

    @Test
    void samplesAreListedByNameInStableOrderWithTheirAuthorityAndYear() {
        assertThat(fixture.list()).containsExactly(
                new SampleCatalog.SampleInfo("a-town-2023", "甲乡人民政府", 2023, "甲乡人民政府关于2023年法治政府建设情况的报告"),
                new SampleCatalog.SampleInfo("b-town-2024", "乙镇人民政府", 2024, null));
    }

    @Test
    void aSampleIsServedExactlyAsStored() throws IOException {
        byte[] stored = Files.readAllBytes(Path.of("src/test/resources/web-samples/b-town-2024.json"));
        assertThat(fixture.read("b-town-2024")).hasValueSatisfying(b -> assertThat(b).isEqualTo(stored));
        assertThat(new String(fixture.read("b-town-2024").orElseThrow(), StandardCharsets.UTF_8)).contains("乙镇");
    }

    @Test
    void namesThatCouldLeaveTheSamplesFolderAreNotFound() {
        assertThat(fixture.read("../application")).isEmpty();
        assertThat(fixture.read("a-town-2023/../b-town-2024")).isEmpty();
        assertThat(fixture.read("")).isEmpty();
        assertThat(fixture.read("no-such-town")).isEmpty();
    }

    @Test
    void everyTopLevelSampleIsPackagedAndOffered() throws IOException {
        Path folder = Path.of("samples");
        List<String> onDisk;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            }
        } else {
            onDisk = List.of();
        }
        assertThat(new SampleCatalog("classpath:samples/").list())
                .extracting(SampleCatalog.SampleInfo::name).containsExactlyElementsOf(onDisk);
    }
}
