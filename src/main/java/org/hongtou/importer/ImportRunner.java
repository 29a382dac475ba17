package org.hongtou.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code import <file> [-o data.json]} command, without the command-line parsing (picocli
 * lives in {@code cli.Cli}): reads the file, imports it as DOCX or text (by content, not by
 * extension), writes the report JSON, and lists the changes on the error stream so that
 * {@code import a.txt > data.json} still gives clean JSON.
 *
 * <p>Exit codes follow {@code cli.Cli}: 0 done, 1 the input is not a readable report,
 * 3 a file could not be read or written.
 */
public final class ImportRunner {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int IO_ERROR = 3;

    private final ImportService service;

    public ImportRunner(ImportService service) {
        this.service = service;
    }

    /**
     * @param input  the report, .txt or .docx
     * @param output where the JSON goes; null writes it to {@code out}
     * @param out    standard output
     * @param err    diagnostics: one line per change, then a summary
     */
    public int run(Path input, Path output, PrintWriter out, PrintWriter err) {
        ImportResult result;
        try {
            result = service.importAny(Files.readAllBytes(input));
        } catch (ImportException e) {
            err.println("import: " + input + ": " + e.messageZh() + " / " + e.messageEn() + " [" + e.code() + "]");
            err.flush();
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("import: cannot read " + input + ": " + e.getMessage());
            err.flush();
            return IO_ERROR;
        }
        for (Change c : result.changes()) {
            err.println(describe(c));
        }
        err.printf(Locale.ROOT, "import: %d parts, %d changes or guesses%n",
                result.report().parts().size(), result.changes().size());
        err.flush();
        try {
            if (output == null) {
                out.println(new String(ImportJson.MAPPER.writeValueAsBytes(result.report()), StandardCharsets.UTF_8));
                out.flush();
            } else {
                try (OutputStream os = Files.newOutputStream(output)) {
                    ImportJson.writeReport(result, os);
                }
            }
        } catch (IOException e) {
            err.println("import: cannot write " + output + ": " + e.getMessage());
            err.flush();
            return IO_ERROR;
        }
        return OK;
    }

    /** One change as a line: kind, code, where, what (Chinese). */
    public static String describe(Change c) {
        String where = c.line() > 0 ? "line " + c.line() : "document";
        return String.format(Locale.ROOT, "%-8s %-24s %-10s %s", c.kind(), c.code(), where, c.messageZh());
    }
}
