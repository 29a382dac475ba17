package org.hongtou.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hongtou.service.FileNames;
import org.hongtou.service.PreparedReport;
import org.hongtou.service.RenderedReport;
import org.hongtou.service.ReportService;
import org.hongtou.template.TemplateNotFoundException;
import org.hongtou.validation.Finding;
import org.hongtou.validation.InvalidReportException;
import org.hongtou.web.FindingsJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a batch into a ZIP written as it goes: each report's files as soon as they exist
 * (named by authority and year), then {@code manifest.json} listing every report with its
 * files, status, pages, warnings, errors (JSON Pointers into the merged report) and SHA-256 of
 * each file. A report that fails is listed with its errors; the others still render.
 *
 * <p>Only one report's files are in memory at a time. Entries carry a fixed time and the
 * manifest no clock, so the same batch gives the same entries byte for byte.
 */
public final class BatchRunner {

    public static final String MANIFEST = "manifest.json";
    public static final String COMBINED = "combined.pdf";
    /** The DOS epoch: ZIP entry times are fixed so output does not depend on when it ran. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    private final ReportService service;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public BatchRunner(ReportService service) {
        this.service = service;
    }

    /** Checks that every requested format has a renderer before anything is read. */
    public void requireFormats(BatchOptions options) {
        for (String f : options.formats()) {
            service.renderers().get(f);
        }
    }

    public java.util.List<String> formats() {
        return service.renderers().formats();
    }

