package org.hongtou.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hongtou.importer.ImportRunner;
import org.hongtou.importer.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Only the parsing: {@link ImportRunner} does the work, so the command line and its tests share
 * one implementation. Its exit codes (0, 1 bad input, 3 file error) are the CLI's.
 */
@Command(name = "import", description = {"把已有的报告（.txt 或 .docx）转成报告数据 JSON；改动和推测列在标准错误。",
    "Turn an existing report (.txt or .docx) into report data JSON; changes and guesses go to stderr."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "报告文件 .txt/.docx (decided by content)")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "DATA.json", description = "输出文件；省略则写到标准输出")
    Path output;

    @Override
    public Integer call() {
        return new ImportRunner(new ImportService()).run(file, output, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
