package org.hongtou.importer;

/**
 * One thing the importer changed, guessed or noticed, so the user can check it. The wording of
 * the report is never changed; what is listed here is punctuation, whitespace, conversion debris,
 * numbering and the structure the importer read into the text.
 *
 * @param kind      whether text was changed, a structure was guessed, or something only noticed
 * @param code      stable machine-readable code, e.g. {@code half-width-punctuation}
 * @param line      1-based line (text) or paragraph (DOCX) of the input; 0 for the whole input
 * @param before    the affected text before, shortened; empty when nothing was replaced
 * @param after     the text after, shortened; empty when something was removed
 * @param messageZh what happened, in Chinese
 * @param messageEn what happened, in English
 */
public record Change(Kind kind, String code, int line, String before, String after,
                     String messageZh, String messageEn) {

    public enum Kind {
        /** Characters were removed or replaced (artefacts, punctuation, numbering). */
        CLEANED,
        /** The importer decided something the text does not say explicitly (a role, a title). */
        GUESSED,
        /** Worth a look, nothing changed (a year contradiction, a missing part). */
        NOTICED
    }

    public Change {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    static Change cleaned(String code, int line, String before, String after, String zh, String en) {
        return new Change(Kind.CLEANED, code, line, shorten(before), shorten(after), zh, en);
    }

    static Change guessed(String code, int line, String value, String zh, String en) {
        return new Change(Kind.GUESSED, code, line, "", shorten(value), zh, en);
    }

    static Change noticed(String code, int line, String text, String zh, String en) {
        return new Change(Kind.NOTICED, code, line, shorten(text), "", zh, en);
    }

    private static final int MAX = 60;

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }
}
