package org.hongtou.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an existing report, as plain text or DOCX, into report data plus the list of what was
 * changed or guessed. Stateless and thread-safe: one instance serves every request. Every
 * failure is an {@link ImportException} with a code and a message in both languages.
 */
public final class ImportService {

    /** The media type of a DOCX upload. */
    public static final String DOCX_MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ImportLimits limits;

    public ImportService() {
        this(ImportLimits.DEFAULT);
    }

    public ImportService(ImportLimits limits) {
        this.limits = limits;
    }

    /** Plain text in UTF-8, GB18030/GBK or anything ICU recognises (with or without a BOM). */
    public ImportResult importText(byte[] bytes) {
        checkSize(bytes);
        Sniffer.Kind kind = Sniffer.kind(bytes);
        if (kind != Sniffer.Kind.OTHER) {
            throw Sniffer.notText(kind);
        }
        List<Change> changes = new ArrayList<>();
        String text = new TextDecoder().decode(bytes, changes).text();
        String[] raw = text.split("\\R", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(SourceLine.text(i + 1, raw[i]));
        }
        return new ReportReader().read(lines, changes);
    }

    /** A Word 2007+ document; paragraph styles, outline levels and list numbering are read. */
    public ImportResult importDocx(byte[] bytes) {
        checkSize(bytes);
        List<SourceLine> lines = new DocxReader(limits).paragraphs(bytes);
        return new ReportReader().read(lines, new ArrayList<>());
    }

    /**
     * Either, decided by the content (a DOCX is a ZIP): for an upload whose declared type is
     * missing or generic (application/octet-stream).
     */
    public ImportResult importAny(byte[] bytes) {
        checkSize(bytes);
        return Sniffer.kind(bytes) == Sniffer.Kind.ZIP ? importDocx(bytes) : importText(bytes);
    }

    private void checkSize(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportException(ImportException.EMPTY, "上传的文件是空的。", "The uploaded file is empty.");
        }
        if (bytes.length > limits.maxInputBytes()) {
            throw new ImportException(ImportException.TOO_LARGE,
                    "文件太大（" + bytes.length / 1024 + " KB），上限为" + limits.maxInputBytes() / 1024 + " KB。",
                    "The file is too large (" + bytes.length / 1024 + " KB); the limit is "
                            + limits.maxInputBytes() / 1024 + " KB.");
        }
    }
}
