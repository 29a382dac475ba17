package org.hongtou.document;

/** The markup a template produced is not valid 公文 markup: a template bug, not a user error. */
public class MarkupException extends RuntimeException {
    public MarkupException(String message) {
        super(message);
    }

    public MarkupException(String message, Throwable cause) {
        super(message, cause);
    }
}
