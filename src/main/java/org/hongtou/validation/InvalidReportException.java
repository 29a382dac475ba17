package org.hongtou.validation;

import java.util.List;

/**
 * The JSON parsed but the report breaks the schema or a rule (HTTP 422). Carries every error
 * found, not just the first, and the warnings seen on the way so the user fixes all in one go.
 */
public class InvalidReportException extends RuntimeException {
    private final List<Finding> findings;

    public InvalidReportException(List<Finding> findings) {
        super(summary(findings));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    private static String summary(List<Finding> findings) {
        long n = findings.stream().filter(Finding::isError).count();
        Finding first = findings.stream().filter(Finding::isError).findFirst().orElse(null);
        return n + " violation(s)" + (first == null ? "" : ", first at '" + first.pointer() + "': " + first.messageEn());
    }
}
