package org.hongtou.validation;

/** The body is over the configured limit (HTTP 413); reading stopped at the limit. */
public class BodyTooLargeException extends RuntimeException {
    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
