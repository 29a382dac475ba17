package org.hongtou.cli;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line in the same jar as the service. {@link org.hongtou.HongtouApplication}
 * hands over when the first argument is one of {@link #COMMANDS}; the web server is not started.
 *
 * <p>Exit codes: 0 success (warnings allowed), 1 a report was invalid or failed, 2 usage error,
 * 3 an input or output file problem or an internal error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int REPORT_FAILED = 1;
    public static final int USAGE = 2;
    public static final int IO_ERROR = 3;

    static final Set<String> COMMANDS = Set.of("render", "check", "batch", "help", "--help", "-h", "--version", "-V");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command and returns its exit code (never calls System.exit, so tests can call it). */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        quietLogging();
        CommandLine cl = new CommandLine(new Root());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return IO_ERROR;
        });
        return cl.execute(args);
    }

    /** Without Spring, logback would log everything at DEBUG; a command line wants only problems. */
    private static void quietLogging() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(Level.WARN);
        }
    }

    @CommandLine.Command(name = "hongtou", mixinStandardHelpOptions = true, version = "hongtou 0.1.0",
            description = {"红头文件：把年度报告数据 (JSON) 排成 GB/T 9704 公文 (DOCX/PDF)。",
                "Turns annual report data (JSON) into GB/T 9704 red-header documents (DOCX/PDF).",
                "Without a command (or with 'serve') the jar starts the HTTP service."},
            subcommands = {RenderCommand.class, CheckCommand.class, BatchCommand.class,
                CommandLine.HelpCommand.class})
    static final class Root implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
