package org.hongtou.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hongtou.TestEngine;
import org.hongtou.web.BusyException;
import org.hongtou.web.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class BatchJobsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final BatchOptions DOCX = BatchOptions.parse("docx", false);

    @TempDir
    Path work;

    BatchJobs jobs(int concurrency, int queue, Clock clock) {
        return new BatchJobs(new BatchRunner(TestEngine.service()), work, Duration.ofHours(1), concurrency, queue, clock);
    }

    static ByteArrayInputStream body(int reports) {
        return new ByteArrayInputStream(BatchFixtures.batch(reports).toString().getBytes(StandardCharsets.UTF_8));
    }

    static JobState await(BatchJobs jobs, String id) throws InterruptedException {
        JobState s = jobs.state(id);
        for (int i = 0; i < 600 && !s.finished(); i++) {
            Thread.sleep(100);
            s = jobs.state(id);
        }
        return s;
    }

    @Test
    void jobInterruptedByARestartIsResumedAndCompletes() throws Exception {
        String id;
        try (BatchJobs first = jobs(1, 4, Clock.systemUTC())) {
            id = first.submit(body(3), 1 << 20, DOCX).id();
            await(first, id);
        }
        // Make the stored job look as a crash mid-run leaves it: running, a partial ZIP, no result.
        Path dir = work.resolve(id);
        Files.delete(dir.resolve(BatchJobs.RESULT));
        Files.writeString(dir.resolve(BatchJobs.RESULT + ".part"), "half a zip");
        JobState stored = JSON.readValue(dir.resolve(BatchJobs.STATE).toFile(), JobState.class);
        Files.write(dir.resolve(BatchJobs.STATE), JSON.writeValueAsBytes(
                new JobState(id, JobState.RUNNING, 3, 1, 0, "docx", false, stored.createdAt(), null, 0, null)));

        try (BatchJobs second = jobs(1, 4, Clock.systemUTC())) {
            second.recover();
            JobState s = await(second, id);
            assertThat(s.state()).isEqualTo(JobState.DONE);
            assertThat(s.restarts()).isEqualTo(1);
            assertThat(s.done()).isEqualTo(3);
            assertThat(Files.exists(second.result(id))).isTrue();
            assertThat(Files.exists(dir.resolve(BatchJobs.RESULT + ".part"))).isFalse();
        }
    }

    @Test
    void interruptedJobWhoseInputIsGoneIsMarkedFailedNotLost() throws Exception {
        String id;
        try (BatchJobs first = jobs(1, 4, Clock.systemUTC())) {
            id = first.submit(body(1), 1 << 20, DOCX).id();
            await(first, id);
        }
        Path dir = work.resolve(id);
        Files.delete(dir.resolve(BatchJobs.INPUT));
        JobState stored = JSON.readValue(dir.resolve(BatchJobs.STATE).toFile(), JobState.class);
        Files.write(dir.resolve(BatchJobs.STATE), JSON.writeValueAsBytes(stored.with(JobState.QUEUED, null)));
        try (BatchJobs second = jobs(1, 4, Clock.systemUTC())) {
            second.recover();
            JobState s = second.state(id);
            assertThat(s.state()).isEqualTo(JobState.FAILED);
            assertThat(s.message()).contains("restart");
            assertThatThrownBy(() -> second.result(id)).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void fullQueueIsRefusedWithBusy() throws Exception {
        try (BatchJobs jobs = jobs(1, 1, Clock.systemUTC())) {
            // One running, one waiting: the third finds the queue full.
            jobs.submit(body(20), 1 << 20, DOCX);
            jobs.submit(body(20), 1 << 20, DOCX);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 3; i++) {
                    jobs.submit(body(1), 1 << 20, DOCX);
                }
            }).isInstanceOf(BusyException.class);
        }
    }

    @Test
    void cancelledQueuedJobNeverRuns() throws Exception {
        try (BatchJobs jobs = jobs(1, 4, Clock.systemUTC())) {
            jobs.submit(body(20), 1 << 20, DOCX);
            JobState queued = jobs.submit(body(2), 1 << 20, DOCX);
            JobState c = jobs.cancel(queued.id());
            assertThat(c.state()).isIn(JobState.CANCELLED, JobState.RUNNING, JobState.DONE);
            JobState end = await(jobs, queued.id());
            if (JobState.CANCELLED.equals(c.state())) {
                assertThat(end.state()).isEqualTo(JobState.CANCELLED);
                assertThat(Files.exists(work.resolve(queued.id()).resolve(BatchJobs.RESULT))).isFalse();
            }
        }
    }

    @Test
    void finishedJobsAreDeletedAfterTheExpiry() throws Exception {
        String id;
        try (BatchJobs jobs = jobs(1, 4, Clock.systemUTC())) {
            id = jobs.submit(body(1), 1 << 20, DOCX).id();
            await(jobs, id);
        }
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC);
        try (BatchJobs jobs = jobs(1, 4, later)) {
            jobs.expire();
            assertThat(Files.exists(work.resolve(id))).isFalse();
        }
    }
}
