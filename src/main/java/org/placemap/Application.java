package org.placemap;

import org.placemap.cli.Cli;
import org.placemap.system.AdminCommands;
import org.placemap.system.GazetteerPreload;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With a known command as first argument ({@code gazetteer …}, later {@code geoparse},
 * {@code evaluate}; the administration commands {@code user}, {@code token}, {@code backup}) it runs that
 * command without starting the web server; otherwise it starts the app.
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (AdminCommands.handles(args)) {
            System.exit(AdminCommands.run(args, System.out, System.err));
        }
        SpringApplication app = new SpringApplication(Application.class);
        app.addListeners(new GazetteerPreload()); // the gazetteer loads while Spring and Vaadin start
        app.run(args);
    }
}
