package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an operator's monitoring reads: health and readiness, and the library's metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "placemap.test-context=operations")
class OperationsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /**
     * Readiness waits for the library, which opens while the server starts: OUT_OF_SERVICE (503) until its
     * articles are restored, then UP; never anything else.
     */
    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return;
            }
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(r.body()).get("status").asString()).isEqualTo("OUT_OF_SERVICE");
            assertThat(System.nanoTime()).as("ready within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void healthLivenessAndReadinessAreUp() throws Exception {
        awaitReady();
        assertThat(get("/actuator/health").get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness").get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theLibraryMetricsCountTheSampleArticlesAndTheParsingQueue() throws Exception {
        JsonNode articles = get("/actuator/metrics/placemap.articles");
        assertThat(articles.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(5);
        assertThat(get("/actuator/metrics/placemap.parse.queue").get("measurements").get(0).get("value").asDouble())
                .isZero();
        assertThat(get("/actuator/metrics/placemap.places").get("measurements").get(0).get("value").asDouble())
                .isGreaterThanOrEqualTo(8); // Aleppo, Hama, Homs, Tartus, Latakia, Khmeimim, Quneitra, Daraa
        assertThat(get("/actuator/metrics").get("names").toString()).contains("placemap.parse", "placemap.map.listeners");
    }
}
