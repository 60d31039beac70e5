package org.placemap;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.io.PrintStream;
import org.placemap.cli.Cli;
import org.placemap.system.AdminCommands;
import org.placemap.system.GazetteerPreload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With a known command as first argument ({@code gazetteer …}, {@code geoparse},
 * {@code evaluate}; the administration commands {@code user}, {@code token}, {@code backup}) it runs that
 * command without starting the web server; with any other word first ({@code help}, or a mistyped command) it
 * prints every command's usage; with no arguments or options only it starts the app.
 */
@SpringBootApplication
// Vaadin looks for its types (routes, the app shell, components, lookup services) in the packages that have
// them, not in the whole application: at startup it reads every class file of the packages it is given
// (issue 13, BENCHMARKS.md)
@EnableVaadin({"org.placemap.ui", "org.placemap.map", "org.placemap.system"})
public class Application {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (AdminCommands.handles(args)) {
            System.exit(AdminCommands.run(args, System.out, System.err));
        }
        int notACommand = notACommand(args, System.out, System.err);
        if (notACommand >= 0) {
            System.exit(notACommand);
        }
        SpringApplication app = new SpringApplication(Application.class);
        app.addListeners(new GazetteerPreload()); // the gazetteer loads while Spring and Vaadin start
        app.run(args);
    }

    /**
     * For a first argument that is neither an option nor a command ("help", or a mistyped "evalute"): prints every
     * command's usage (to {@code out} for "help", else to {@code err} after saying so) and returns the exit status, 0
     * or 2, instead of starting the web server; -1 when the arguments start the web app (none, or options only).
     */
    static int notACommand(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return -1;
        }
        boolean help = args[0].equals("help");
        PrintStream to = help ? out : err;
        if (!help) {
            to.println("placemap: no command \"" + args[0] + "\"");
        }
        printUsage(to);
        return help ? 0 : 2;
    }

    /** Every command's usage, and how to start the web app. */
    static void printUsage(PrintStream to) {
        to.println("usage: java -jar placemap.jar [--server.port=N] [--placemap.data-dir=DIR] ...   (the web app)");
        Cli.usage(to);
        AdminCommands.usage(to);
    }
}
