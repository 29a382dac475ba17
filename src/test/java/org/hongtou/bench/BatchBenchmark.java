package org.hongtou.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hongtou.TestEngine;
import org.hongtou.batch.BatchFixtures;
import org.hongtou.batch.BatchOptions;
import org.hongtou.batch.BatchProgress;
import org.hongtou.batch.BatchRunner;
import org.hongtou.batch.BatchSummary;
import org.hongtou.batch.JsonBatchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: figures for a generated batch rendered to DOCX+PDF. Run with
 * {@code mvn -B test -Pbench} (heap capped at 512 MB by the profile). Prints total seconds,
 * reports per second and peak heap after a 100-report and a 1,000-report batch; the targets are
 * ≥ 40 reports/s and the same peak for both.
 */
@EnabledIfSystemProperty(named = "hongtou.bench", matches = "true")
class BatchBenchmark {

    @Test
    void thousandReportsToDocxAndPdf() throws Exception {
        BatchRunner runner = new BatchRunner(TestEngine.service());
        System.out.printf(Locale.ROOT, "renderers: %s, max heap %d MB%n", TestEngine.renderers().formats(),
                Runtime.getRuntime().maxMemory() >> 20);
        run(runner, 20); // warm-up: JIT, docx4j, fonts
        for (int n : new int[] {100, 1000}) {
            run(runner, n);
        }
    }

    private static void run(BatchRunner runner, int n) throws Exception {
        Path input = Files.createTempFile("bench", ".json");
        try {
            write(input, n);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            BatchSummary s;
            try (JsonBatchSource source = new JsonBatchSource(input)) {
                s = runner.run(source, BatchOptions.parse("docx,pdf", false), OutputStream.nullOutputStream(),
                        BatchProgress.NONE, () -> false);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = peakHeap(false);
            long peakOld = peakHeap(true);
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "batch %5d reports: %7.1f s, %6.1f reports/s, peak heap %4d MB "
                    + "(old generation %4d MB), live after GC %4d MB, failed %d%n", n, seconds, n / seconds,
                    peak >> 20, peakOld >> 20, live >> 20, s.failed());
        } finally {
            Files.deleteIfExists(input);
        }
    }

    /** Writes the batch with a streaming generator: the benchmark must not hold it either. */
    private static void write(Path file, int n) throws Exception {
        JsonMapper json = BatchFixtures.JSON;
        try (JsonGenerator g = json.createGenerator(file.toFile(), tools.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeName("defaults");
            json.writeTree(g, BatchFixtures.defaults());
            g.writeName("reports");
            g.writeStartArray();
            for (int i = 0; i < n; i++) {
                json.writeTree(g, BatchFixtures.report(i));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /**
     * Peak heap over all pools, or only the old generation: young-generation peaks grow with run
     * length (eden fills before each collection), the old generation shows what stays alive.
     */
    private static long peakHeap(boolean oldOnly) {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            boolean old = p.getName().contains("Old") || p.getName().contains("Tenured");
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null && (old || !oldOnly)) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
