package org.placemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers' corrections over HTTP (issue 12): correct, apply to the article, add, remove, undo, the claim
 * measured again, the decision in the exports, and every bad input answered 400 or 404 with a message.
 * Shares the API tests' context and data folder; its texts are its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "placemap.test-context=api")
class CorrectionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A new article with two mentions of Hama, a claim Hama–Tartus, and the common noun "port". */
    private JsonNode article() throws Exception {
        String text = "Hama and the coast\n\nThe city of Hama lies about 50 miles from Tartus, officials said. "
                + "The port was quiet and Hama was calm on day " + System.nanoTime() + ".\n";
        HttpResponse<String> r = send("POST", "/api/articles", "text/plain; charset=utf-8", text);
        assertThat(r.statusCode()).isEqualTo(201);
        return json.readTree(r.body());
    }

    private static List<JsonNode> named(JsonNode article, String name) {
        List<JsonNode> out = new ArrayList<>();
        article.get("mentions").forEach(m -> {
            if (m.get("text").asString().equals(name)) {
                out.add(m);
            }
        });
        return out;
    }

    private String id(JsonNode article) {
        return article.at("/article/id").asString();
    }

    private static String span(JsonNode m) {
        return m.get("start").asInt() + "-" + m.get("end").asInt();
    }

    private String otherPlace(String name, String notId) throws Exception {
        JsonNode found = json.readTree(send("GET", "/api/gazetteer/search?q=" + name, null, null).body());
        for (JsonNode p : found) {
            if (!p.get("placeId").asString().equals(notId)) {
                return p.get("placeId").asString();
            }
        }
        throw new AssertionError("the gazetteer has one " + name + " only");
    }

    @Test
    void aMentionCorrectedForTheWholeArticleIsShownAsTheReadersInTheArticleAndTheExportsAndUndone() throws Exception {
        JsonNode a = article();
        String id = id(a);
        List<JsonNode> hamas = named(a, "Hama");
        assertThat(hamas).hasSizeGreaterThanOrEqualTo(3).allSatisfy(m -> assertThat(m.get("decidedBy").asString()).isEqualTo("parser"));
        String parserId = hamas.get(0).get("placeId").asString();
        String other = otherPlace("Hama", parserId);

        HttpResponse<String> put = send("PUT", "/api/articles/" + id + "/mentions/" + span(hamas.get(1)), "application/json",
                "{\"placeId\": \"" + other + "\", \"scope\": \"article\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode result = json.readTree(put.body());
        assertThat(result.get("changed")).hasSize(hamas.size());
        assertThat(result.at("/mention/placeId").asString()).isEqualTo(other);
        assertThat(result.at("/mention/decidedBy").asString()).isEqualTo("reader");
        assertThat(result.at("/mention/decidedAt").isNull()).isFalse();

        JsonNode now = json.readTree(send("GET", "/api/articles/" + id, null, null).body());
        assertThat(named(now, "Hama")).allSatisfy(m -> {
            assertThat(m.get("placeId").asString()).isEqualTo(other);
            assertThat(m.get("decidedBy").asString()).isEqualTo("reader");
        });
        String csv = send("GET", "/api/mentions.csv?article=" + id, null, null).body();
        assertThat(csv.lines().filter(l -> l.startsWith(other + ",")).toList()).hasSize(hamas.size())
                .allSatisfy(l -> assertThat(l).contains(",reader,"));
        JsonNode places = json.readTree(send("GET", "/api/places?article=" + id, null, null).body());
        assertThat(places.toString()).contains("\"decidedBy\":\"reader\"");
        JsonNode decisions = json.readTree(send("GET", "/api/corrections", null, null).body());
        assertThat(decisions.toString()).contains("\"articleId\":\"" + id + "\"");

        long batch = result.get("batch").asLong();
        assertThat(send("DELETE", "/api/corrections/" + batch, null, null).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/corrections/" + batch, null, null).statusCode()).isEqualTo(404);
        JsonNode undone = json.readTree(send("GET", "/api/articles/" + id, null, null).body());
        assertThat(named(undone, "Hama")).allSatisfy(m -> {
            assertThat(m.get("placeId").asString()).isEqualTo(parserId);
            assertThat(m.get("decidedBy").asString()).isEqualTo("parser");
        });
    }

    @Test
    void aClaimEndCorrectedIsMeasuredAndJudgedAgainAndMarkedInTheClaimsExport() throws Exception {
        JsonNode a = article();
        String id = id(a);
        JsonNode claim = a.get("claims").get(0);
        assertThat(claim.get("verdict").asString()).isEqualTo("consistent");
        JsonNode to = claim.get("to");
        String homs = json.readTree(send("GET", "/api/gazetteer/search?q=Homs", null, null).body()).get(0).get("placeId").asString();

        HttpResponse<String> put = send("PUT", "/api/articles/" + id + "/mentions/" + to.get("start").asInt() + "-"
                + to.get("end").asInt(), "application/json", "{\"placeId\": \"" + homs + "\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        JsonNode claims = json.readTree(send("GET", "/api/claims?article=" + id, null, null).body());
        JsonNode c = claims.get(0);
        assertThat(c.at("/to/id").asString()).isEqualTo(homs);
        assertThat(c.at("/to/decidedBy").asString()).isEqualTo("reader");
        assertThat(c.get("decidedBy").asString()).isEqualTo("reader");
        // Hama–Homs is about 45 km on the ground, far from "about 50 miles" (80 km)
        assertThat(c.get("measuredKm").asDouble()).isBetween(35.0, 55.0);
        assertThat(c.get("verdict").asString()).isEqualTo("inconsistent");
        assertThat(send("GET", "/api/claims.csv?article=" + id, null, null).body().lines().skip(1).findFirst().orElseThrow())
                .endsWith(",reader");
    }

    @Test
    void aMissedMentionIsAddedThenRemovedAndAParserMentionMarkedNotAPlaceStaysListed() throws Exception {
        JsonNode a = article();
        String id = id(a);
        String text = a.get("text").asString();
        int port = text.indexOf("port");
        String tartus = named(a, "Tartus").get(0).get("placeId").asString();

        HttpResponse<String> post = send("POST", "/api/articles/" + id + "/mentions/" + port + "-" + (port + 4),
                "application/json", "{\"placeId\": \"" + tartus + "\"}");
        assertThat(post.statusCode()).as(post.body()).isEqualTo(201);
        assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/api/articles/" + id + "/mentions/" + port + "-" + (port + 4));
        JsonNode added = json.readTree(send("GET", "/api/articles/" + id + "/mentions/" + port + "-" + (port + 4), null, null).body());
        assertThat(added.get("placeId").asString()).isEqualTo(tartus);
        assertThat(added.get("decidedBy").asString()).isEqualTo("reader");

        assertThat(send("DELETE", "/api/articles/" + id + "/mentions/" + port + "-" + (port + 4), null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/articles/" + id + "/mentions/" + port + "-" + (port + 4), null, null).statusCode()).isEqualTo(404);

        JsonNode hama = named(a, "Hama").get(0);
        HttpResponse<String> notAPlace = send("PUT", "/api/articles/" + id + "/mentions/" + span(hama), "application/json",
                "{\"placeId\": null}");
        assertThat(notAPlace.statusCode()).as(notAPlace.body()).isEqualTo(200);
        JsonNode m = json.readTree(notAPlace.body()).get("mention");
        assertThat(m.get("notAPlace").asBoolean()).isTrue();
        assertThat(m.get("placeId").isNull()).isTrue();
        assertThat(m.get("decidedBy").asString()).isEqualTo("reader");
    }

    @Test
    void badRequestsAnswer400Or404WithAMessageAndChangeNothing() throws Exception {
        JsonNode a = article();
        String id = id(a);
        String hama = span(named(a, "Hama").get(0));
        String tartus = named(a, "Tartus").get(0).get("placeId").asString();
        int length = a.get("text").asString().length();
        String mentions = "/api/articles/" + id + "/mentions/";
        record Bad(String method, String path, String body, int status, String says) {}
        List<Bad> bad = List.of(
                new Bad("PUT", mentions + "abc", "{\"placeId\": null}", 400, "start-end"),
                new Bad("PUT", "/api/articles/999999/mentions/" + hama, "{\"placeId\": null}", 404, "No article"),
                new Bad("PUT", mentions + "0-1", "{\"placeId\": null}", 404, "no mention at 0-1"),
                new Bad("PUT", mentions + hama, "{\"placeId\": \"geonames:0\"}", 400, "No place with id"),
                new Bad("PUT", mentions + hama, "{\"scope\": \"article\"}", 400, "needs \"placeId\""),
                new Bad("PUT", mentions + hama, "{\"placeId\": null, \"scope\": \"world\"}", 400, "scope"),
                new Bad("PUT", mentions + hama, "{\"placeId\": 42}", 400, "must be a JSON string"),
                new Bad("PUT", mentions + hama, "not json", 400, "JSON object"),
                new Bad("POST", mentions + length + "-" + (length + 4), "{\"placeId\": \"" + tartus + "\"}", 400, "do not fall on the text"),
                new Bad("POST", mentions + "1-3", "{\"placeId\": \"" + tartus + "\"}", 400, "cut a word"),
                new Bad("POST", mentions + hama, "{\"placeId\": \"" + tartus + "\"}", 400, "already has a mention"),
                new Bad("POST", mentions + "0-4", "{\"placeId\": null}", 400, "needs a place id"),
                new Bad("DELETE", mentions + "0-1", null, 404, "no mention"),
                new Bad("DELETE", "/api/corrections/x", null, 400, "number"),
                new Bad("GET", "/api/gazetteer/search", null, 400, "place name"));
        for (Bad b : bad) {
            HttpResponse<String> r = send(b.method(), b.path(), b.body() == null ? null : "application/json", b.body());
            assertThat(r.statusCode()).as(b + " → " + r.body()).isEqualTo(b.status());
            assertThat(json.readTree(r.body()).get("detail").asString()).as(b.toString()).containsIgnoringCase(b.says());
        }
        JsonNode after = json.readTree(send("GET", "/api/articles/" + id, null, null).body());
        assertThat(after.get("mentions")).isEqualTo(a.get("mentions"));
    }

    @Test
    void theOpenApiDocumentDescribesTheMentionEndpoints() throws Exception {
        JsonNode doc = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        JsonNode path = doc.at("/paths/~1api~1articles~1{id}~1mentions~1{span}");
        assertThat(path.has("put")).isTrue();
        assertThat(path.has("post")).isTrue();
        assertThat(path.has("delete")).isTrue();
        assertThat(doc.at("/paths/~1api~1corrections~1undo").has("post")).isTrue();
    }

    private HttpResponse<String> send(String method, String path, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
