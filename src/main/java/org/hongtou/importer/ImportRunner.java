package org.hongtou.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code import <file> -o data.json} command, without the command-line parsing (picocli
 * lives in the CLI class): reads the file, imports it as DOCX or text (by content, not by
 * extension), writes the report JSON, and lists the changes on the diagnostic stream.
 */
public final class ImportRunner {

    /** Exit codes: 0 done, 1 unreadable input (message printed), 2 I/O failure. */
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int IO_ERROR = 2;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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
    public int run(Path input, Path output, PrintStream out, PrintStream err) {
        ImportResult result;
        try {
            result = service.importAny(Files.readAllBytes(input));
        } catch (ImportException e) {
            err.println("import: " + input + ": " + e.messageZh() + " / " + e.messageEn() + " [" + e.code() + "]");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("import: cannot read " + input + ": " + e.getMessage());
            return IO_ERROR;
        }
        for (Change c : result.changes()) {
            err.println(describe(c));
        }
        err.printf(Locale.ROOT, "import: %d parts, %d changes or guesses%n",
                result.report().parts().size(), result.changes().size());
        try {
            if (output == null) {
                write(result, out);
                out.println();
            } else {
                try (OutputStream os = Files.newOutputStream(output)) {
                    write(result, os);
                }
            }
        } catch (IOException e) {
            err.println("import: cannot write " + output + ": " + e.getMessage());
            return IO_ERROR;
        }
        return OK;
    }

    /** The report as the JSON the render endpoints accept. */
    public static void write(ImportResult result, OutputStream out) throws IOException {
        JSON.writeValue(out, result.report());
    }

    public static String describe(Change c) {
        String where = c.line() > 0 ? "line " + c.line() : "document";
        return String.format(Locale.ROOT, "%-8s %-24s %-10s %s", c.kind(), c.code(), where, c.messageZh());
    }
}
