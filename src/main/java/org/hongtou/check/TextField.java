package org.hongtou.check;

/** A piece of user text and the JSON Pointer it came from. */
public record TextField(String pointer, String text) {
}
