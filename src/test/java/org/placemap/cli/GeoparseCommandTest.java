package org.placemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code geoparse}: the documented JSON contract, directories, bad files (tests run from the project folder). */
class GeoparseCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MENTION_FIELDS = List.of("text", "start", "end", "form", "resolved", "id", "name",
            "kind", "countryCode", "lat", "lon", "confidence", "alternatives");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonlGivesOneObjectPerFileOfADirectoryInNameOrderAndReportsBadFilesOnOneLineEach() throws IOException {
        String text = "Fighting near Aleppo\n\nRussian jets struck targets near the city of Aleppo, in northern Syria, on Monday.\n";
        Files.writeString(tmp.resolve("b.txt"), text);
        Files.writeString(tmp.resolve("a.txt"), "No places are named in this short note.\n");
        Files.write(tmp.resolve("c.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'x'});
        Files.writeString(tmp.resolve("d.txt"), "");
        Files.writeString(tmp.resolve("ignored.md"), "Aleppo");

        assertThat(run("geoparse", tmp.toString())).isEqualTo(1);

        List<JsonNode> docs = lines();
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("source").asString()).isEqualTo(tmp.resolve("a.txt").toString());
        assertThat(docs.get(0).get("mentions")).isEmpty();
        assertThat(docs.get(0).get("distanceClaims").isArray()).isTrue();

        JsonNode b = docs.get(1);
        assertThat(b.get("source").asString()).isEqualTo(tmp.resolve("b.txt").toString());
        JsonNode mentions = b.get("mentions");
        assertThat(mentions.size()).isGreaterThanOrEqualTo(3);
        int previous = -1;
        for (JsonNode m : mentions) {
            for (String field : MENTION_FIELDS) {
                assertThat(m.has(field)).as(field + " in " + m).isTrue();
            }
            int start = m.get("start").asInt();
            int end = m.get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(m.get("text").asString());
            assertThat(start).isGreaterThanOrEqualTo(previous);
            previous = start;
            assertThat(m.get("form").asString()).isIn("name", "demonym");
            double confidence = m.get("confidence").asDouble();
            assertThat(confidence).isBetween(0.0, 1.0);
        }
        JsonNode aleppo = mentions.valueStream().filter(m -> m.get("text").asString().equals("Aleppo")).findFirst().orElseThrow();
        assertThat(aleppo.get("resolved").asBoolean()).isTrue();
        assertThat(aleppo.get("countryCode").asString()).isEqualTo("SY");
        assertThat(aleppo.get("id").asString()).startsWith("geonames:");
        assertThat(aleppo.get("lat").asDouble()).isBetween(35.5, 37.0);
        assertThat(aleppo.get("form").asString()).isEqualTo("name");
        for (JsonNode a : aleppo.get("alternatives")) {
            for (String field : List.of("id", "name", "lat", "lon", "score")) {
                assertThat(a.has(field)).as(field).isTrue();
            }
        }

        List<String> problems = errors().lines().toList();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("c.txt").contains("UTF-8");
        assertThat(problems.get(1)).contains("d.txt").contains("empty");
        assertThat(errors()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void geojsonIsOneFeatureCollectionOfResolvedMentionsAndMissingPathsAreReported() throws IOException {
        Path file = tmp.resolve("article.txt");
        Files.writeString(file, "Talks in Geneva\n\nDiplomats met in Geneva, Switzerland, to discuss the war in Syria.\n");

        assertThat(run("geoparse", "--format", "geojson", file.toString(), tmp.resolve("missing.txt").toString())).isEqualTo(1);

        JsonNode collection = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode features = collection.get("features");
        assertThat(features.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode f : features) {
            assertThat(f.get("type").asString()).isEqualTo("Feature");
            assertThat(f.get("geometry").get("type").asString()).isEqualTo("Point");
            JsonNode coordinates = f.get("geometry").get("coordinates");
            assertThat(coordinates.size()).isEqualTo(2);
            assertThat(coordinates.get(1).asDouble()).isBetween(-90.0, 90.0);
            JsonNode p = f.get("properties");
            assertThat(p.get("source").asString()).isEqualTo(file.toString());
            assertThat(p.get("resolved").asBoolean()).isTrue();
            for (String field : List.of("text", "start", "end", "form", "id", "name", "kind", "countryCode", "confidence")) {
                assertThat(p.has(field)).as(field).isTrue();
            }
        }
        assertThat(errors().lines().toList()).singleElement().asString().contains("missing.txt").contains("no such file");
    }

    /**
     * The sample article 001 states three distances (read in the text: "the city of Hama lies about 50 miles
     * from Tartus", "Homs, roughly 75 miles from Latakia and 50 miles from Tartus"). The expected measured
     * distances are great-circle distances between the GeoNames points, worked out by hand with the
     * haversine formula (R = 6371.0088 km): Hama–Tartus 83.8 km, Homs–Latakia 123.3 km, Homs–Tartus
     * 78.5 km; the ellipsoid differs from the sphere by well under 1 km at these distances.
     */
    @Test
    void distanceClaimsOfTheSampleArticleFollowTheDocumentedContract() throws IOException {
        Path file = Path.of("corpus/001_e4ed78db7e024257.txt");
        String text = Files.readString(file);

        assertThat(run("geoparse", file.toString())).isZero();

        JsonNode claims = lines().get(0).get("distanceClaims");
        assertThat(claims.size()).isEqualTo(3);
        List<String> fields = List.of("text", "start", "end", "from", "to", "citedValue", "citedValueHigh", "citedUnit",
                "citedKm", "hedge", "hedgeText", "measuredKm", "deviationPercent", "verdict", "reason");
        for (JsonNode c : claims) {
            assertThat(fields).allMatch(c::has);
            assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asString());
            for (String end : List.of("from", "to")) {
                JsonNode e = c.get(end);
                assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asString());
                assertThat(e.get("id").asString()).startsWith("geonames:");
            }
            assertThat(c.get("citedUnit").asString()).isEqualTo("mi");
            assertThat(c.get("verdict").asString()).isEqualTo("consistent");
            assertThat(c.get("reason").asString()).isNotBlank();
        }
        assertClaim(claims.get(0), "Hama", "Tartus", 50, "about", 83.8);
        assertClaim(claims.get(1), "Homs", "Latakia", 75, "about", 123.3);
        assertClaim(claims.get(2), "Homs", "Tartus", 50, "none", 78.5);
        assertThat(claims.get(0).get("citedKm").asDouble()).isCloseTo(50 * 1.609344, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static void assertClaim(JsonNode c, String from, String to, double miles, String hedge, double km) {
        assertThat(c.get("from").get("text").asString()).isEqualTo(from);
        assertThat(c.get("to").get("text").asString()).isEqualTo(to);
        assertThat(c.get("citedValue").asDouble()).isEqualTo(miles);
        assertThat(c.get("hedge").asString()).isEqualTo(hedge);
        assertThat(c.get("measuredKm").asDouble()).isCloseTo(km, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void usageErrors() {
        assertThat(run("geoparse")).isEqualTo(2);
        assertThat(run("geoparse", "--format", "xml", "corpus")).isEqualTo(2);
        assertThat(run("geoparse", "--format")).isEqualTo(2);
        assertThat(run("geoparse", "--verbose", "corpus")).isEqualTo(2);
        assertThat(errors()).contains("usage: geoparse");
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingGazetteerIsAClearFailure() {
        assertThat(run("geoparse", "--geodata", "no/such/folder", "corpus")).isEqualTo(1);
        assertThat(errors()).contains("no/such/folder").doesNotContain("\tat ");
    }
}
