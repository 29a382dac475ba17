package org.hongtou.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.hongtou.batch.BatchJobs;
import org.hongtou.batch.BatchOptions;
import org.hongtou.batch.BatchProgress;
import org.hongtou.batch.BatchRunner;
import org.hongtou.batch.JobState;
import org.hongtou.batch.JsonBatchSource;
import org.hongtou.config.HongtouProperties;
import org.hongtou.validation.BodyTooLargeException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Many reports at once. Synchronous mode streams the ZIP back while rendering; async mode
 * answers 202 with a job to poll. Both read the body into a spool file first, so a batch whose
 * JSON is malformed as a whole is a 400 before any byte of ZIP is sent.
 */
@RestController
@RequestMapping("/api/v1/batches")
public class BatchController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final String ZIP_NAME = "hongtou-batch.zip";

    private final BatchRunner runner;
    private final BatchJobs jobs;
    private final long maxBytes;
    private final Semaphore syncSlots;

    public BatchController(BatchRunner runner, BatchJobs jobs, HongtouProperties props) {
        this.runner = runner;
        this.jobs = jobs;
        this.maxBytes = props.getBatch().getMaxBodySize().toBytes();
        this.syncSlots = new Semaphore(Math.max(1, props.getBatch().getSyncConcurrency()));
    }

    /** Async: 202 with the job; poll its Location. */
    @PostMapping(params = "mode=async")
    ResponseEntity<Map<String, Object>> submitJob(HttpServletRequest request, InputStream body,
            @RequestParam(defaultValue = "docx") String format,
            @RequestParam(defaultValue = "false") boolean combined) {
        BatchOptions options = options(request, format, combined);
        JobState state = jobs.submit(body, maxBytes, options);
        return ResponseEntity.accepted().location(URI.create("/api/v1/batches/" + state.id()))
                .contentType(MediaType.APPLICATION_JSON).body(view(state));
    }

    /** Sync: the ZIP streamed back while the reports render. */
    @PostMapping
    ResponseEntity<StreamingResponseBody> render(HttpServletRequest request, InputStream body,
            @RequestParam(defaultValue = "docx") String format,
            @RequestParam(defaultValue = "sync") String mode,
            @RequestParam(defaultValue = "false") boolean combined) throws IOException {
        BatchOptions options = options(request, format, combined);
        if (!syncSlots.tryAcquire()) {
            throw new BusyException("too many batches rendering; retry later or use mode=async", 30);
        }
        Path spool = null;
        try {
            spool = Files.createTempFile("hongtou-batch", ".json");
            JsonBatchSource.spool(body, spool, maxBytes);
            JsonBatchSource source = new JsonBatchSource(spool);
            Path file = spool;
            StreamingResponseBody stream = out -> {
                try (source) {
                    runner.run(source, options, out, BatchProgress.NONE, () -> false);
                } finally {
                    syncSlots.release();
                    Files.deleteIfExists(file);
                }
            };
            return ResponseEntity.ok().contentType(ZIP)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(ZIP_NAME, ZIP_NAME))
                    .header("X-Hongtou-Batch-Total", String.valueOf(source.total()))
                    .body(stream);
        } catch (RuntimeException | IOException e) {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
            syncSlots.release();
            throw e;
        }
    }

    private BatchOptions options(HttpServletRequest request, String format, boolean combined) {
        BatchOptions options;
        try {
            options = BatchOptions.parse(format, combined);
        } catch (IllegalArgumentException e) {
            throw new org.hongtou.service.UnsupportedFormatException(format, runner.formats());
        }
        runner.requireFormats(options);
        if (request.getContentLengthLong() > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
        }
        return options;
    }

    @GetMapping("/{id}")
    Map<String, Object> state(@PathVariable String id) {
        return view(jobs.state(id));
    }

    @GetMapping("/{id}/result")
    ResponseEntity<Resource> result(@PathVariable String id) {
        Path zip = jobs.result(id);
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(ZIP_NAME, ZIP_NAME))
                .body(new FileSystemResource(zip));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Map<String, Object>> cancel(@PathVariable String id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(jobs.cancel(id)));
    }

    static Map<String, Object> view(JobState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("state", s.state());
        m.put("total", s.total());
        m.put("done", s.done());
        m.put("failed", s.failed());
        m.put("formats", s.formats());
        m.put("combined", s.combined());
        m.put("createdAt", s.createdAt());
        m.put("finishedAt", s.finishedAt());
        m.put("restarts", s.restarts());
        m.put("message", s.message());
        m.put("self", "/api/v1/batches/" + s.id());
        if (JobState.DONE.equals(s.state())) {
            m.put("result", "/api/v1/batches/" + s.id() + "/result");
        }
        return m;
    }
}
