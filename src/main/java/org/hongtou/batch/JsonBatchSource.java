package org.hongtou.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.hongtou.validation.MalformedJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A batch as one JSON document on disk:
 * <pre>{ "defaults": {…}, "numbering": {"pattern": "鲁政〔2025〕{n}号", "start": 1}, "reports": [ {…}, … ] }</pre>
 * Opening it streams through the whole file once: a syntax error anywhere is a
 * {@link MalformedJsonException} before anything is rendered, and the reports are counted
 * without being kept. Iterating streams again and materialises one entry at a time.
 */
public final class JsonBatchSource implements BatchSource {

    private final Path file;
    // Entries are read one by one from the middle of the stream, so trailing tokens are expected.
    private final JsonMapper mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private final ObjectNode defaults;
    private final Numbering numbering;
    private final int total;

    public JsonBatchSource(Path file) {
        this.file = file;
        ObjectNode foundDefaults = mapper.createObjectNode();
        Numbering foundNumbering = null;
        int count = -1;
        try (JsonParser p = mapper.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw BatchFormatException.at("", "批量数据应为 JSON 对象", "a batch is a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "defaults" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw BatchFormatException.at("/defaults", "defaults 应为对象", "defaults must be an object");
                        }
                        foundDefaults = (ObjectNode) mapper.readTree(p);
                    }
                    case "numbering" -> foundNumbering = numbering(mapper.readTree(p));
                    case "reports" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw BatchFormatException.at("/reports", "reports 应为数组", "reports must be an array");
                        }
                        count = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            p.skipChildren();
                            count++;
                        }
                    }
                    default -> throw BatchFormatException.at("/" + name, "未知的批量字段 " + name
                            + "（只允许 defaults、numbering、reports）", "unknown batch field " + name
                            + " (only defaults, numbering, reports)");
                }
            }
            if (p.nextToken() != null) {
                throw new MalformedJsonException("trailing content after the batch object", -1, -1, null);
            }
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            throw new MalformedJsonException(e.getOriginalMessage(), loc == null ? -1 : loc.getLineNr(),
                    loc == null ? -1 : loc.getColumnNr(), e);
        }
        if (count < 0) {
            throw BatchFormatException.at("/reports", "缺少 reports 数组", "the batch has no reports array");
        }
        this.defaults = foundDefaults;
        this.numbering = foundNumbering;
        this.total = count;
    }

    static Numbering numbering(JsonNode n) {
        if (!n.isObject() || !n.path("pattern").isString()) {
            throw BatchFormatException.at("/numbering", "numbering 应为 {\"pattern\": \"…〔2025〕{n}号\", \"start\": 1}",
                    "numbering is {\"pattern\": \"…〔2025〕{n}号\", \"start\": 1}");
        }
        try {
            return new Numbering(n.get("pattern").asString(), n.path("start").asInt(1));
        } catch (IllegalArgumentException e) {
            throw BatchFormatException.at("/numbering", "numbering 的 pattern 须含 {n}，start 须不小于 1",
                    e.getMessage());
        }
    }

    @Override
    public int total() {
        return total;
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
        JsonParser p = mapper.createParser(file.toFile());
        try {
            p.nextToken();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("reports")) {
                    break;
                }
                p.skipChildren();
            }
        } catch (JacksonException e) {
            p.close();
            throw e;
        }
        return new Iterator<>() {
            int index;
            boolean done;
            JsonNode next = advance();

            private JsonNode advance() {
                if (done) {
                    return null;
                }
                JsonToken t = p.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) {
                    done = true;
                    p.close();
                    return null;
                }
                return mapper.readTree(p);
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BatchEntry next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                BatchEntry e = new BatchEntry(index, "/reports/" + index, next, null);
                index++;
                next = advance();
                return e;
            }
        };
    }

    /** Copies at most {@code limit} bytes of a stream to a file: the spool the batch reads from. */
    public static void spool(java.io.InputStream in, Path to, long limit) {
        try (var out = java.nio.file.Files.newOutputStream(to)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw new org.hongtou.validation.BodyTooLargeException(limit);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