    public BatchSummary run(BatchSource source, BatchOptions options, OutputStream out, BatchProgress progress,
            BooleanSupplier cancelled) throws IOException {
        requireFormats(options);
        int total = source.total();
        int rendered = 0;
        int failed = 0;
        int withWarnings = 0;
        int numberN = source.numbering() == null ? 0 : source.numbering().start();
        Set<String> names = new HashSet<>();
        List<Map<String, Object>> manifest = new ArrayList<>(total);
        CombinedPdf combined = options.combined() && options.formats().contains("pdf") ? new CombinedPdf() : null;
        boolean stopped = false;
        ZipOutputStream zip = new ZipOutputStream(out);
        try {
            Iterator<BatchEntry> it = source.entries();
            while (it.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                BatchEntry entry = it.next();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("index", entry.index());
                item.put("source", entry.source());
                List<Finding> errors = new ArrayList<>();
                List<Finding> warnings = new ArrayList<>();
                List<Map<String, Object>> files = new ArrayList<>();
                if (entry.error() != null) {
                    errors.add(entry.error());
                } else if (!(entry.node() instanceof ObjectNode own)) {
                    errors.add(Finding.error("", "type", "每份报告应为 JSON 对象", "each report must be a JSON object"));
                } else {
                    ObjectNode merged = DeepMerge.merge(source.defaults(), own);
                    if (source.numbering() != null && !Numbering.hasOwnNumber(own)
                            && source.numbering().assign(merged, numberN)) {
                        numberN++;
                    }
                    item.put("authority", merged.path("authority").asString(null));
                    item.put("year", merged.path("year").isInt() ? merged.get("year").asInt() : null);
                    if (merged.path("header").path("number").isString()) {
                        item.put("number", merged.get("header").get("number").asString());
                    }
                    renderOne(merged, options, zip, names, files, errors, warnings, combined);
                }
                boolean ok = errors.isEmpty();
                if (ok) {
                    rendered++;
                    if (!warnings.isEmpty()) {
                        withWarnings++;
                    }
                } else {
                    failed++;
                }
                item.put("status", ok ? (warnings.isEmpty() ? "rendered" : "rendered-with-warnings") : "failed");
                item.put("files", files);
                item.put("errors", FindingsJson.of(errors));
                item.put("warnings", FindingsJson.of(warnings));
                manifest.add(item);
                progress.update(rendered + failed, failed, total, entry.source());
            }
            if (combined != null && !stopped) {
                combined.writeTo(zip, entry(COMBINED));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("total", total);
            summary.put("rendered", rendered);
            summary.put("failed", failed);
            summary.put("withWarnings", withWarnings);
            summary.put("cancelled", stopped);
            summary.put("formats", options.formats());
            doc.put("summary", summary);
            doc.put("reports", manifest);
            zip.putNextEntry(entry(MANIFEST));
            zip.write(json.writeValueAsBytes(doc));
            zip.closeEntry();
            zip.finish();
        } finally {
            if (combined != null) {
                combined.close();
            }
        }
        return new BatchSummary(total, rendered, failed, withWarnings, stopped);
    }

    private void renderOne(ObjectNode merged, BatchOptions options, ZipOutputStream zip, Set<String> names,
            List<Map<String, Object>> files, List<Finding> errors, List<Finding> warnings, CombinedPdf combined)
            throws IOException {
        PreparedReport prepared;
        try {
            prepared = service.prepare(merged);
        } catch (InvalidReportException e) {
            e.findings().forEach(f -> (f.isError() ? errors : warnings).add(f));
            return;
        } catch (TemplateNotFoundException e) {
            errors.add(Finding.error("/template", "unknown-template", "模板 " + e.name() + " 不存在",
                    "no template named " + e.name()));
            return;
        } catch (RuntimeException e) {
            log.warn("batch report failed to prepare: {}", e.toString());
            errors.add(Finding.error("", "internal", "内部错误：" + e.getMessage(), "internal error: " + e.getMessage()));
            return;
        }
        warnings.addAll(prepared.warnings());
        String base = unique(names, FileNames.safe(prepared.report().authority() + "-" + prepared.report().year()));
        // Render every format first: a report whose PDF fails writes no DOCX either.
        List<byte[]> bytes = new ArrayList<>();
        List<RenderedReport> results = new ArrayList<>();
        for (String format : options.formats()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(256 * 1024);
            try {
                RenderedReport r = service.render(prepared, format, buf);
                results.add(r);
                bytes.add(buf.toByteArray());
            } catch (IOException | RuntimeException e) {
                log.warn("batch report {} failed to render as {}: {}", base, format, e.toString());
                errors.add(Finding.error("", "render-failed", format + " 排版失败：" + e.getMessage(),
                        format + " rendering failed: " + e.getMessage()));
                return;
            }
        }
        for (int i = 0; i < results.size(); i++) {
            RenderedReport r = results.get(i);
            String name = base + "." + r.format();
            zip.putNextEntry(entry(name));
            zip.write(bytes.get(i));
            zip.closeEntry();
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", name);
            file.put("format", r.format());
            file.put("pages", r.pages());
            file.put("bytes", bytes.get(i).length);
            file.put("sha256", sha256(bytes.get(i)));
            files.add(file);
            for (Finding w : r.warnings()) {
                if (!warnings.contains(w)) {
                    warnings.add(w);
                }
            }
            if (combined != null && r.format().equals("pdf")) {
                combined.add(bytes.get(i));
            }
        }
    }

    static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        return e;
    }

    private static String unique(Set<String> names, String base) {
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the PDFs on disk until the end, then concatenates them into one review copy. */
    static final class CombinedPdf implements AutoCloseable {
        private final Path dir;
        private int count;

        CombinedPdf() throws IOException {
            dir = Files.createTempDirectory("hongtou-combined");
        }

        void add(byte[] pdf) throws IOException {
            Files.write(dir.resolve(String.format("%06d.pdf", count++)), pdf);
        }

        void writeTo(ZipOutputStream zip, ZipEntry entry) throws IOException {
            if (count == 0) {
                return;
            }
            zip.putNextEntry(entry);
            PdfConcatenation.concatenate(dir, count, new NonClosing(zip));
            zip.closeEntry();
        }

        @Override
        public void close() throws IOException {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** PdfCopy closes its stream when done; the ZIP must stay open. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
