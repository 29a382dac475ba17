package org.hongtou.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-zips a package with every entry stamped 2000-01-01 and in a fixed order, so the same document
 * gives the same bytes (docx4j stamps entries with the current time). Not 1980-01-01 00:00: Java
 * writes that DOS-epoch value with an extra, time-zone dependent, extended timestamp.
 */
final class FixedZip {

    private static final LocalDateTime STAMP = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private FixedZip() {
    }

    static void rewrite(byte[] zip, OutputStream out) throws IOException {
        // Sorted by name, [Content_Types].xml first (some readers expect it there).
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        ZipOutputStream zos = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setTimeLocal(STAMP);
            zos.putNextEntry(entry);
            zos.write(e.getValue());
            zos.closeEntry();
        }
        zos.finish();
        zos.flush();
    }
}
