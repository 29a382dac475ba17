package org.hongtou.service;

import java.util.List;
import org.hongtou.model.Report;
import org.hongtou.validation.Finding;

/**
 * What validation and the content rules found in one report.
 *
 * @param report   the mapped report; null when the data did not pass the schema
 * @param findings errors and warnings, errors first in the order found
 */
public record CheckResult(Report report, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public boolean valid() {
        return report != null && errors().isEmpty();
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }
}
