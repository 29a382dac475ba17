package org.hongtou.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.hongtou.web.BusyException;
import org.hongtou.web.ConflictException;
import org.hongtou.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Large batches as jobs. Each job is a folder under the work directory holding the request
 * ({@code input.json}), its state ({@code state.json}, rewritten atomically after every report)
 * and, when done, {@code result.zip}. Because everything is on disk, a restart loses nothing:
 * {@link #recover()} requeues jobs that were queued or running (they start over, and the ZIP
 * comes out the same) or marks them failed when they cannot be. Finished jobs are deleted after
 * the expiry. At most {@code concurrency} jobs run and {@code queueCapacity} wait; beyond that
 * a submission is refused with {@link BusyException} (503) instead of piling up.
 */
public final class BatchJobs implements AutoCloseable {

    static final String INPUT = "input.json";
    static final String STATE = "state.json";
    static final String RESULT = "result.zip";
    private static final Logger log = LoggerFactory.getLogger(BatchJobs.class);
    private static final int RETRY_AFTER_SECONDS = 30;

    private final BatchRunner runner;
    private final Path workDir;
    private final Duration expiry;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final Map<String, AtomicBoolean> cancels = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    public BatchJobs(BatchRunner runner, Path workDir, Duration expiry, int concurrency, int queueCapacity,
            Clock clock) {
        this.runner = runner;
        this.workDir = workDir;
        this.expiry = expiry;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queueCapacity)), r -> {
                    Thread t = new Thread(r, "hongtou-batch-job");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spools the body, checks it is a batch (400/422 otherwise) and queues it. */
    public JobState submit(InputStream body, long limit, BatchOptions options) {
        runner.requireFormats(options);
        if (executor.getQueue().remainingCapacity() == 0) {
            throw new BusyException("the batch queue is full; retry later", RETRY_AFTER_SECONDS);
        }
        String id = UUID.randomUUID().toString();
        Path dir = workDir.resolve(id);
        try {
            Files.createDirectories(dir);
            JsonBatchSource.spool(body, dir.resolve(INPUT), limit);
            int total = new JsonBatchSource(dir.resolve(INPUT)).total();
            JobState state = new JobState(id, JobState.QUEUED, total, 0, 0, options.asParameter(), options.combined(),
                    Instant.now(clock).toString(), null, 0, null);
            write(state);
            enqueue(state);
            return state;
        } catch (IOException e) {
            delete(dir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    private void enqueue(JobState state) {
        cancels.put(state.id(), new AtomicBoolean());
        try {
            executor.execute(() -> run(state.id()));
        } catch (RejectedExecutionException e) {
            cancels.remove(state.id());
            throw new BusyException("the batch queue is full; retry later", RETRY_AFTER_SECONDS);
        }
    }

    public JobState state(String id) {
        Path file = dir(id).resolve(STATE);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("unknown-batch", "no batch job " + id, "批量任务 " + id + " 不存在");
        }
        try {
            return json.readValue(file.toFile(), JobState.class);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("unreadable job state " + file, e));
        }
    }

    /** The result ZIP of a finished job; 409 while it is not done. */
    public Path result(String id) {
        JobState s = state(id);
        if (!JobState.DONE.equals(s.state())) {
            throw new ConflictException("batch-not-done", "batch " + id + " is " + s.state() + ", not done",
                    "批量任务 " + id + " 尚未完成（" + s.state() + "）");
        }
        return dir(id).resolve(RESULT);
    }

    /** Cancels a queued or running job; its files go, its state stays until expiry. */
    public synchronized JobState cancel(String id) {
        JobState s = state(id);
        if (s.finished()) {
            return s;
        }
        AtomicBoolean flag = cancels.get(id);
        if (flag != null) {
            flag.set(true);
        }
        if (JobState.QUEUED.equals(s.state())) {
            JobState c = s.with(JobState.CANCELLED, "cancelled").finishedAt(Instant.now(clock).toString());
            write(c);
            return c;
        }
        return s; // running: the worker stops after the current report and records "cancelled"
    }

    private void run(String id) {
        AtomicBoolean cancelled = cancels.computeIfAbsent(id, k -> new AtomicBoolean());
        JobState s;
        synchronized (this) {
            s = state(id);
            if (s.finished()) {
                cancels.remove(id);
                return;
            }
            s = s.with(JobState.RUNNING, s.message());
            write(s);
        }
        Path dir = dir(id);
        Path part = dir.resolve(RESULT + ".part");
        BatchOptions options = BatchOptions.parse(s.formats(), s.combined());
        final JobState running = s;
        try (OutputStream out = Files.newOutputStream(part);
                JsonBatchSource source = new JsonBatchSource(dir.resolve(INPUT))) {
            BatchSummary summary = runner.run(source, options, out, (done, failed, total, last) ->
                    write(running.progress(done, failed, total)), cancelled::get);
            out.close();
            JobState end = state(id);
            if (summary.cancelled()) {
                Files.deleteIfExists(part);
                write(end.with(JobState.CANCELLED, "cancelled").finishedAt(Instant.now(clock).toString()));
            } else {
                move(part, dir.resolve(RESULT));
                write(end.with(JobState.DONE, end.message()).progress(summary.rendered() + summary.failed(),
                        summary.failed(), summary.total()).finishedAt(Instant.now(clock).toString()));
            }
        } catch (Exception e) {
            log.warn("batch job {} failed: {}", id, e.toString());
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the expiry sweep removes it with the job
            }
            write(state(id).with(JobState.FAILED, "job failed: " + e.getMessage())
                    .finishedAt(Instant.now(clock).toString()));
        } finally {
            cancels.remove(id);
        }
    }

    /**
     * After a restart: jobs that were queued or running start again from their stored input
     * (a job cannot be half-done on disk: the ZIP is only moved into place when complete).
     * One that cannot be requeued is marked failed, never left hanging.
     */
    public void recover() {
        expire();
        try (Stream<Path> dirs = Files.list(workDir)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
                Path stateFile = d.resolve(STATE);
                if (!Files.isRegularFile(stateFile)) {
                    continue;
                }
                JobState s;
                try {
                    s = json.readValue(stateFile.toFile(), JobState.class);
                } catch (RuntimeException e) {
                    log.warn("unreadable job state {}: {}", stateFile, e.toString());
                    continue;
                }
                if (s.finished()) {
                    continue;
                }
                Files.deleteIfExists(d.resolve(RESULT + ".part"));
                if (!Files.isRegularFile(d.resolve(INPUT))) {
                    write(s.with(JobState.FAILED, "interrupted by a service restart; its input was lost")
                            .finishedAt(Instant.now(clock).toString()));
                    continue;
                }
                JobState again = s.restarted();
                write(again);
                try {
                    enqueue(again);
                    log.info("batch job {} resumed after restart", s.id());
                } catch (BusyException e) {
                    write(again.with(JobState.FAILED, "interrupted by a service restart and the queue was full; "
                            + "submit it again").finishedAt(Instant.now(clock).toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes jobs that finished longer ago than the expiry. */
    public void expire() {
        Instant cutoff = Instant.now(clock).minus(expiry);
        try (Stream<Path> dirs = Files.list(workDir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Path stateFile = d.resolve(STATE);
                if (!Files.isRegularFile(stateFile)) {
                    continue;
                }
                try {
                    JobState s = json.readValue(stateFile.toFile(), JobState.class);
                    if (s.finished() && s.finishedAt() != null && Instant.parse(s.finishedAt()).isBefore(cutoff)) {
                        delete(d);
                    }
                } catch (RuntimeException e) {
                    log.warn("cannot read {}: {}", stateFile, e.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path dir(String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new NotFoundException("unknown-batch", "no batch job " + id, "批量任务 " + id + " 不存在");
        }
        return workDir.resolve(id);
    }

    /** Atomic rewrite: a reader (or a crash) never sees half a state file. */
    private synchronized void write(JobState s) {
        Path dir = workDir.resolve(s.id());
        Path tmp = dir.resolve(STATE + ".tmp");
        try {
            Files.write(tmp, json.writeValueAsBytes(s));
            move(tmp, dir.resolve(STATE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", dir, e.toString());
        }
    }

    /** Stops taking work; running jobs are interrupted and resume on the next start. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
