package org.placemap.cli;

import java.io.PrintStream;
import java.util.Set;

/** Command-line commands that run without the web server. */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("gazetteer");

    private Cli() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("not yet implemented: " + String.join(" ", args));
        return 2;
    }
}
