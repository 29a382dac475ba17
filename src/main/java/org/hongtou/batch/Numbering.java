package org.hongtou.batch;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assigns document numbers from a pattern such as 鲁政〔2025〕{n}号, starting at {@code start},
 * to the reports of a batch that bring no number of their own, in batch order. A report without
 * a header (the public copy) has no number and takes none.
 */
public record Numbering(String pattern, int start) {

    public static final String PLACEHOLDER = "{n}";

    public Numbering {
        if (pattern == null || !pattern.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("numbering pattern must contain " + PLACEHOLDER + ": " + pattern);
        }
        if (start < 1) {
            throw new IllegalArgumentException("numbering starts at 1 or more, not " + start);
        }
    }

    public String number(int n) {
        return pattern.replace(PLACEHOLDER, Integer.toString(n));
    }

    /** Whether the entry as the user wrote it (before defaults) has its own number. */
    static boolean hasOwnNumber(JsonNode entry) {
        JsonNode n = entry.path("header").path("number");
        return n.isString() && !n.asString().isBlank();
    }

    /** Writes the number into the merged report; false when it has no header to carry one. */
    boolean assign(ObjectNode merged, int n) {
        JsonNode header = merged.get("header");
        if (!(header instanceof ObjectNode h)) {
            return false;
        }
        h.put("number", number(n));
        return true;
    }
}
