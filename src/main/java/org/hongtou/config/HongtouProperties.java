package org.hongtou.config;

import java.nio.file.Path;
import java.time.Duration;
import org.hongtou.validation.XmlCharCheck;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings under {@code hongtou.*} (application.yml, environment, command-line flags). */
@ConfigurationProperties("hongtou")
public class HongtouProperties {

    /** Templates folder; templates missing there fall back to the copies packaged in the jar. */
    private Path templates = Path.of("templates");
    /** Fonts folder holding fonts.properties and font files; falls back to the jar's. */
    private Path fonts = Path.of("fonts");
    /** Largest accepted request body for one report. */
    private DataSize maxBodySize = DataSize.ofMegabytes(2);
    /** What to do with characters XML cannot carry: reject (422) or strip (with a warning). */
    private XmlCharCheck.Mode xmlChars = XmlCharCheck.Mode.REJECT;
    private final Batch batch = new Batch();

    public Path getTemplates() {
        return templates;
    }

    public void setTemplates(Path templates) {
        this.templates = templates;
    }

    public Path getFonts() {
        return fonts;
    }

    public void setFonts(Path fonts) {
        this.fonts = fonts;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public XmlCharCheck.Mode getXmlChars() {
        return xmlChars;
    }

    public void setXmlChars(XmlCharCheck.Mode xmlChars) {
        this.xmlChars = xmlChars;
    }

    public Batch getBatch() {
        return batch;
    }

    /** Batch rendering ({@code hongtou.batch.*}). */
    public static class Batch {
        /** Largest accepted batch body (one JSON document with defaults and reports). */
        private DataSize maxBodySize = DataSize.ofMegabytes(64);
        /** Where async jobs keep their input, state and result; survives restarts. */
        private Path workDir = Path.of("work", "batches");
        /** How long a finished job's files are kept. */
        private Duration expiry = Duration.ofHours(24);
        /** Jobs rendering at the same time. */
        private int concurrency = 1;
        /** Jobs waiting beyond the running ones; more answers 503 with Retry-After. */
        private int queueCapacity = 8;
        /** Synchronous batches (streamed ZIP) rendering at the same time; more answers 503. */
        private int syncConcurrency = 2;
        /** Render threads per batch; 0 means one per processor. */
        private int parallelism = 0;

        public int getParallelism() {
            return parallelism;
        }

        public void setParallelism(int parallelism) {
            this.parallelism = parallelism;
        }

        public DataSize getMaxBodySize() {
            return maxBodySize;
        }

        public void setMaxBodySize(DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        public Path getWorkDir() {
            return workDir;
        }

        public void setWorkDir(Path workDir) {
            this.workDir = workDir;
        }

        public Duration getExpiry() {
            return expiry;
        }

        public void setExpiry(Duration expiry) {
            this.expiry = expiry;
        }

        public int getConcurrency() {
            return concurrency;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }

        public int getQueueCapacity() {
            return queueCapacity;
        }

        public void setQueueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
        }

        public int getSyncConcurrency() {
            return syncConcurrency;
        }

        public void setSyncConcurrency(int syncConcurrency) {
            this.syncConcurrency = syncConcurrency;
        }
    }
}
