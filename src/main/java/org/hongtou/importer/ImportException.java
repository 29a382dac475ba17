package org.hongtou.importer;

/**
 * Input the importer cannot read: empty, binary, not a DOCX, too big, unsafe XML. Always the
 * sender's fault, never ours, so the HTTP layer answers 4xx with the code and both messages.
 *
 * @see #code() the stable machine-readable reason, e.g. {@code empty-input}
 */
public final class ImportException extends RuntimeException {

    /** Reasons, as stable strings the API can document. */
    public static final String EMPTY = "empty-input";
    public static final String NOT_TEXT = "not-text";
    public static final String NOT_DOCX = "not-docx";
    public static final String UNSUPPORTED_FORMAT = "unsupported-format";
    public static final String TOO_LARGE = "too-large";
    public static final String DOCX_TOO_MANY_ENTRIES = "docx-too-many-entries";
    public static final String DOCX_TOO_LARGE_UNCOMPRESSED = "docx-too-large-uncompressed";
    public static final String DOCX_UNSAFE_XML = "docx-unsafe-xml";
    public static final String DOCX_MALFORMED = "docx-malformed";
    public static final String NO_CONTENT = "no-content";

    private final String code;
    private final String messageZh;
    private final String messageEn;

    public ImportException(String code, String messageZh, String messageEn) {
        this(code, messageZh, messageEn, null);
    }

    public ImportException(String code, String messageZh, String messageEn, Throwable cause) {
        super(code + ": " + messageEn, cause);
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    /** Whether the input was too big (HTTP 413) rather than malformed (HTTP 400/415/422). */
    public boolean tooLarge() {
        return code.equals(TOO_LARGE) || code.equals(DOCX_TOO_MANY_ENTRIES)
                || code.equals(DOCX_TOO_LARGE_UNCOMPRESSED);
    }

    /**
     * The HTTP status this failure suggests: 413 too large, 415 a format we do not read (PDF,
     * .doc, a ZIP that is no DOCX, binary), 400 empty, 422 a DOCX we refuse or cannot parse.
     */
    public int suggestedStatus() {
        if (tooLarge()) {
            return 413;
        }
        switch (code) {
            case UNSUPPORTED_FORMAT:
            case NOT_DOCX:
            case NOT_TEXT:
                return 415;
            case EMPTY:
                return 400;
            default:
                return 422;
        }
    }
}
