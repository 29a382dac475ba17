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
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * <p>Reports render on a few threads, but only a bounded window of them is in memory at a time. Entries carry a fixed time and the
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

    private final int parallelism;

    /** One render thread per processor. */
    public BatchRunner(ReportService service) {
        this(service, Runtime.getRuntime().availableProcessors());
    }

    public BatchRunner(ReportService service, int parallelism) {
        this.service = service;
        this.parallelism = Math.max(1, parallelism);
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
        ManifestSpool manifest = new ManifestSpool();
        CombinedPdf combined = options.combined() && options.formats().contains("pdf") ? new CombinedPdf() : null;
        boolean stopped = false;
        ZipOutputStream zip = new ZipOutputStream(out);
        // Reports render on `parallelism` threads; at most twice that many are in flight, and their
        // results are written in batch order, so memory stays bounded and the ZIP deterministic.
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "hongtou-batch-render");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try {
            Iterator<BatchEntry> it = source.entries();
            while (true) {
                while (inFlight.size() < 2 * parallelism && it.hasNext()) {
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                    BatchEntry entry = it.next();
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("index", entry.index());
                    item.put("source", entry.source());
                    ObjectNode merged = null;
                    Finding unreadable = entry.error();
                    if (unreadable == null && !(entry.node() instanceof ObjectNode)) {
                        unreadable = Finding.error("", "type", "每份报告应为 JSON 对象", "each report must be a JSON object");
                    }
                    if (unreadable == null) {
                        ObjectNode own = (ObjectNode) entry.node();
                        merged = DeepMerge.merge(source.defaults(), own);
                        // Numbers are handed out here, in batch order, never by the render threads.
                        if (source.numbering() != null && !Numbering.hasOwnNumber(own)
                                && source.numbering().assign(merged, numberN)) {
                            numberN++;
                        }
                        item.put("authority", merged.path("authority").asString(null));
                        item.put("year", merged.path("year").isInt() ? merged.get("year").asInt() : null);
                        if (merged.path("header").path("number").isString()) {
                            item.put("number", merged.get("header").get("number").asString());
                        }
                    }
                    ObjectNode report = merged;
                    Finding error = unreadable;
                    inFlight.add(pool.submit(() -> work(item, report, error, options)));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Outcome o = await(inFlight.removeFirst());
                boolean ok = o.errors().isEmpty();
                List<Map<String, Object>> files = ok ? write(o, zip, names, combined) : List.of();
                if (ok) {
                    rendered++;
                    if (!o.warnings().isEmpty()) {
                        withWarnings++;
                    }
                } else {
                    failed++;
                }
                Map<String, Object> item = o.item();
                item.put("status", ok ? (o.warnings().isEmpty() ? "rendered" : "rendered-with-warnings") : "failed");
                item.put("files", files);
                item.put("errors", FindingsJson.of(o.errors()));
                item.put("warnings", FindingsJson.of(o.warnings()));
                manifest.add(json.writeValueAsBytes(item));
                progress.update(rendered + failed, failed, total, String.valueOf(item.get("source")));
                if (stopped) {
                    continue; // drain what is in flight, submit nothing new
                }
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
            zip.putNextEntry(entry(MANIFEST));
            byte[] head = json.writeValueAsBytes(doc);
            // {"summary": …} with the spooled report entries spliced in as "reports": [ … ]
            zip.write(head, 0, head.length - 1);
            zip.write(",\n  \"reports\" : [\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            manifest.copyTo(zip);
            zip.write("\n]}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        } finally {
            pool.shutdownNow();
            manifest.close();
            if (combined != null) {
                combined.close();
            }
        }
        return new BatchSummary(total, rendered, failed, withWarnings, stopped);
    }

    /** What one report came to: its files in memory until written, or its errors. */
    private record Outcome(Map<String, Object> item, String base, List<RenderedReport> results, List<byte[]> bytes,
            List<Finding> errors, List<Finding> warnings) {
    }

    private static Outcome await(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("batch interrupted");
        } catch (ExecutionException e) {
            throw new IOException("batch worker failed", e.getCause());
        }
    }

    /** Validates and renders one report in every format; runs on a render thread. */
    private Outcome work(Map<String, Object> item, ObjectNode merged, Finding unreadable, BatchOptions options) {
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        if (unreadable != null) {
            errors.add(unreadable);
            return new Outcome(item, null, List.of(), List.of(), errors, warnings);
        }
        PreparedReport prepared;
        try {
            prepared = service.prepare(merged);
        } catch (InvalidReportException e) {
            e.findings().forEach(f -> (f.isError() ? errors : warnings).add(f));
            return new Outcome(item, null, List.of(), List.of(), errors, warnings);
        } catch (TemplateNotFoundException e) {
            errors.add(Finding.error("/template", "unknown-template", "模板 " + e.name() + " 不存在",
                    "no template named " + e.name()));
            return new Outcome(item, null, List.of(), List.of(), errors, warnings);
        } catch (RuntimeException e) {
            log.warn("batch report failed to prepare: {}", e.toString());
            errors.add(Finding.error("", "internal", "内部错误：" + e.getMessage(), "internal error: " + e.getMessage()));
            return new Outcome(item, null, List.of(), List.of(), errors, warnings);
        }
        warnings.addAll(prepared.warnings());
        String base = FileNames.safe(prepared.report().authority() + "-" + prepared.report().year());
        // Render every format first: a report whose PDF fails writes no DOCX either.
        List<byte[]> bytes = new ArrayList<>();
        List<RenderedReport> results = new ArrayList<>();
        for (String format : options.formats()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(256 * 1024);
            try {
                RenderedReport r = service.render(prepared, format, buf);
                results.add(r);
                bytes.add(buf.toByteArray());
                for (Finding w : r.warnings()) {
                    if (!warnings.contains(w)) {
                        warnings.add(w);
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.warn("batch report {} failed to render as {}: {}", base, format, e.toString());
                errors.add(Finding.error("", "render-failed", format + " 排版失败：" + e.getMessage(),
                        format + " rendering failed: " + e.getMessage()));
                return new Outcome(item, base, List.of(), List.of(), errors, warnings);
            }
        }
        return new Outcome(item, base, results, bytes, errors, warnings);
    }

    /** Writes one report's files into the ZIP, in batch order; returns their manifest entries. */
    private static List<Map<String, Object>> write(Outcome o, ZipOutputStream zip, Set<String> names,
            CombinedPdf combined) throws IOException {
        String base = unique(names, o.base());
        List<Map<String, Object>> files = new ArrayList<>();
        for (int i = 0; i < o.results().size(); i++) {
            RenderedReport r = o.results().get(i);
            byte[] data = o.bytes().get(i);
            String name = base + "." + r.format();
            zip.putNextEntry(entry(name));
            zip.write(data);
            zip.closeEntry();
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", name);
            file.put("format", r.format());
            file.put("pages", r.pages());
            file.put("bytes", data.length);
            file.put("sha256", sha256(data));
            files.add(file);
            if (combined != null && r.format().equals("pdf")) {
                combined.add(data);
            }
        }
        return files;
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

    /**
     * The manifest's per-report entries, kept on disk until the end: a 10,000-report batch's
     * manifest is not held in memory either.
     */
    static final class ManifestSpool implements AutoCloseable {
        private final Path file;
        private final OutputStream out;
        private boolean first = true;

        ManifestSpool() throws IOException {
            file = Files.createTempFile("hongtou-manifest", ".json");
            out = new java.io.BufferedOutputStream(Files.newOutputStream(file));
        }

        void add(byte[] entry) throws IOException {
            if (!first) {
                out.write(",\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            first = false;
            out.write(entry);
        }

        void copyTo(OutputStream target) throws IOException {
            out.flush();
            Files.copy(file, target);
        }

        @Override
        public void close() throws IOException {
            out.close();
            Files.deleteIfExists(file);
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
