package org.hongtou.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hongtou.TestEngine;
import org.hongtou.validation.MalformedJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class BatchMergeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void entryValuesWinAndObjectsMergeDeeply() {
        ObjectNode defaults = (ObjectNode) JSON.readTree(
                "{\"year\":2024,\"header\":{\"signers\":[\"李四\"],\"copyNumber\":\"000001\"},\"recipients\":[\"甲\",\"乙\"]}");
        ObjectNode entry = (ObjectNode) JSON.readTree(
                "{\"authority\":\"木叶乡人民政府\",\"header\":{\"copyNumber\":\"000002\"},\"recipients\":[\"丙\"]}");
        ObjectNode merged = DeepMerge.merge(defaults, entry);
        assertThat(merged.get("year").asInt()).isEqualTo(2024);
        assertThat(merged.get("header").get("signers").get(0).asString()).isEqualTo("李四");
        assertThat(merged.get("header").get("copyNumber").asString()).isEqualTo("000002");
        assertThat(merged.get("recipients").size()).isEqualTo(1);
        assertThat(defaults.get("header").get("copyNumber").asString()).isEqualTo("000001");
    }

    @Test
    void explicitNullRemovesTheDefault() {
        ObjectNode defaults = (ObjectNode) JSON.readTree("{\"header\":{\"signers\":[\"李四\"]},\"year\":2024}");
        ObjectNode merged = DeepMerge.merge(defaults, (ObjectNode) JSON.readTree("{\"header\":null}"));
        assertThat(merged.has("header")).isFalse();
    }

    @Test
    void numbersAreAssignedInOrderToReportsWithoutTheirOwn() throws Exception {
        ObjectNode batch = BatchFixtures.batch(3);
        ((ObjectNode) batch.get("reports").get(1)).putObject("header").put("number", "鲁法治办〔2025〕99号");
        JsonNode manifest = manifest(run(batch, "docx"));
        assertThat(manifest.get("reports").valueStream().map(r -> r.get("number").asString()).toList())
                .containsExactly("鲁法治办〔2025〕1号", "鲁法治办〔2025〕99号", "鲁法治办〔2025〕2号");
    }

    @Test
    void malformedBatchFailsBeforeRendering() throws Exception {
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, "{\"reports\":[{\"authority\":\"甲\"},]");
        assertThatThrownBy(() -> new JsonBatchSource(f)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void folderWithDefaultsFileRendersEachFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve(FolderBatchSource.DEFAULTS), BatchFixtures.defaults().toString());
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve(String.format("%02d.json", i)), BatchFixtures.report(i).toString());
        }
        Files.writeString(dir.resolve("03.json"), "{ not json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary s = new BatchRunner(TestEngine.service()).run(
                new FolderBatchSource(dir, new Numbering("木政〔2025〕{n}号", 5), 1 << 20),
                BatchOptions.parse("docx", false), out, BatchProgress.NONE, () -> false);
        assertThat(s.rendered()).isEqualTo(3);
        assertThat(s.failed()).isEqualTo(1);
        JsonNode manifest = manifest(out.toByteArray());
        assertThat(manifest.get("reports").get(0).get("number").asString()).isEqualTo("木政〔2025〕5号");
        assertThat(manifest.get("reports").get(3).get("errors").get(0).get("rule").asString())
                .isEqualTo("malformed-json");
    }

    static byte[] run(ObjectNode batch, String formats) throws Exception {
        Path f = Files.createTempFile("batch", ".json");
        try {
            Files.writeString(f, batch.toString());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonBatchSource source = new JsonBatchSource(f)) {
                new BatchRunner(TestEngine.service()).run(source, BatchOptions.parse(formats, false), out,
                        BatchProgress.NONE, () -> false);
            }
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(f);
        }
    }

    static JsonNode manifest(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(BatchRunner.MANIFEST)) {
                    return JSON.readTree(in.readAllBytes());
                }
            }
        }
        throw new AssertionError("no manifest");
    }

    static List<String> names(byte[] zip) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
