package org.hongtou.validation;

import java.util.ArrayList;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "field": null means the same as leaving the field out (the model's documented default), so
 * such properties are removed before the schema sees them. Nulls inside arrays stay: a null
 * paragraph is a mistake the schema should name.
 */
public final class NullFields {

    private NullFields() {
    }

    public static void strip(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            for (Map.Entry<String, JsonNode> e : new ArrayList<>(obj.properties())) {
                if (e.getValue().isNull()) {
                    obj.remove(e.getKey());
                } else {
                    strip(e.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode child : node) {
                strip(child);
            }
        }
    }
}
