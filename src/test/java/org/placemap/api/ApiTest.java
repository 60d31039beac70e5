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
 * The REST API over HTTP on a random port, with the whole app (Vaadin included) running, against the real
 * gazetteer and sample corpus. Its own context and data folder (the property below), so articles added
 * here never reach the other Spring tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "placemap.test-context=api")
class ApiTest {
    private static final String HAMA = """
            Hama and the coast

            The city of Hama lies about 50 miles from Tartus, officials said on Monday.
            """;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSampleCorpusIsListedNewestFirstWithoutText() throws Exception {
        HttpResponse<String> r = get("/api/articles");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        List<JsonNode> samples = new ArrayList<>();
        json.readTree(r.body()).forEach(a -> {
            if (a.path("fileName").asString("").matches("00\\d_.*\\.txt")) {
                samples.add(a);
            }
        });
        assertThat(samples).extracting(a -> a.get("fileName").asString())
                .containsExactly("004_7d2f079f74826f61.txt", "003_b012a2e0ca89b02d.txt", "002_c9b871cc1fd51e9b.txt",
                        "001_e4ed78db7e024257.txt", "000_c9b7ba160a2524a4.txt");
        assertThat(samples).allSatisfy(a -> {
            assertThat(a.get("status").asString()).isEqualTo("parsed");
            assertThat(a.has("text")).isFalse();
            assertThat(a.get("mentionCount").asInt()).isPositive();
        });
    }

    @Test
    void postingPlainTextStoresAndParsesItAndItCanBeReadAndDeleted() throws Exception {
        String text = "Ships off Tartus\n\nA frigate left Tartus for Latakia on " + System.nanoTime() + ".\n";
        HttpResponse<String> created = post("/api/articles?title=Frigate%20news&date=2025-03-01", "text/plain; charset=utf-8",
                text.getBytes(StandardCharsets.UTF_8));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String id = body.at("/article/id").asString();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/articles/" + id);
        assertThat(body.at("/duplicate").asBoolean()).isFalse();
        assertThat(body.at("/article/title").asString()).isEqualTo("Frigate news");
        assertThat(body.at("/article/publishedDate").asString()).isEqualTo("2025-03-01");
        assertThat(body.at("/text").asString()).isEqualTo(text);
        List<String> names = new ArrayList<>();
        body.get("mentions").forEach(m -> {
            // offsets point into the text as sent (UTF-16 code units)
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asString());
            names.add(m.get("text").asString() + "=" + m.path("placeId").asString(""));
        });
        assertThat(names).hasSize(3).allMatch(n -> n.matches("(Tartus|Latakia)=geonames:\\d+"));

        JsonNode read = json.readTree(get("/api/articles/" + id).body());
        assertThat(read.get("duplicate").isNull()).isTrue();
        ((tools.jackson.databind.node.ObjectNode) read).remove("duplicate");
        ((tools.jackson.databind.node.ObjectNode) body).remove("duplicate");
        assertThat(read).isEqualTo(body);

        HttpResponse<String> reparsed = post("/api/articles/" + id + "/reparse", "text/plain", new byte[0]);
        assertThat(reparsed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(reparsed.body()).get("mentions")).isEqualTo(body.get("mentions"));

