package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast-starting form the build makes ({@code target/app}: the extracted jar, the JDK AOT cache and
 * Spring's AOT-processed bean definitions), started the way the README says, after {@code package}
 * (failsafe, {@code mvn verify}). Spring's AOT processing fixes the bean definitions at build time, so
 * what a setting decides must still be decided at run time: the same form is started in {@code team}
 * and in {@code local} mode and each must behave as its mode says. Behaviour only; how fast it starts is
 * measured by {@code bench/startup.sh --aot} (BENCHMARKS.md).
 */
class FastFormIT {
    private static final Path APP = Path.of(System.getProperty("placemap.project.dir", "."), "target", "app");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theArgumentFileTurnsOnTheAotProcessedBeanDefinitions() throws IOException {
        assertThat(APP.resolve("placemap.jar")).exists();
        assertThat(Files.readAllLines(APP.resolve("placemap.args"))).contains("-Dspring.aot.enabled=true");
    }

    @Test
    void teamModeAsksForAnAccountAlthoughTheBeansWereFixedAtBuildTime(@TempDir Path data) throws Exception {
        try (Started app = start(data, "--placemap.security=team", "--placemap.admin-password=fast-form-1")) {
            assertThat(app.log()).contains("Starting AOT-processed Application");
            assertThat(get(app, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
            assertThat(get(app, "/api/articles", null).statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/articles", "admin:wrong").statusCode()).isEqualTo(401);
            assertThat(get(app, "/api/articles", "admin:fast-form-1").statusCode()).isEqualTo(200);
            assertThat(post(app, "/api/articles", null).statusCode()).isEqualTo(401);
            HttpResponse<String> page = get(app, "/", null);
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void localModeLetsEveryoneInWithoutAnAccount(@TempDir Path data) throws Exception {
        try (Started app = start(data)) {
            assertThat(app.log()).contains("Starting AOT-processed Application");
            assertThat(get(app, "/api/articles", null).statusCode()).isEqualTo(200);
            HttpResponse<String> added = post(app, "/api/articles", null);
            assertThat(added.statusCode()).as(added.body()).isIn(201, 202);
            assertThat(get(app, "/", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aFreshMachineReadsTheGazetteerIndexShippedWithTheAppAndMakesNoCacheOfItsOwn(@TempDir Path data)
            throws Exception {
        Path emptyUserCache = Files.createDirectories(data.resolve("user-cache"));
        try (Started app = start(data, Map.of("PLACEMAP_GAZETTEER_CACHE_DIR", emptyUserCache.toString()))) {
            assertThat(app.log()).contains("geodata (binary index cache)");
            try (var files = Files.list(emptyUserCache)) {
                assertThat(files.toList()).as("the user's cache folder stays empty").isEmpty();
            }
            assertThat(get(app, "/api/articles", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void thePostgresProfileStoresArticlesInPostgres(@TempDir Path data) throws Exception {
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder().start();
        } catch (Exception | Error e) {
            assumeTrue(false, "embedded PostgreSQL did not start here: " + e);
            return;
        }
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
        try (pg; Started app = start(data, "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres")) {
            assertThat(app.log()).contains("Starting AOT-processed Application").contains("Database: " + url);
            assertThat(post(app, "/api/articles", null).statusCode()).isEqualTo(201);
            try (var c = pg.getPostgresDatabase().getConnection(); var q = c.createStatement();
                    var rows = q.executeQuery("select count(*) from articles where title = 'Fast form'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("the article is in PostgreSQL, not in an H2 file").isEqualTo(1);
            }
        }
    }

    private HttpResponse<String> get(Started app, String path, String basic) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30));
        if (basic != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Started app, String path, String basic) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Fast form\",\"text\":\"The city of Hama lies about 50 miles from Tartus.\"}"));
        if (basic != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code java @target/app/placemap.args [-XX:AOTCache=target/app/placemap.aot] -jar target/app/placemap.jar}. */
    private Started start(Path data, String... args) throws Exception {
        return start(data, Map.of(), args);
    }

    private Started start(Path data, Map<String, String> env, String... args) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("@" + APP.resolve("placemap.args"));
        if (Files.exists(APP.resolve("placemap.aot"))) {
            command.add("-XX:AOTCache=" + APP.resolve("placemap.aot"));
        }
        command.add("-jar");
        command.add(APP.resolve("placemap.jar").toString());
        command.add("--server.port=" + port);
        command.add("--placemap.data-dir=" + data);
        command.add("--spring.main.banner-mode=off");
        command.addAll(List.of(args));
        Path log = data.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(APP.getParent().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        Started app = new Started(p, log, port);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the fast form exited with " + p.exitValue() + "; log:\n" + app.log());
            }
            try {
                if (get(app, "/actuator/health/readiness", null).statusCode() == 200) {
                    return app;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        app.close();
        throw new IllegalStateException("the fast form was not ready within " + READY_TIMEOUT + "; log:\n" + app.log());
    }

    private record Started(Process process, Path logFile, int port) implements AutoCloseable {
        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String log() throws IOException {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
