package org.hongtou.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hongtou.batch.BatchOptions;
import org.hongtou.batch.BatchRunner;
import org.hongtou.batch.BatchSource;
import org.hongtou.batch.BatchSummary;
import org.hongtou.batch.FolderBatchSource;
import org.hongtou.batch.JsonBatchSource;
import org.hongtou.batch.Numbering;
import org.hongtou.service.UnsupportedFormatException;
import org.hongtou.validation.InvalidReportException;
import org.hongtou.validation.MalformedJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "batch", description = {"批量排版，输出 ZIP（含 manifest.json）。 Render many reports into a ZIP with manifest.json.",
    "INPUT is a batch JSON file ({defaults, numbering, reports}) or a folder of per-report JSON files "
            + "with an optional defaults.json."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", paramLabel = "INPUT", description = "batch JSON file or folder")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.zip")
    Path output;

    @Option(names = {"-f", "--format"}, defaultValue = "docx", paramLabel = "FORMATS",
            description = "docx, pdf, both or a list docx,pdf; default: ${DEFAULT-VALUE}")
    String formats;

    @Option(names = "--combined", description = "also write combined.pdf of all reports, for review (needs pdf)")
    boolean combined;

    @Option(names = "--number-pattern", paramLabel = "PATTERN",
            description = "assign document numbers, e.g. 鲁政〔2025〕{n}号, to reports without their own (folders)")
    String numberPattern;

    @Option(names = "--number-start", defaultValue = "1", paramLabel = "N")
    int numberStart;

    @Option(names = "--no-progress", description = "no progress bar (logs, CI)")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N", description = "render threads; default: one per processor")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchOptions options = BatchOptions.parse(formats, combined);
        BatchRunner runner = threads > 0 ? new BatchRunner(engine.service(), threads)
                : new BatchRunner(engine.service());
        try {
            runner.requireFormats(options);
        } catch (UnsupportedFormatException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        BatchSource source;
        try {
            source = Files.isDirectory(input)
                    ? new FolderBatchSource(input, numberPattern == null ? null : new Numbering(numberPattern, numberStart),
                            engine.maxBytes)
                    : new JsonBatchSource(input);
        } catch (MalformedJsonException e) {
            err.println(input + ":" + e.line() + ":" + e.column() + ": not valid JSON: " + e.getMessage());
            return Cli.REPORT_FAILED;
        } catch (InvalidReportException e) {
            Findings.print(err, e.findings());
            return Cli.REPORT_FAILED;
        }
        long start = System.nanoTime();
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), ".hongtou", ".zip.part");
        BatchSummary summary;
        try (source; OutputStream os = Files.newOutputStream(tmp); ProgressBar bar = progress(source.total())) {
            summary = runner.run(source, options, os, (done, failed, total, last) -> {
                if (bar != null) {
                    bar.stepTo(done);
                    bar.setExtraMessage(failed > 0 ? failed + " failed" : "");
                }
            }, () -> false);
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        double seconds = (System.nanoTime() - start) / 1e9;
        printFailures(err, abs);
        out.printf("%d rendered (%d with warnings), %d failed, of %d → %s (%.1f s)%n", summary.rendered(),
                summary.warnings(), summary.failed(), summary.total(), output, seconds);
        return summary.failed() > 0 ? Cli.REPORT_FAILED : Cli.OK;
    }

    private ProgressBar progress(int total) {
        if (noProgress) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("render").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    /** Names each failed report and its first errors, from the manifest just written. */
    private static void printFailures(PrintWriter err, Path zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.getName().equals(BatchRunner.MANIFEST)) {
                    continue;
                }
                JsonNode manifest = JsonMapper.builder().build().readTree(in.readAllBytes());
                for (JsonNode r : manifest.get("reports")) {
                    if (r.get("status").asString().equals("failed")) {
                        err.println("failed: " + r.get("source").asString());
                        for (JsonNode f : r.get("errors")) {
                            err.println("  " + f.get("pointer").asString() + "  [" + f.get("rule").asString() + "]  "
                                    + f.get("messageZh").asString() + " / " + f.get("messageEn").asString());
                        }
                    }
                }
            }
        }
    }
}