        assertThat(delete("/api/articles/" + id).statusCode()).isEqualTo(204);
        assertThat(post("/api/articles/" + id + "/reparse", "text/plain", new byte[0]).statusCode()).isEqualTo(404);
        HttpResponse<String> gone = get("/api/articles/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json.readTree(gone.body()).get("detail").asString()).isEqualTo("No article with id " + id + ".");
        assertThat(json.readTree(gone.body()).get("instance").asString()).isEqualTo("/api/articles/" + id);
        assertThat(delete("/api/articles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void jsonWithMetadataAndADuplicateAnsweredWith200AndTheEarlierArticle() throws Exception {
        String text = "Latakia port news\n\nCargo reached Latakia, run " + System.nanoTime() + ".";
        JsonNode a = added(java.util.Map.of("title", "Cargo", "url", "https://example.org/c", "date", "2024-12-09",
                "text", text));
        assertThat(a.get("sourceUrl").asString()).isEqualTo("https://example.org/c");
        assertThat(a.get("source").asString()).isEqualTo("example.org");

        HttpResponse<String> again = post("/api/articles", "text/plain",
                ("  " + text.replace("\n\n", "\r\n\r\n") + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode dup = json.readTree(again.body());
        assertThat(dup.get("duplicate").asBoolean()).isTrue();
        assertThat(dup.at("/article/id").asString()).isEqualTo(a.get("id").asString());
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/api/articles/" + a.get("id").asString());
    }

    @Test
    void theAnswersFieldNamesAreTakenAndAFieldTheRequestDoesNotTakeIsRefusedNotDropped() throws Exception {
        // a new user's trial posted "publishedDate" (the name the answer uses): the date was dropped with a 201
        String text = "Tartus port news\n\nShips reached Tartus, run " + System.nanoTime() + ".";
        JsonNode a = added(java.util.Map.of("title", "Ships", "sourceUrl", "https://example.org/s",
                "publishedDate", "2024-12-10", "text", text));
        assertThat(a.get("publishedDate").asString()).isEqualTo("2024-12-10");
        assertThat(a.get("sourceUrl").asString()).isEqualTo("https://example.org/s");

        String unknown = json.writeValueAsString(java.util.Map.of("published", "2024-12-11", "text", text + " again"));
        assertError(post("/api/articles", "application/json", unknown.getBytes(StandardCharsets.UTF_8)), 400,
                "Unknown field \"published\"");
    }

    @Test
    void badInputIsRefusedWithAStatusAndAJsonError() throws Exception {
        assertError(post("/api/articles", "text/plain", "   \n ".getBytes(StandardCharsets.UTF_8)), 400, "empty");
        byte[] sixMb = "Tartus. ".repeat(6 * 1024 * 1024 / 8).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = post("/api/articles", "text/plain", sixMb);
        assertError(tooLarge, 413, "too large (6 MB); the limit is 5 MB");
        // the unread body must not poison the connection for the next request
        assertThat(tooLarge.headers().firstValue("Connection")).hasValue("close");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertError(post("/api/articles", "text/plain", png), 415, "not a UTF-8 text file");
        assertError(post("/api/articles", "text/plain", "Café in Tartus".getBytes(StandardCharsets.ISO_8859_1)), 415,
                "The request body is not a UTF-8 text file");
        assertError(post("/api/articles", "text/plain", "Tartus\u0000\u0001 harbour".getBytes(StandardCharsets.UTF_8)), 415,
                "binary");
        assertError(post("/api/articles", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)), 415,
                "Unsupported content type application/pdf");
        assertError(post("/api/articles", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8)), 400, "not valid JSON");
        assertError(post("/api/articles", "application/json", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8)), 400,
                "no \"text\"");
        assertError(post("/api/articles", "application/json",
                "{\"text\": \"Tartus port\", \"date\": \"9 Dec\"}".getBytes(StandardCharsets.UTF_8)), 400, "YYYY-MM-DD");
        // a new user's trial: a date written right but not in the calendar was told its form was wrong
        assertError(post("/api/articles", "application/json",
                "{\"text\": \"Tartus port\", \"date\": \"2024-13-45\"}".getBytes(StandardCharsets.UTF_8)), 400,
                "2024-13-45 is not a day of the calendar");
        assertError(post("/api/articles", "application/json",
                "{\"text\": \"Tartus port\", \"url\": \"javascript:alert(1)\"}".getBytes(StandardCharsets.UTF_8)), 400, "http");
        assertError(get("/api/articles/999999"), 404, "No article");
        // unknown API paths and methods are the API's business, not Vaadin's page
        assertError(get("/api/nothing-here"), 404, "Nothing at /api/nothing-here");
        HttpResponse<String> put = put("/api/articles");
        assertError(put, 405, "PUT is not allowed");
        assertThat(put.headers().firstValue("Allow").orElseThrow()).contains("GET").contains("POST");
    }

    @Test
    void markupInTitleAndTextComesBackAsPlainJsonTextAndCsvText() throws Exception {
        String title = "<script>alert('t')</script> Tartus";
        String text = "Tartus <img src=x onerror=alert(1)> harbour\n\n<script>alert(2)</script> Ships at Tartus, "
                + System.nanoTime() + ".";
        String payload = json.writeValueAsString(java.util.Map.of("title", title, "text", text));
        HttpResponse<String> r = post("/api/articles", "application/json", payload.getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = json.readTree(r.body());
        assertThat(body.at("/article/title").asString()).isEqualTo(title);
        assertThat(body.at("/text").asString()).isEqualTo(text);
        String id = body.at("/article/id").asString();

        JsonNode places = json.readTree(get("/api/places").body());
        List<String> excerpts = new ArrayList<>();
        places.get("features").forEach(f -> f.at("/properties/mentions").forEach(m -> {
            if (m.get("articleId").asString().equals(id)) {
                assertThat(m.get("articleTitle").asString()).isEqualTo(title);
                excerpts.add(m.get("excerpt").asString());
            }
        }));
        assertThat(excerpts).anyMatch(e -> e.contains("<img src=x onerror=alert(1)>"));

        String csv = get("/api/mentions.csv").body();
        assertThat(csv).contains("," + title + ",");
        assertThat(delete("/api/articles/" + id).statusCode()).isEqualTo(204);
    }

    @Test
    void csvExportsNeutraliseFormulasFromArticleTitles() throws Exception {
        String title = "=HYPERLINK(\"http://evil.example\",\"Tartus\")";
        String text = "Harbour report\n\nShips at Tartus, run " + System.nanoTime() + ".";
        String payload = json.writeValueAsString(java.util.Map.of("title", title, "text", text));
        String id = json.readTree(post("/api/articles", "application/json", payload.getBytes(StandardCharsets.UTF_8)).body())
                .at("/article/id").asString();

        HttpResponse<String> csv = get("/api/mentions.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("mentions.csv");
        // quoted because of the comma and quotes, apostrophe first, quotes doubled
        assertThat(csv.body()).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Tartus\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(delete("/api/articles/" + id).statusCode()).isEqualTo(204);
    }

    @Test
    void placesAreGeoJsonPointsWithLongitudeFirstAndTheirMentions() throws Exception {
        HttpResponse<String> r = get("/api/places");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        JsonNode fc = json.readTree(r.body());
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode hama = null;
        for (JsonNode f : fc.get("features")) {
            if (f.at("/properties/label").asString().equals("Hama")) {
                hama = f;
            }
        }
        assertThat(hama).isNotNull();
        assertThat(hama.at("/geometry/type").asString()).isEqualTo("Point");
        // Hama is at about 35.13 N, 36.76 E: longitude comes first in GeoJSON
        assertThat(hama.at("/geometry/coordinates/0").asDouble()).isBetween(36.6, 36.9);
        assertThat(hama.at("/geometry/coordinates/1").asDouble()).isBetween(35.0, 35.3);
        assertThat(hama.at("/properties/kind").asString()).isEqualTo("populated_place");
        assertThat(hama.at("/properties/countryCode").asString()).isEqualTo("SY");
        JsonNode mentions = hama.at("/properties/mentions");
        assertThat(mentions.size()).isEqualTo(hama.at("/properties/mentionCount").asInt());
        JsonNode first = mentions.get(0);
        JsonNode article = json.readTree(get("/api/articles/" + first.get("articleId").asString()).body());
        String articleText = article.get("text").asString();
        assertThat(articleText.substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo(first.get("text").asString());
        assertThat(first.get("excerpt").asString()).contains(first.get("text").asString());
        assertThat(first.get("articleTitle").asString()).isEqualTo(article.at("/article/title").asString());

        String csv = get("/api/places.csv").body();
        // a byte order mark first, so that Excel reads the file as UTF-8
        assertThat(csv).startsWith(ExportController.BOM
                + "id,name,label,kind,category,country_code,lat,lon,mention_count,article_count,article_ids\r\n");
        assertThat(csv).contains("," + hama.at("/properties/mentionCount").asInt() + ",");
    }

    @Test
    void claimsAsJsonGeoJsonLinesAndCsv() throws Exception {
        String text = HAMA + "Run " + System.nanoTime() + ".";
        String id = json.readTree(post("/api/articles", "text/plain", text.getBytes(StandardCharsets.UTF_8)).body())
                .at("/article/id").asString();

        JsonNode claims = json.readTree(get("/api/claims").body());
        JsonNode claim = null;
        for (JsonNode c : claims) {
            if (c.get("articleId").asString().equals(id)) {
                claim = c;
            }
        }
        assertThat(claim).isNotNull();
        assertThat(claim.get("text").asString()).isEqualTo(text.substring(claim.get("start").asInt(), claim.get("end").asInt()));
        assertThat(claim.at("/from/name").asString()).isEqualTo("Hama");
        assertThat(claim.at("/to/name").asString()).isEqualTo("Tartus");
        assertThat(claim.get("citedValue").asDouble()).isEqualTo(50.0);
        assertThat(claim.get("citedUnit").asString()).isEqualTo("mi");
        assertThat(claim.get("citedKm").asDouble()).isCloseTo(80.467, org.assertj.core.data.Offset.offset(0.001));
        assertThat(claim.get("hedge").asString()).isEqualTo("about");
        // Hama–Tartus between the GeoNames points is about 84 km (see DistanceClaim's documentation)
        assertThat(claim.get("measuredKm").asDouble()).isBetween(80.0, 88.0);
        assertThat(claim.get("verdict").asString()).isEqualTo("consistent");
        assertThat(claim.has("referencePoints")).isTrue();
        String claimId = claim.get("id").asString();
        assertThat(claimId).isEqualTo(id + "@" + claim.get("start").asInt() + "-" + claim.get("end").asInt());

        for (String path : List.of("/api/claims?format=geojson", "/api/claims.geojson")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
            JsonNode line = null;
            for (JsonNode f : json.readTree(r.body()).get("features")) {
                if (f.get("id").asString().equals(claimId)) {
                    line = f;
                }
            }
            assertThat(line).isNotNull();
            assertThat(line.at("/geometry/type").asString()).isEqualTo("LineString");
            // the geodesic, densified as drawn on the map: from the subject to the reference place
            JsonNode coordinates = line.at("/geometry/coordinates");
            assertThat(coordinates.size()).isEqualTo(Exports.GEODESIC_SEGMENTS + 1);
            assertThat(coordinates.get(0).get(0).asDouble()).isCloseTo(claim.at("/from/lon").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(coordinates.get(Exports.GEODESIC_SEGMENTS).get(1).asDouble())
                    .isCloseTo(claim.at("/to/lat").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(line.at("/properties/verdict").asString()).isEqualTo("consistent");
        }

        String csv = get("/api/claims.csv").body();
        assertThat(csv).startsWith(ExportController.BOM + "id,article_id,article_title,text,start,end,from_name,");
        assertThat(csv.lines().filter(l -> l.startsWith(claimId + ",")).findFirst().orElseThrow())
                .contains(",Hama,").contains(",Tartus,").contains(",about,").contains(",consistent,");
        assertThat(delete("/api/articles/" + id).statusCode()).isEqualTo(204);
        assertThat(get("/api/claims").body()).doesNotContain(claimId);
    }

    @Test
    void exportsFollowTheMapsFiltersWhenAsked() throws Exception {
        String text = HAMA + "Run " + System.nanoTime() + ".";
        String id = json.readTree(post("/api/articles", "text/plain", text.getBytes(StandardCharsets.UTF_8)).body())
                .at("/article/id").asString();
        try {
            // one article: every mention row and every claim is that article's
            String mentions = get("/api/mentions.csv?article=" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)).body();
            List<String> rows = mentions.lines().skip(1).toList();
            assertThat(rows).isNotEmpty().allMatch(r -> r.contains("," + id + ","));
            JsonNode claims = json.readTree(get("/api/claims?article=" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)).body());
            assertThat(claims.size()).isPositive();
            claims.forEach(c -> assertThat(c.get("articleId").asString()).isEqualTo(id));

            // kinds of place: countries only
            JsonNode countries = json.readTree(get("/api/places?kind=country").body()).get("features");
            assertThat(countries.size()).isPositive();
            countries.forEach(f -> assertThat(f.at("/properties/category").asString()).isEqualTo("country"));
            // verdicts: the consistent claims only, and nothing when none is consistent with the filter
            JsonNode consistent = json.readTree(get("/api/claims?verdict=consistent").body());
            assertThat(consistent.size()).isPositive();
            consistent.forEach(c -> assertThat(c.get("verdict").asString()).isEqualTo("consistent"));
            int all = json.readTree(get("/api/claims").body()).size();
            int split = consistent.size() + json.readTree(get("/api/claims?verdict=inconsistent,unverifiable").body()).size();
            assertThat(split).isEqualTo(all);

            // bad values are refused with the values allowed, never ignored
            HttpResponse<String> badKind = get("/api/places.csv?kind=planet");
            assertThat(badKind.statusCode()).isEqualTo(400);
            assertThat(badKind.body()).contains("planet").contains("city, base, region, country, water");
            HttpResponse<String> badArticle = get("/api/claims.csv?article=no-such-article");
            assertThat(badArticle.statusCode()).isEqualTo(400);
            assertThat(badArticle.body()).contains("no-such-article");
        } finally {
            delete("/api/articles/" + id);
        }
    }

    @Test
    void theLandForCloseZoomsComesByGridCellAndRefusesHugeOrBadBoxes() throws Exception {
        HttpResponse<String> r = get("/api/land?south=30&west=30&north=40&east=40");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=86400");
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("cellDegrees").asInt()).isEqualTo(10);
        assertThat(body.get("cells").size()).isEqualTo(1);
        assertThat(body.at("/cells/0/id").asString()).isEqualTo("land:30:30");
        assertThat(body.at("/cells/0/polygons/0/0").asString()).isNotEmpty();
        // the land borders through the box come with it (Syria's with Turkey, Lebanon, Jordan, Iraq and Israel)
        assertThat(body.get("borders").size()).isGreaterThan(10);
        // the open sea south of Easter Island holds no land
        assertThat(json.readTree(get("/api/land?south=-40&west=-110&north=-30&east=-100").body()).get("cells").size()).isZero();
        assertThat(get("/api/land?south=-90&west=-180&north=90&east=180").statusCode()).isEqualTo(400);
        assertThat(get("/api/land?south=40&west=30&north=30&east=40").statusCode()).isEqualTo(400);
        assertThat(get("/api/land?south=30&west=30").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiIsDescribedByOpenApiAndTheMapStillServedByVaadin() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode info = json.readTree(docs.body()).get("info");
        assertThat(info.get("title").asString()).isEqualTo("placemap API");
        assertThat(info.get("version").asString()).isNotBlank().isNotEqualTo("v0");
        assertThat(info.get("description").asString()).contains("GeoJSON");
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/articles")).isTrue();
        assertThat(paths.has("/api/articles/{id}")).isTrue();
        assertThat(paths.has("/api/places")).isTrue();
        assertThat(paths.has("/api/claims.csv")).isTrue();
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    /** Posts {@code fields} as an article's JSON, checks the 201 and answers the article the server made. */
    private JsonNode added(java.util.Map<String, String> fields) throws Exception {
        HttpResponse<String> r = post("/api/articles", "application/json",
                json.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("article");
    }

    /** An RFC 9457 problem with {@code status}, saying {@code messagePart} (also in the older "error" field). */
    private void assertError(HttpResponse<String> r, int status, String messagePart) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(messagePart);
        assertThat(problem.get("error").asString()).isEqualTo(problem.get("detail").asString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
