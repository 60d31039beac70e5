package org.placemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.placemap.library.ArticleLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One parsing thread and no queue: while a large article is being parsed, the next POST is answered at
 * once with 503 and {@code Retry-After} (nothing stored), reads go on being answered, and the large
 * article is then stored (201).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "placemap.test-context=api-busy", "placemap.parse-threads=1", "placemap.parse-queue=0"})
class ApiBusyTest {
    @LocalServerPort
    int port;

    @Autowired
    ArticleLibrary library;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest post(String text) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(text)).build();
    }

    @Test
    void aFullParsingQueueAnswers503WithRetryAfterWhileReadsGoOn() throws Exception {
        // the library opens on its own thread and imports the samples through the same parsing pool: until that is
        // done, "running" may count a sample's parse and the large article itself may be the one turned away
        library.opening().get(60, TimeUnit.SECONDS);
        StringBuilder big = new StringBuilder("Dispatches\n\n");
        String[] names = {"Aleppo", "Hama", "Homs", "Tartus", "Latakia", "Damascus", "Idlib", "Raqqa", "Daraa", "Palmyra"};
        for (int i = 0; big.length() < 3_000_000; i++) {
            big.append("Report ").append(i).append(": shelling near ").append(names[i % 10]).append(" and ")
                    .append(names[(i * 7 + 3) % 10]).append(", officials in ").append(names[(i * 3 + 1) % 10]).append(" said.\n");
        }
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(post(big.toString()), HttpResponse.BodyHandlers.ofString());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (library.parseStats().running() == 0 && !slow.isDone() && System.nanoTime() < until) {
            Thread.sleep(2);
        }
        assertThat(library.parseStats().running()).as("the large article is being parsed").isEqualTo(1);
        assertThat(slow).as("the large article is still being parsed").isNotDone();

        HttpResponse<String> busy = http.send(post("Hama lies about 50 miles from Tartus, officials said."),
                HttpResponse.BodyHandlers.ofString());
        assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("5");
        assertThat(busy.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("reads are answered meanwhile").isEqualTo(200);

        assertThat(slow.get(120, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        assertThat(library.articles()).noneMatch(a -> a.title().startsWith("Hama lies"));
    }
}
