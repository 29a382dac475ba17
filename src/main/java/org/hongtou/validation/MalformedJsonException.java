package org.hongtou.validation;

/** The body is not JSON at all (HTTP 400): says where the parser gave up. */
public class MalformedJsonException extends RuntimeException {
    private final int line;
    private final int column;

    public MalformedJsonException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the error, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the error, or -1 when unknown. */
    public int column() {
        return column;
    }
}
