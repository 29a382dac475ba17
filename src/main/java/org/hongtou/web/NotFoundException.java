package org.hongtou.web;

/** A resource of ours (a batch job, its result) that does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {
    private final String kind;
    private final String messageZh;

    public NotFoundException(String kind, String message, String messageZh) {
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
