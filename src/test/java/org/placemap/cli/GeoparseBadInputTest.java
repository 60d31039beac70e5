package org.placemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code geoparse} on input that is not a tidy English article: every file gives either a JSON line whose
 * offsets index the file's text, or one line on stderr naming the file, and never a stack trace. The
 * random texts are seeded, so a failure can be repeated (jqwik is not a dependency of the project).
 */
class GeoparseBadInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GeoParser parser;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void loadGazetteer() throws IOException {
        parser = new GeoParser(Gazetteer.load(Path.of("geodata")));
    }

    private int run(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "geoparse";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Every mention's offsets give back its text, in UTF-16 code units of the decoded file. */
    private static void assertOffsetsIndex(String text, JsonNode doc) {
        for (JsonNode m : doc.get("mentions")) {
            int start = m.get("start").asInt();
            int end = m.get("end").asInt();
            assertThat(start).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(start, end)).isEqualTo(m.get("text").asString());
        }
    }

    @Test
    void eachBadFileGivesOneLineNamingItAndTheGoodOnesStillParse() throws IOException {
        Path empty = write("a-empty.txt", "");
        Path blank = write("b-blank.txt", " \n\t\n");
        Path binary = Files.write(tmp.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        Path invalid = Files.write(tmp.resolve("d-latin1.txt"), "Caf\u00e9 in K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1));
        Path nul = write("e-nul.txt", "Paris\u0000Berlin");
        Path noPlaces = write("f-none.txt", "The committee met on Tuesday and agreed to meet again.\n");

        assertThat(run(empty, blank, binary, invalid, nul, noPlaces)).isEqualTo(1);

        List<String> problems = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).contains("a-empty.txt").contains("empty");
        assertThat(problems.get(1)).contains("b-blank.txt").contains("blank");
        assertThat(problems.get(2)).contains("c-binary.txt").contains("UTF-8"); // 0x89 is not a UTF-8 lead byte
        assertThat(problems.get(3)).contains("d-latin1.txt").contains("not valid UTF-8");
        assertThat(problems.get(4)).contains("e-nul.txt").contains("binary");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
        List<JsonNode> docs = lines();
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).get("source").asString()).endsWith("f-none.txt");
        assertThat(docs.get(0).get("mentions")).isEmpty();
    }

    @Test
    void otherScriptsAndEmojiGiveValidOutputWithOffsetsInUtf16CodeUnits() throws IOException {
        // emoji outside the BMP take two UTF-16 code units each: the offsets of "Aleppo" and "Syria" after
        // them must count both
        String text = "Strikes \uD83D\uDCA5\uD83D\uDE80 near Aleppo\n\n"
                + "\u0642\u0635\u0641 \u0639\u0644\u0649 \u062D\u0644\u0628 \u0648\u062F\u0645\u0634\u0642. "
                + "\u0423\u0434\u0430\u0440\u044B \u043F\u043E \u0410\u043B\u0435\u043F\u043F\u043E. "
                + "\uD83C\uDDF8\uD83C\uDDFE Rebels in northern Syria said the city of Aleppo was shelled.\n";
        Path file = write("scripts.txt", text);

        assertThat(run(file)).isZero();

        JsonNode doc = lines().get(0);
        assertOffsetsIndex(text, doc);
        List<String> names = doc.get("mentions").valueStream().map(m -> m.get("text").asString()).toList();
        assertThat(names).contains("Aleppo", "Syria");
        JsonNode aleppo = doc.get("mentions").get(0);
        assertThat(aleppo.get("start").asInt()).isEqualTo(text.indexOf("Aleppo"));
        assertThat(text.indexOf("Aleppo")).isEqualTo(8 + 4 + 1 + 5); // "Strikes " + two surrogate pairs + " near "
        assertThat(err.size()).isZero();
    }

    @Test
    void aTenMegabyteTextAndAMegabyteLineWithoutPunctuationParse() throws IOException {
        String article = "Officials in Homs and Latakia said Russian aircraft flew from Khmeimim air base "
                + "in Syria to strike targets near Idlib on Monday. ";
        StringBuilder big = new StringBuilder(10 * 1024 * 1024 + article.length());
        for (int n = 1; big.length() < 10 * 1024 * 1024; n++) {
            // numbered, since a paragraph repeated word for word is boilerplate (a teaser shown twice)
            big.append("Report ").append(n).append(". ").append(article).append("\n\n");
        }
        Path large = write("large.txt", big.toString());
        StringBuilder line = new StringBuilder();
        Random random = new Random(4);
        String[] words = {"Homs", "and", "Latakia", "the", "Damascus", "road", "convoy", "Aleppo", "of", "North"};
        while (line.length() < 1024 * 1024) {
            line.append(words[random.nextInt(words.length)]).append(' ');
        }
        Path longLine = write("long-line.txt", line.toString());

        long t0 = System.nanoTime();
        assertThat(run(large, longLine)).isZero();
        long ms = (System.nanoTime() - t0) / 1_000_000;

        List<JsonNode> docs = lines();
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("mentions").size()).isGreaterThan(100_000);
        assertOffsetsIndex(line.toString(), docs.get(1));
        assertThat(docs.get(1).get("mentions").size()).isGreaterThan(10_000);
        assertThat(err.size()).isZero();
        // not a benchmark (see BENCHMARKS.md), only a guard against quadratic time: 11 MB in a few seconds
        // here; a quadratic pass over a 1 MB line alone would take hours
        assertThat(ms).isLessThan(120_000);
    }

    @Test
    void seededRandomTextsNeverBreakTheParserAndOffsetsAlwaysIndexTheText() {
        Random random = new Random(20261122);
        String[] vocabulary = {"Paris", "Texas", "Georgia", "the", "of", "U.S.", "St.", "New", "York", "City", "County",
                "'s", "-", ",", ".", "\n", "\n\n", "air", "base", "province", "Al-", "(", ")", "NSW", "Mr.", "said", "Kan.",
                "Mali", "Homs", "\uD83D\uDE00", "\u0414\u043E\u043D", "\u062D\u0644\u0628", "é", "  ", "\t", "’s", "Lt.", "1,000"};
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(400);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(10) == 0) {
                    sb.append((char) random.nextInt(0x3000)); // any BMP character, lone surrogates excluded below
                } else {
                    sb.append(vocabulary[random.nextInt(vocabulary.length)]);
                }
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            if (text.isBlank()) {
                continue;
            }
            ParsedArticle parsed = parser.parse("random-" + n, text);
            int previous = -1;
            for (Mention m : parsed.mentions()) {
                assertThat(text.substring(m.start(), m.end())).as("text %d", n).isEqualTo(m.text());
                assertThat(m.start()).isGreaterThanOrEqualTo(previous);
                previous = m.start();
                assertThat(m.confidence()).isBetween(0.0, 1.0);
            }
        }
    }
}
