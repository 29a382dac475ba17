package org.hongtou.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hongtou.validation.Finding;
import tools.jackson.databind.json.JsonMapper;

/**
 * Warnings that travel with a file response, where there is no body to put them in:
 * {@code X-Hongtou-Warning-Count} is the number of warnings; {@code X-Hongtou-Warnings} is a
 * JSON array of findings (pointer, rule, severity, messageZh, messageEn), UTF-8, percent-encoded
 * (RFC 3986) so the header stays ASCII. The list is cut to keep the header under
 * {@link #MAX_CHARS}; the count is always the full number (POST /api/v1/reports/check gives all).
 */
public final class WarningsHeader {

    public static final String COUNT = "X-Hongtou-Warning-Count";
    public static final String LIST = "X-Hongtou-Warnings";
    static final int MAX_CHARS = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WarningsHeader() {
    }

    public static String encode(List<Finding> warnings) {
        List<Map<String, Object>> kept = new ArrayList<>();
        String encoded = "%5B%5D";
        for (Finding f : warnings) {
            kept.add(FindingsJson.of(f));
            String next = ContentDispositions.encode(JSON.writeValueAsString(kept));
            if (next.length() > MAX_CHARS) {
                break;
            }
            encoded = next;
        }
        return encoded;
    }
}
