package org.hongtou.batch;

import org.hongtou.validation.Finding;
import tools.jackson.databind.JsonNode;

/**
 * One report of a batch as read from its source, before defaults.
 *
 * @param index  0-based position in the batch
 * @param source where it came from: the JSON Pointer /reports/3 or a file name
 * @param node   the entry's JSON; null when it could not be read
 * @param error  why it could not be read (malformed file); null when it was
 */
public record BatchEntry(int index, String source, JsonNode node, Finding error) {
}
