package org.hongtou.importer;

/**
 * How much input the importer accepts. A real report is 10–30 KB of text or a DOCX well under
 * 1 MB; the defaults leave a wide margin and still stop a zip bomb.
 *
 * @param maxInputBytes        the upload itself
 * @param maxDocxEntries       entries in the DOCX zip
 * @param maxUncompressedBytes all entries together, counted while inflating (headers can lie)
 */
public record ImportLimits(long maxInputBytes, int maxDocxEntries, long maxUncompressedBytes) {

    public static final ImportLimits DEFAULT = new ImportLimits(10L << 20, 1000, 100L << 20);
}
