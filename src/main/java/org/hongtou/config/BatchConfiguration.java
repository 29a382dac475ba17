package org.hongtou.config;

import java.time.Clock;
import org.hongtou.batch.BatchJobs;
import org.hongtou.batch.BatchRunner;
import org.hongtou.service.ReportService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Batch rendering beans: the runner every entry point shares, and the async job store. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class BatchConfiguration {

    @Bean
    BatchRunner batchRunner(ReportService service, HongtouProperties props) {
        int threads = props.getBatch().getParallelism();
        return new BatchRunner(service, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    @Bean(destroyMethod = "close")
    BatchJobs batchJobs(BatchRunner runner, HongtouProperties props) {
        HongtouProperties.Batch b = props.getBatch();
        return new BatchJobs(runner, b.getWorkDir(), b.getExpiry(), Math.max(1, b.getConcurrency()),
                b.getQueueCapacity(), Clock.systemUTC());
    }

    @Bean
    JobHousekeeping jobHousekeeping(BatchJobs jobs) {
        return new JobHousekeeping(jobs);
    }

    /** Resumes interrupted jobs once the service is up, and sweeps expired ones every ten minutes. */
    public static class JobHousekeeping {
        private final BatchJobs jobs;

        JobHousekeeping(BatchJobs jobs) {
            this.jobs = jobs;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void recover() {
            jobs.recover();
        }

        @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
        public void expire() {
            jobs.expire();
        }
    }
}
