package org.hongtou.batch;

/**
 * How a batch went.
 *
 * @param total     reports in the batch
 * @param rendered  reports whose every file was written
 * @param failed    reports that failed validation or rendering
 * @param warnings  reports rendered with warnings
 * @param cancelled whether the batch stopped early because it was cancelled
 */
public record BatchSummary(int total, int rendered, int failed, int warnings, boolean cancelled) {
}
