package org.hongtou.batch;

import java.util.List;
import org.hongtou.validation.Finding;
import org.hongtou.validation.InvalidReportException;

/** The batch document is JSON but not a batch: no reports array, defaults not an object… (422). */
public class BatchFormatException extends InvalidReportException {
    public BatchFormatException(List<Finding> findings) {
        super(findings);
    }

    public static BatchFormatException at(String pointer, String zh, String en) {
        return new BatchFormatException(List.of(Finding.error(pointer, "batch-shape", zh, en)));
    }
}
