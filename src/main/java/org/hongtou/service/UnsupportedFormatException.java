package org.hongtou.service;

import java.util.List;

/** The request asks for a format no renderer writes (HTTP 400, listing those that exist). */
public class UnsupportedFormatException extends RuntimeException {
    private final String format;
    private final List<String> available;

    public UnsupportedFormatException(String format, List<String> available) {
        super("unsupported format '" + format + "'; available: " + available);
        this.format = format;
        this.available = List.copyOf(available);
    }

    public String format() {
        return format;
    }

    public List<String> available() {
        return available;
    }
}
