package org.hongtou.web;

/** The resource exists but is not in a state for this request, e.g. a job's result before it is done (409). */
public class ConflictException extends RuntimeException {
    private final String kind;
    private final String messageZh;

    public ConflictException(String kind, String message, String messageZh) {
        super(message);
        this.kind = kind;
        this.messageZh = messageZh;
    }

    public String kind() {
        return kind;
    }

    public String messageZh() {
        return messageZh;
    }
}
