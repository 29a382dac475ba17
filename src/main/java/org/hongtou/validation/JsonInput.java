package org.hongtou.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns request bytes into a JSON tree: at most {@code maxBytes} are read (a larger body is a
 * {@link BodyTooLargeException} without buffering the rest), and a syntax error becomes a
 * {@link MalformedJsonException} with line and column. Duplicate keys are a syntax error here:
 * which of two "year"s did the user mean?
 */
public final class JsonInput {

    private final JsonMapper mapper;
    private final long maxBytes;

    public JsonInput(long maxBytes) {
        this.maxBytes = maxBytes;
        this.mapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public JsonNode read(InputStream in) {
        byte[] bytes = readLimited(in, maxBytes);
        return parse(bytes);
    }

    /** Reads everything, failing as soon as more than {@code limit} bytes arrive. */
    public static byte[] readLimited(InputStream in, long limit) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new BodyTooLargeException(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new MalformedJsonException("empty body", 1, 1, null);
        }
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJsonException("empty body", 1, 1, null);
            }
            return node;
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? -1 : loc.getLineNr();
            int column = loc == null ? -1 : loc.getColumnNr();
            throw new MalformedJsonException(e.getOriginalMessage(), line, column, e);
        }
    }
}
