package org.placemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line against the shipped geodata/ (tests run from the project folder). */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void lookupJsonPrintsOneObjectPerNameBestFirst() {
        assertThat(run("gazetteer", "lookup", "--json", "Hama", "Nowhereville Xq")).isZero();
        List<JsonNode> lines = out.toString(StandardCharsets.UTF_8).lines()
                .map(l -> JsonMapper.builder().build().readTree(l)).toList();
        assertThat(lines).hasSize(2);

        JsonNode hama = lines.get(0);
        assertThat(hama.get("query").asString()).isEqualTo("Hama");
        JsonNode best = hama.get("candidates").get(0);
        assertThat(best.get("countryCode").asString()).isEqualTo("SY");
        assertThat(best.get("id").asString()).startsWith("geonames:");
        for (String field : List.of("id", "name", "kind", "countryCode", "lat", "lon", "population", "score")) {
            assertThat(best.has(field)).as(field).isTrue();
        }
        double previous = Double.MAX_VALUE;
        for (JsonNode c : hama.get("candidates")) {
            assertThat(c.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = c.get("score").asDouble();
        }
        assertThat(lines.get(1).get("candidates")).isEmpty();
    }

    @Test
    void unknownCommandsAndMissingNamesAreUsageErrors() {
        assertThat(run("gazetteer", "frobnicate")).isEqualTo(2);
        assertThat(run("gazetteer", "lookup")).isEqualTo(2);
        assertThat(run("gazetteer", "lookup", "--limit", "many", "Homs")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    @Test
    void aMissingGeodataFolderIsAClearFailure() {
        assertThat(run("gazetteer", "lookup", "--geodata", "no/such/folder", "Homs")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no/such/folder");
    }

    @Test
    void onlyKnownCommandsBypassTheWebServer() {
        assertThat(Cli.handles(new String[] {"gazetteer", "lookup", "x"})).isTrue();
        assertThat(Cli.handles(new String[] {"--server.port=9000"})).isFalse();
        assertThat(Cli.handles(new String[0])).isFalse();
    }
}
