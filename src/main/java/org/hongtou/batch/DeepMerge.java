package org.hongtou.batch;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Batch defaults under an entry: objects merge key by key, all the way down; anything else in
 * the entry (a string, a number, an array) replaces the default whole; an explicit null in the
 * entry removes the default (e.g. "header": null for a public copy when the defaults have one).
 */
public final class DeepMerge {

    private DeepMerge() {
    }

    /** A new object: {@code defaults} with {@code entry} laid over it. Neither input is changed. */
    public static ObjectNode merge(ObjectNode defaults, ObjectNode entry) {
        ObjectNode out = defaults.deepCopy();
        overlay(out, entry);
        return out;
    }

    private static void overlay(ObjectNode target, ObjectNode over) {
        for (Map.Entry<String, JsonNode> e : over.properties()) {
            JsonNode value = e.getValue();
            JsonNode existing = target.get(e.getKey());
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value instanceof ObjectNode o && existing instanceof ObjectNode t) {
                overlay(t, o);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }
}
