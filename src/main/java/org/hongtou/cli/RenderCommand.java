package org.hongtou.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hongtou.service.PreparedReport;
import org.hongtou.service.RenderedReport;
import org.hongtou.service.ReportService;
import org.hongtou.service.UnsupportedFormatException;
import org.hongtou.template.TemplateNotFoundException;
import org.hongtou.validation.InvalidReportException;
import org.hongtou.validation.MalformedJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render", description = {"排一份报告。 Render one report.",
    "The format comes from --format or else the extension of -o; without -o the file is named by the title."})
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions engine;

    @Parameters(index = "0", paramLabel = "DATA.json", description = "the report data")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "output file (.docx or .pdf)")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "docx or pdf")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format != null ? format.toLowerCase(Locale.ROOT)
                : output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? "pdf" : "docx";
        ReportService service = engine.service();
        PreparedReport prepared;
        try (InputStream in = Files.newInputStream(input)) {
            service.renderers().get(fmt);
            prepared = service.prepare(service.read(in));
        } catch (MalformedJsonException e) {
            err.println(input + ":" + e.line() + ":" + e.column() + ": not valid JSON: " + e.getMessage());
            return Cli.REPORT_FAILED;
        } catch (InvalidReportException e) {
            Findings.print(err, e.findings());
            return Cli.REPORT_FAILED;
        } catch (TemplateNotFoundException e) {
            err.println("error   /template  [unknown-template]  模板 " + e.name() + " 不存在 / no template named " + e.name());
            return Cli.REPORT_FAILED;
        } catch (UnsupportedFormatException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        Path target = output;
        Path tmp = Files.createTempFile(input.toAbsolutePath().getParent(), ".hongtou", ".part");
        RenderedReport rendered;
        try (OutputStream os = Files.newOutputStream(tmp)) {
            rendered = service.render(prepared, fmt, os);
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (target == null) {
            target = Path.of(rendered.fileName());
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Findings.print(err, rendered.warnings());
        out.println(target + " (" + rendered.pages() + " pages, " + Files.size(target) / 1024 + " KB"
                + (rendered.warnings().isEmpty() ? "" : ", " + rendered.warnings().size() + " warnings") + ")");
        return Cli.OK;
    }
}
