package org.hongtou.cli;

import java.util.Set;

/** Command-line entry: placeholder until the batch work lands. */
public final class Cli {

    static final Set<String> COMMANDS = Set.of("render", "check", "batch", "help", "--help", "-h", "--version");

    private Cli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        System.err.println("command line not yet available");
        return 2;
    }
}
