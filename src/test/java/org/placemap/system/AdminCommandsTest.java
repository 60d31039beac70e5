package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The administration commands against the database of a running team-mode server: a token made by
 * {@code token create} works on that server at once, a revoked one stops working, {@code user create}
 * makes an account that can log in, and {@code backup} writes a zip of the database while it is open.
 */
class AdminCommandsTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AdminCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void tokensUsersAndBackupsWorkWhileTheServerHasTheDatabaseOpen(@TempDir Path dir) throws Exception {
        String data = "--placemap.data-dir=" + dir.resolve("data");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(data,
                "--server.port=0", "--spring.main.banner-mode=off", "--placemap.security=team",
                "--placemap.admin-password=admin-password-1", "--placemap.corpus-dir=" + Path.of("corpus").toAbsolutePath())) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();

            Run token = run("token", "create", "ingest-bot", "--role", "editor", data);
            assertThat(token.status()).as(token.err()).isZero();
            assertThat(token.out()).startsWith("pm_").hasSizeGreaterThan(40);
            HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Authorization", "Bearer " + token.out()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Hama lies about 50 miles from Tartus.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

            assertThat(run("token", "create", "ingest-bot", data).status()).as("a name is used once").isEqualTo(1);
            assertThat(run("token", "revoke", "ingest-bot", data).status()).isZero();
            HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Authorization", "Bearer " + token.out()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(revoked.statusCode()).isEqualTo(401);

            Run user = run("user", "create", "rita", "--role", "reader", data);
            assertThat(user.status()).as(user.err()).isZero();
            String password = user.out().replaceAll(".*the password (\\S+) .*", "$1");
            String basic = java.util.Base64.getEncoder().encodeToString(("rita:" + password).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(run("user", "create", "x", "--role", "boss", data).err()).contains("reader or editor");

            Path zip = dir.resolve("backup.zip");
            Run backup = run("backup", zip.toString(), data);
            assertThat(backup.status()).as(backup.err()).isZero();
            try (ZipFile z = new ZipFile(zip.toFile())) {
                assertThat(z.stream().map(e -> e.getName())).contains("placemap.mv.db");
            }
            assertThat(Files.size(zip)).isPositive();
            assertThat(run("backup", zip.toString(), data).status()).as("never overwrites").isEqualTo(1);
        }
        assertThat(run("token").status()).isEqualTo(2);
    }
}
