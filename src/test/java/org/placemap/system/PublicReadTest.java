package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code placemap.public-read=true} in team mode: anyone reads the map and the API, only editors write. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "placemap.test-context=public-read", "placemap.security=team", "placemap.public-read=true",
    "placemap.admin-password=admin-password-1"})
class PublicReadTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyoneReadsButAnonymousWritesAre401() throws Exception {
        assertThat(send("GET", "/api/articles", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/places.geojson", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/", null).statusCode()).as("the map opens without a login").isEqualTo(200);
        HttpResponse<String> write = send("POST", "/api/articles", "{\"text\": \"Hama lies about 50 miles from Tartus.\"}");
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(write.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String id = "1";
        assertThat(send("DELETE", "/api/articles/" + id, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/articles/" + id, null).statusCode()).isEqualTo(200);
    }
}
