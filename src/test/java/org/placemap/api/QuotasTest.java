package org.placemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.placemap.library.ArticleLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's size limit (507, nothing stored) and the per-client write rate (429 with Retry-After),
 * over HTTP on an empty library of 300 bytes that takes three writes a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "placemap.test-context=quotas", "placemap.max-library-bytes=300B", "placemap.writes-per-minute=3",
    "placemap.corpus-dir=target/no-such-corpus"})
class QuotasTest {
    @LocalServerPort
    int port;

    @Autowired
    ArticleLibrary library;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String article(char fill) {
        return "The city of Hama lies about 50 miles from Tartus, officials said. " + String.valueOf(fill).repeat(130);
    }

    @Test
    void aFullLibraryAnswers507AndAFastClientIsSlowedTo429() throws Exception {
        HttpResponse<String> first = send("POST", "/api/articles", article('a'));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(library.storedTextBytes()).isEqualTo(article('a').length());

        HttpResponse<String> second = send("POST", "/api/articles", article('b'));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(507);
        assertThat(second.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(second.body()).contains("The library is full").contains("300 bytes");
        assertThat(library.articles()).hasSize(1);

        String id = JsonMapper.builder().build().readTree(first.body()).get("article").get("id").asString();
        assertThat(send("DELETE", "/api/articles/" + id, null).statusCode()).isEqualTo(204);
        assertThat(library.storedTextBytes()).isZero();

        HttpResponse<String> fourth = send("POST", "/api/articles", article('c'));
        assertThat(fourth.statusCode()).as("the fourth write in a minute").isEqualTo(429);
        assertThat(Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 20L);
        assertThat(fourth.body()).contains("at most 3 a minute");
        assertThat(library.articles()).isEmpty();
        assertThat(send("GET", "/api/articles", null).statusCode()).as("reads are not limited").isEqualTo(200);
    }

    @Test
    void theBucketRefillsAtTheRateAndKeepsClientsApart() {
        AtomicLong now = new AtomicLong();
        WriteRateLimit limit = new WriteRateLimit(60, JsonMapper.builder().build(), now::get);
        for (int i = 0; i < 60; i++) {
            assertThat(limit.take("a")).isZero();
        }
        assertThat(limit.take("a")).as("a minute's burst used up").isEqualTo(1);
        assertThat(limit.take("b")).as("another client").isZero();
        now.addAndGet(1_000_000_000L);
        assertThat(limit.take("a")).as("one write a second comes back").isZero();
        assertThat(limit.take("a")).isPositive();
    }
}
