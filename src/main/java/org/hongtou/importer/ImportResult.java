package org.hongtou.importer;

import java.util.List;
import org.hongtou.model.Report;

/**
 * What an import produced: the report data, ready to render, and everything the importer
 * changed or guessed on the way, in input order.
 */
public record ImportResult(Report report, List<Change> changes) {

    public ImportResult {
        changes = List.copyOf(changes);
    }
}
