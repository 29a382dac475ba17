package org.hongtou.service;

import java.util.List;
import org.hongtou.document.Document;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * A report that passed validation, merged into its template and parsed: ready for any renderer.
 *
 * @param report   the data
 * @param document the renderer-neutral tree
 * @param warnings content warnings found on the way (they do not stop the document)
 */
public record PreparedReport(Report report, Document document, List<Finding> warnings) {

    public PreparedReport {
        warnings = List.copyOf(warnings);
    }

    /** The title the document carries, for file names. */
    public String title() {
        String t = document.meta().title();
        return t == null || t.isBlank() ? report.authority() + report.year() : t;
    }
}
