package org.hongtou.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.hongtou.validation.Finding;
import org.hongtou.validation.JsonInput;
import org.hongtou.validation.MalformedJsonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A folder of per-township JSON files (one report each, sorted by file name) with an optional
 * {@value #DEFAULTS} holding the shared defaults object. A file that is not JSON fails only its
 * own report.
 */
public final class FolderBatchSource implements BatchSource {

    public static final String DEFAULTS = "defaults.json";

    private final List<Path> files;
    private final ObjectNode defaults;
    private final Numbering numbering;
    private final JsonInput reader;

    public FolderBatchSource(Path folder, Numbering numbering, long maxFileBytes) {
        this.numbering = numbering;
        this.reader = new JsonInput(maxFileBytes);
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(DEFAULTS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path d = folder.resolve(DEFAULTS);
        if (Files.isRegularFile(d)) {
            JsonNode node;
            try {
                node = JsonMapper.builder().build().readTree(d.toFile());
            } catch (tools.jackson.core.JacksonException e) {
                throw new MalformedJsonException(DEFAULTS + ": " + e.getOriginalMessage(),
                        e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                        e.getLocation() == null ? -1 : e.getLocation().getColumnNr(), e);
            }
            if (!(node instanceof ObjectNode o)) {
                throw BatchFormatException.at("", DEFAULTS + " 应为对象", DEFAULTS + " must be an object");
            }
            defaults = o;
        } else {
            defaults = JsonMapper.builder().build().createObjectNode();
        }
    }

    @Override
    public int total() {
        return files.size();
    }

    @Override
    public ObjectNode defaults() {
        return defaults;
    }

    @Override
    public Numbering numbering() {
        return numbering;
    }

    @Override
    public Iterator<BatchEntry> entries() {
        Iterator<Path> it = files.iterator();
        return new Iterator<>() {
            int index;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public BatchEntry next() {
                Path f = it.next();
                int i = index++;
                String name = f.getFileName().toString();
                try (var in = Files.newInputStream(f)) {
                    return new BatchEntry(i, name, reader.read(in), null);
                } catch (MalformedJsonException e) {
                    return new BatchEntry(i, name, null, Finding.error("", "malformed-json",
                            "文件不是有效的 JSON：第 " + e.line() + " 行第 " + e.column() + " 列",
                            "not valid JSON at line " + e.line() + ", column " + e.column() + ": " + e.getMessage()));
                } catch (RuntimeException e) {
                    return new BatchEntry(i, name, null, Finding.error("", "unreadable",
                            "文件无法读取：" + e.getMessage(), "cannot read the file: " + e.getMessage()));
                } catch (IOException e) {
                    return new BatchEntry(i, name, null, Finding.error("", "unreadable",
                            "文件无法读取：" + e.getMessage(), "cannot read the file: " + e.getMessage()));
                }
            }
        };
    }
}
