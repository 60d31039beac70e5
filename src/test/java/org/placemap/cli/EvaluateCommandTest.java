package org.placemap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.eval.FlatFormat;

/** {@code evaluate} on a few documents of the development corpora in ../shared/eval. */
class EvaluateCommandTest {

    private static final Path EVAL = Path.of(System.getProperty("placemap.eval.dir", "../shared/eval"));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String[] cells(String row) {
        return Arrays.stream(row.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    @Test
    void printsAReferenceTableRowPerCorpusWithSpeedAndTheBaselinesOnTheSameDocuments() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVAL.resolve("GeoVirus")), "no corpora at " + EVAL.toAbsolutePath());

        assertThat(run("evaluate", "--corpus", "geovirus", "--corpus", "WikToR", "--limit", "3", "--baselines",
                "--write-predictions", tmp.toString(), EVAL.toString())).isZero();

        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("| ")).toList();
        assertThat(rows.get(0)).isEqualTo("| corpus | system | N | P | R | F1 | n | mean km | median km | acc@161 | AUC | e2e@161 | docs/s |");
        List<String[]> ours = rows.stream().map(EvaluateCommandTest::cells).filter(c -> c[1].equals("placemap")).toList();
        assertThat(ours).extracting(c -> c[0]).containsExactly("GeoVirus", "WikToR");
        for (String[] c : ours) {
            assertThat(c).hasSize(13);
            assertThat(Integer.parseInt(c[2])).isPositive();
            assertThat(Double.parseDouble(c[4])).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(c[11])).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(c[12])).isPositive();
        }
        assertThat(rows).anyMatch(r -> r.startsWith("| GeoVirus | CLAVIN |"));
        assertThat(FlatFormat.read(tmp.resolve("GeoVirus_placemap.txt"))).hasSize(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void usageErrorsComeBeforeAnyWork() {
        assertThat(run("evaluate")).isEqualTo(2);
        assertThat(run("evaluate", "--limit", "some", "x")).isEqualTo(2);
        assertThat(run("evaluate", "--limit", "0", "x")).isEqualTo(2);
        assertThat(run("evaluate", "--corpus", "Reuters", "x")).isEqualTo(2);
        assertThat(run("evaluate", "--demonyms", "maybe", "x")).isEqualTo(2);
        assertThat(run("evaluate", "a", "b")).isEqualTo(2);
        assertThat(run("evaluate", "--min-confidence", "1.5", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: evaluate");
    }

    @Test
    void aFolderWithoutCorporaIsAClearFailure() {
        assertThat(run("evaluate", tmp.toString())).isEqualTo(1);
        assertThat(run("evaluate", tmp.resolve("nothing").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(tmp.toString()).doesNotContain("\tat ");
    }
}
