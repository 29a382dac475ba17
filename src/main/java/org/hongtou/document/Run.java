package org.hongtou.document;

/** A stretch of text in one typographic style. */
public record Run(String text, Style style) {
}
