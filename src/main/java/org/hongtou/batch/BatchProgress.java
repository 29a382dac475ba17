package org.hongtou.batch;

/** Told after each report: how many are finished (rendered or failed), how many failed, of how many. */
@FunctionalInterface
public interface BatchProgress {

    void update(int done, int failed, int total, String lastSource);

    BatchProgress NONE = (done, failed, total, last) -> { };
}
