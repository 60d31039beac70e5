package org.placemap.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import org.placemap.gazetteer.GazetteerBuilder;

/**
 * Commands that run without the web server: {@code java -jar placemap.jar COMMAND ...}. Each returns a
 * process exit status: 0 done, 1 failed, 2 usage error.
 */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("gazetteer", "geoparse", "evaluate");

    private Cli() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] afterCommand = Arrays.copyOfRange(args, 1, args.length);
        String[] rest = Arrays.copyOfRange(args, Math.min(2, args.length), args.length);
        String sub = args.length > 1 ? args[1] : "";
        return switch (args[0]) {
            case "geoparse" -> GeoparseCommand.run(afterCommand, out, err);
            case "evaluate" -> EvaluateCommand.run(afterCommand, out, err);
            case "gazetteer" -> switch (sub) {
                case "build" -> GazetteerBuilder.run(rest, out, err);
                case "lookup" -> LookupCommand.run(rest, out, err);
                default -> usage(err);
            };
            default -> usage(err);
        };
    }

    /** Prints the commands' usage to {@code err}; returns 2, the usage-error status. */
    public static int usage(PrintStream err) {
        err.println("""
                usage: java -jar placemap.jar gazetteer build --from SOURCE_DIR [--to GEODATA_DIR]
                       java -jar placemap.jar gazetteer lookup [--json] [--geodata DIR] [--limit N] NAME...
                       java -jar placemap.jar geoparse [--format jsonl|geojson] PATH...
                       java -jar placemap.jar evaluate DIR""");
        return 2;
    }
}
