package org.hongtou.importer;

/**
 * One line of a text file or one paragraph of a DOCX, before interpretation.
 *
 * @param number       1-based position in the input, for the change list
 * @param text         the raw text
 * @param outlineLevel DOCX outline level 0–8 from the paragraph or its style; -1 for none (text)
 * @param whole        true for a DOCX paragraph (never continued on the next one); false for a
 *                     text line, which a conversion may have broken mid-sentence
 */
public record SourceLine(int number, String text, int outlineLevel, boolean whole) {

    public static SourceLine text(int number, String text) {
        return new SourceLine(number, text, -1, false);
    }
}
