package org.hongtou;

import org.hongtou.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One jar, two faces. With no arguments, or {@code serve}, it starts the HTTP service; with a
 * command-line subcommand (render, check, batch) it runs that without starting a web server.
 */
@SpringBootApplication
public class HongtouApplication {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
            return;
        }
        String[] rest = args.length > 0 && args[0].equals("serve")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        SpringApplication.run(HongtouApplication.class, rest);
    }
}
