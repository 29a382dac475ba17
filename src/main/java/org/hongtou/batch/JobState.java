package org.hongtou.batch;

/**
 * An async batch job as stored in {@code <work-dir>/<id>/state.json} and reported by
 * GET /api/v1/batches/{id}.
 *
 * @param id         the job id
 * @param state      queued, running, done, failed or cancelled
 * @param total      reports in the batch (0 until known)
 * @param done       reports finished (rendered or failed)
 * @param failed     reports that failed
 * @param formats    formats requested, e.g. docx,pdf
 * @param combined   whether a combined PDF was requested
 * @param createdAt  ISO-8601 instant the job was accepted
 * @param finishedAt ISO-8601 instant it ended; null while queued or running
 * @param restarts   how many times a service restart interrupted it and it was resumed
 * @param message    why it failed or how it was resumed; null otherwise
 */
public record JobState(String id, String state, int total, int done, int failed, String formats, boolean combined,
        String createdAt, String finishedAt, int restarts, String message) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public boolean finished() {
        return DONE.equals(state) || FAILED.equals(state) || CANCELLED.equals(state);
    }

    JobState with(String newState, String newMessage) {
        return new JobState(id, newState, total, done, failed, formats, combined, createdAt, finishedAt, restarts,
                newMessage);
    }

    JobState progress(int newDone, int newFailed, int newTotal) {
        return new JobState(id, state, newTotal, newDone, newFailed, formats, combined, createdAt, finishedAt,
                restarts, message);
    }

    JobState finishedAt(String when) {
        return new JobState(id, state, total, done, failed, formats, combined, createdAt, when, restarts, message);
    }

    JobState restarted() {
        return new JobState(id, QUEUED, total, 0, 0, formats, combined, createdAt, null, restarts + 1,
                "resumed after a service restart");
    }
}
