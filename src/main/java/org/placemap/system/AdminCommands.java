package org.placemap.system;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.placemap.accounts.Accounts;
import org.placemap.accounts.Role;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commands for whoever runs the server, on the same settings as the app (the same
 * {@code --placemap.data-dir=…}, profile and environment), while the app runs or not:
 *
 * <pre>
 *   java -jar placemap.jar user create NAME --role reader|editor   (prints a new password, or takes PLACEMAP_USER_PASSWORD)
 *   java -jar placemap.jar token create NAME [--role reader|editor] (prints the token; editor by default)
 *   java -jar placemap.jar token revoke NAME
 *   java -jar placemap.jar backup FILE.zip                          (H2 only: an online, consistent copy)
 * </pre>
 *
 * They start a context of the app's settings and its database only (no web server, no gazetteer, no
 * library) and apply the migrations. The H2 file is opened in H2's
 * mixed mode ({@code AUTO_SERVER}), so a command works while the app has the database open. Exit status:
 * 0 done, 1 failed, 2 usage error.
 */
public final class AdminCommands {
    private static final Set<String> COMMANDS = Set.of("user", "token", "backup");

    private AdminCommands() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        String role = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--role") && i + 1 < args.length) {
                role = args[++i];
            } else if (args[i].startsWith("--role=")) {
                role = args[i].substring("--role=".length());
            } else if (args[i].startsWith("--")) {
                settings.add(args[i]);
            } else {
                words.add(args[i]);
            }
        }
        String command = String.join(" ", words.subList(0, Math.min(2, words.size())));
        String roleName = role;
        try {
            return switch (command) {
                case "user create" -> words.size() == 3 && roleName != null
                        ? withAccounts(settings, (accounts, jdbc) -> createUser(accounts, words.get(2), Role.parse(roleName), out))
                        : usage(err);
                case "token create" -> words.size() == 3
                        ? withAccounts(settings, (accounts, jdbc) -> createToken(accounts, words.get(2),
                                roleName == null ? Role.EDITOR : Role.parse(roleName), out))
                        : usage(err);
                case "token revoke" -> words.size() == 3
                        ? withAccounts(settings, (accounts, jdbc) -> revoke(accounts, words.get(2), out, err))
                        : usage(err);
                default -> words.size() == 2 && words.get(0).equals("backup")
                        ? withAccounts(settings, (accounts, jdbc) -> backup(jdbc, Path.of(words.get(1)), out, err))
                        : usage(err);
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * The app's settings (application.properties, profiles, environment, arguments) and its database,
     * and nothing else: no web server, no Vaadin, no gazetteer.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.context.properties.EnableConfigurationProperties({PlacemapProperties.class,
        org.springframework.boot.jdbc.autoconfigure.DataSourceProperties.class})
    @org.springframework.context.annotation.Import(DatabaseConfiguration.class)
    static class DatabaseOnly {}

    private interface Action {
        int run(Accounts accounts, JdbcTemplate jdbc) throws Exception;
    }

    private static int withAccounts(List<String> settings, Action action) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN", "spring.main.register-shutdown-hook=false")
                .run(settings.toArray(String[]::new))) {
            DataSource ds = context.getBean(DataSource.class);
            Flyway.configure().dataSource(ds).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            return action.run(new Accounts(jdbc), jdbc);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("Failed: " + e.getMessage(), e);
        }
    }

    private static int createUser(Accounts accounts, String name, Role role, PrintStream out) {
        String given = System.getenv("PLACEMAP_USER_PASSWORD");
        String password = given == null || given.isBlank() ? Accounts.randomPassword() : given;
        accounts.create(name, password, role);
        out.println("Made the " + role.name().toLowerCase() + " account " + name
                + (given == null || given.isBlank() ? " with the password " + password + " (shown only now)" : "") + ".");
        return 0;
    }

    private static int createToken(Accounts accounts, String name, Role role, PrintStream out) {
        String token = accounts.createToken(name, role);
        out.println(token);
        System.err.println("Made the " + role.name().toLowerCase() + " token " + name
                + "; it is shown only now. Use it as: curl -H 'Authorization: Bearer " + token.substring(0, 6) + "…' …");
        return 0;
    }

    private static int revoke(Accounts accounts, String name, PrintStream out, PrintStream err) {
        if (!accounts.revokeToken(name)) {
            err.println("There is no token named " + name + ".");
            return 1;
        }
        out.println("Revoked the token " + name + ".");
        return 0;
    }

    private static int backup(JdbcTemplate jdbc, Path file, PrintStream out, PrintStream err) throws Exception {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"H2".equals(product)) {
            err.println("backup copies the embedded H2 database; for " + product + " use its own tool (pg_dump).");
            return 1;
        }
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            err.println(target + " already exists; choose a new file.");
            return 1;
        }
        jdbc.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        out.println("Backed up the database to " + target + " (" + Files.size(target) + " bytes). Restore: stop the app,"
                + " unzip it into the data directory.");
        return 0;
    }

    /** Prints the commands' usage to {@code err}; returns 2, the usage-error status. */
    public static int usage(PrintStream err) {
        err.println("""
                usage: java -jar placemap.jar user create NAME --role reader|editor
                       java -jar placemap.jar token create NAME [--role reader|editor]
                       java -jar placemap.jar token revoke NAME
                       java -jar placemap.jar backup FILE.zip
                Add the app's settings as usual, e.g. --placemap.data-dir=/var/lib/placemap.""");
        return 2;
    }
}
