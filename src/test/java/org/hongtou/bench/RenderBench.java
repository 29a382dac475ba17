package org.hongtou.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hongtou.document.Document;
import org.hongtou.pdf.BenchAccess;
import org.hongtou.pdf.Fixtures;
import org.hongtou.pdf.PdfRenderer;
import org.hongtou.render.DocumentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Render timings, not a test: median and p90 ms per document for PDF and DOCX over the samples,
 * a 4-page and a 20-page report, after warm-up; where soffice is installed, LibreOffice
 * converting the same DOCX to PDF, and the ratio. Run with {@code mvn -q -B -Pbench test}.
 */
@EnabledIfSystemProperty(named = "hongtou.bench", matches = "true")
class RenderBench {

    private static final int WARM_UP = 30;
    private static final int RUNS = 40;
    private static final int SOFFICE_RUNS = 3;

    @Test
    void printTimings() throws Exception {
        Map<String, Document> docs = new LinkedHashMap<>();
        for (String n : Fixtures.sampleNames()) {
            docs.put(n, Fixtures.sample(n));
        }
        docs.put("report-4p", Fixtures.longReport(4));
        docs.put("report-20p", Fixtures.longReport(20));
        PdfRenderer pdf = new PdfRenderer();
        DocumentRenderer docx = BenchAccess.docx();
        boolean soffice = BenchAccess.sofficeInstalled();
        System.out.printf("%n%-16s %5s %8s %8s %8s %8s %9s %9s %10s %8s%n", "document", "pages", "PDF KB",
                "PDF med", "PDF p90", "PDF cpu", "DOCX med", "DOCX p90", "LO med ms", "LO/PDF");
        for (Map.Entry<String, Document> e : docs.entrySet()) {
            Document d = e.getValue();
            byte[] pdfBytes = render(pdf, d);
            double[] p = time(pdf, d);
            double[] x = docx == null ? null : time(docx, d);
            String lo = "-";
            String ratio = "-";
            if (soffice && docx != null) {
                byte[] docxBytes = render(docx, d);
                Path work = Files.createTempDirectory("bench-lo");
                BenchAccess.convert(docxBytes, work); // warm-up: first start creates the profile
                double[] t = new double[SOFFICE_RUNS];
                for (int i = 0; i < SOFFICE_RUNS; i++) {
                    long s = System.nanoTime();
                    BenchAccess.convert(docxBytes, work);
                    t[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(t);
                lo = String.format("%.0f", t[SOFFICE_RUNS / 2]);
                ratio = String.format("%.0fx", t[SOFFICE_RUNS / 2] / p[0]);
            }
            System.out.printf("%-16s %5d %8.1f %8.1f %8.1f %8.1f %9s %9s %10s %8s%n", e.getKey(),
                    pdf.layout(d).pageCount(), pdfBytes.length / 1024.0, p[0], p[1], p[2],
                    x == null ? "-" : String.format("%.1f", x[0]), x == null ? "-" : String.format("%.1f", x[1]),
                    lo, ratio);
        }
        System.out.println("(ms per document; median and p90 of " + RUNS + " runs after " + WARM_UP
                + " warm-up runs; cpu: median CPU time of the rendering thread, which a busy machine"
                + " inflates less than wall time; LibreOffice: median of " + SOFFICE_RUNS
                + " conversions of the same DOCX, wall time, against the PDF median)");
        System.out.println("load average while measuring: " + String.format("%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    private static byte[] render(DocumentRenderer r, Document d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(d, out);
        return out.toByteArray();
    }

    /** {median, p90, median CPU} in ms. */
    private static double[] time(DocumentRenderer r, Document d) throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            render(r, d);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> t = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            render(r, d);
            t.add((System.nanoTime() - s) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
        }
        t.sort(Double::compare);
        cpu.sort(Double::compare);
        return new double[]{t.get(RUNS / 2), t.get((int) Math.ceil(RUNS * 0.9) - 1), cpu.get(RUNS / 2)};
    }
}
