package org.hongtou.render;

/**
 * A problem in the output that did not stop it.
 *
 * @param code      stable machine-readable code, e.g. missing-glyph
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record RenderWarning(String code, String messageZh, String messageEn) {
}
