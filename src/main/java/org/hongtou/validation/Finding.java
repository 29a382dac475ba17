package org.hongtou.validation;

/**
 * One thing wrong with (or worth knowing about) a report's data, named by where it is.
 *
 * @param severity  whether it stops the document ({@link Severity#ERROR}) or only informs
 * @param pointer   JSON Pointer (RFC 6901) of the offending value in the request, "" for the whole
 * @param rule      stable machine-readable rule code: a JSON Schema keyword (type, required,
 *                  pattern…) or one of ours (xml-char, incomplete-report…)
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Finding(Severity severity, String pointer, String rule, String messageZh, String messageEn) {

    public enum Severity { ERROR, WARNING }

    public static Finding error(String pointer, String rule, String zh, String en) {
        return new Finding(Severity.ERROR, pointer, rule, zh, en);
    }

    public static Finding warning(String pointer, String rule, String zh, String en) {
        return new Finding(Severity.WARNING, pointer, rule, zh, en);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
