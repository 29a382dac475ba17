package org.hongtou.importer;

/**
 * A line of the input after debris cleaning. Blank lines are gone, remembered as
 * {@code afterBlank}; {@code raw} keeps the line as it came, for fields where spaces separate
 * names (签发人).
 */
record Line(int no, String text, int outline, boolean whole, boolean afterBlank, String raw) {
}
