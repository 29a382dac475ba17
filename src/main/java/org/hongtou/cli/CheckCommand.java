package org.hongtou.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hongtou.service.CheckResult;
import org.hongtou.service.ReportService;
import org.hongtou.validation.MalformedJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "检查一份报告的数据和内容（不排版）。 Validate one report and run the content checks; no file.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", paramLabel = "DATA.json")
    Path input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ReportService service = engine.service();
        CheckResult result;
        try (InputStream in = Files.newInputStream(input)) {
            result = service.check(service.read(in));
        } catch (MalformedJsonException e) {
            spec.commandLine().getErr().println(input + ":" + e.line() + ":" + e.column() + ": not valid JSON: "
                    + e.getMessage());
            return Cli.REPORT_FAILED;
        }
        Findings.print(out, result.findings());
        out.println(result.valid() ? "valid (" + result.warnings().size() + " warnings)"
                : "invalid (" + result.errors().size() + " errors, " + result.warnings().size() + " warnings)");
        return result.valid() ? Cli.OK : Cli.REPORT_FAILED;
    }
}
