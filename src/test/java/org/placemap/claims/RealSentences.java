package org.placemap.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.placemap.corpus.CorpusLoader;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.ParsedArticle;

/**
 * The real-sentence test set ({@code src/test/resources/claims/real-sentences.tsv}) and the real pipeline to
 * run it through: the shipped gazetteer ({@code geodata/}), the geoparser and the claim extractor, as an article
 * would meet them. Loaded once for all test classes (the gazetteer takes a few seconds).
 *
 * <p>Each sentence is parsed as the body of a one-sentence article under a neutral headline, so that it is
 * read as body text, not taken for a title.
 *
 * <h2>Matching a found claim to an expected one</h2>
 * Same cited value and unit, and the same two places in either order (a distance is symmetric, and the map
 * draws the same line). A name matches when, after folding case, accents and apostrophes and dropping a
 * leading "the", it equals the expected name or contains it (or is contained in it) as whole words; the
 * gazetteer's name for the place is tried too ("Hamah" for "Hama"). An expected claim to a line ({@code
 * border:Lebanon-Israel}, {@code coast:China}) matches a claim to a line of that kind whose name ("Israel–Lebanon
 * border") holds every country named, or, when the line could not be measured because its subject is
 * unresolved, of that kind at all. Claims to a river ({@code river:…}) are not scored: the geodata has no
 * rivers.
 */
final class RealSentences {

    static final String RESOURCE = "/claims/real-sentences.tsv";
    /** A second sample collected after the rules were frozen on {@link #RESOURCE}: scored, never tuned on. */
    static final String FRESH = "/claims/fresh-sentences.tsv";
    /** Fresh sample 8, collected blind after the rules of 9a9bae7 and kept untuned (EVALUATION.md). */
    static final String FRESH_8 = "/claims/fresh-sentences-8.tsv";
    private static final String HEADLINE = "Report\n\n";

    /** One expected claim; {@code line} is the border, coast or river a line target names, else null. */
    record Expected(String subject, String target, double value, String unit, String line) {

        boolean isLine() {
            return line != null;
        }

        /** Whether the extractor is scored on it: points, borders and coasts (rivers are not in the geodata). */
        boolean scored() {
            return line == null || !line.startsWith("river:");
        }

        @Override
        public String toString() {
            return subject + "→" + (isLine() ? line : target) + " " + CitedDistance.number(value) + " " + unit;
        }
    }

    /** One line of the test set (line numbers count from 1, comments and header included). */
    record Row(int line, String sentence, String source, List<Expected> expected, String note) {

        List<Expected> scoredClaims() {
            return expected.stream().filter(Expected::scored).toList();
        }
    }

    /** An expected target that is a line, not a point: a border, a coast or a river. */
    private static final Pattern LINE_TARGET = Pattern.compile("(border|coast|river):");

    /** Each test set's rows by resource, loaded once. */
    private static final Map<String, List<Row>> LOADED = new HashMap<>();
    private static GeoParser parser;
    private static ClaimExtractor extractor;

    private RealSentences() {}

    static List<Row> rows() {
        return loaded(RESOURCE);
    }

    /** Fresh sample 8 ({@link #FRESH_8}). */
    static List<Row> fresh8Rows() {
        return loaded(FRESH_8);
    }

    /** The fresh sample ({@link #FRESH}). */
    static List<Row> freshRows() {
        return loaded(FRESH);
    }

    /**
     * Fresh sample {@code n}, 9 and later: {@code /claims/fresh-sentences-n.tsv}, each collected blind after the rules of
     * its day were frozen (its header says which), its sources in the file.
     */
    static List<Row> freshRows(int n) {
        return loaded("/claims/fresh-sentences-" + n + ".tsv");
    }

    /** The rows of the test set at {@code resource}, loaded on first use. */
    private static synchronized List<Row> loaded(String resource) {
        return LOADED.computeIfAbsent(resource, RealSentences::load);
    }

    /** The one row whose sentence contains {@code fragment} (or, of several, the one that starts with it). */
    static Row row(String fragment) {
        List<Row> found = rows().stream().filter(r -> r.sentence().contains(fragment)).toList();
        if (found.size() > 1) {
            found = found.stream().filter(r -> r.sentence().startsWith(fragment)).toList();
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " rows contain \"" + fragment + "\"");
        }
        return found.getFirst();
    }

    /** The claims the real pipeline finds in {@code sentence}. */
    static List<DistanceClaim> claims(String sentence) {
        return extractor().extract(parse(sentence));
    }

    /**
     * As {@link #summary}, for the sentence of fresh sample {@code n} ({@code fresh-sentences-N.tsv}) containing
     * {@code fragment}.
     */
    static List<String> sampleSummary(int n, String fragment) {
        return summaryIn(loaded("/claims/fresh-sentences-" + n + ".tsv"), "sample " + n, fragment);
    }

    private static List<String> summaryIn(List<Row> rows, String set, String fragment) {
        return summarise(claimsIn(rows, set, fragment));
    }

    /** The claims the real pipeline finds in the one sentence of {@code rows} (test set {@code set}) containing {@code fragment}. */
    static List<DistanceClaim> claimsIn(List<Row> rows, String set, String fragment) {
        List<Row> found = rows.stream().filter(r -> r.sentence().contains(fragment)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(found.size() + " rows of " + set + " contain \"" + fragment + "\"");
        }
        return claims(found.getFirst().sentence());
    }

    /** As {@link #summary}, for any sentence (a constructed one in a test of a rule's limits). */
    static List<String> summaryOf(String sentence) {
        return summarise(claims(sentence));
    }

    /** "Sidon→Beirut 40 km" (names as written), one a claim, for the test set's sentence containing {@code fragment}. */
    static List<String> summary(String fragment) {
        return summarise(claims(row(fragment).sentence()));
    }

    private static List<String> summarise(List<DistanceClaim> claims) {
        return claims.stream()
                .map(c -> c.from().name() + "→" + c.to().name() + " " + CitedDistance.number(c.citedValue())
                        + (c.cited().isRange() ? "–" + CitedDistance.number(c.citedValueHigh()) : "") + " "
                        + (c.citedUnit() == null ? "?" : c.citedUnit().symbol()))
                .toList();
    }

    static ParsedArticle parse(String sentence) {
        init();
        return parser.parse(CorpusLoader.article("real-sentence", HEADLINE + sentence));
    }

    static synchronized ClaimExtractor extractor() {
        init();
        return extractor;
    }

    private static synchronized void init() {
        if (parser != null) {
            return;
        }
        try {
            Gazetteer gazetteer = Gazetteer.load(Path.of("geodata"));
            parser = new GeoParser(gazetteer);
            extractor = new ClaimExtractor(gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code claim} is {@code expected}, by the rule in the class comment. */
    static boolean matches(DistanceClaim claim, Expected expected) {
        if (claim.citedUnit() == null || !claim.citedUnit().symbol().equals(expected.unit())
                || Math.abs(claim.citedValue() - expected.value()) > 1e-9) {
            return false;
        }
        if (expected.isLine()) {
            return sameName(claim.from(), expected.subject()) && sameLine(claim.to(), expected.line());
        }
        if (claim.to().isLine()) {
            // "Key West is just 90 miles from Cuba", annotated Cuba: measured to Cuba's coast, named as written
            return sameName(claim.from(), expected.subject()) && sameName(claim.to().name(), expected.target());
        }
        return (sameName(claim.from(), expected.subject()) && sameName(claim.to(), expected.target()))
                || (sameName(claim.to(), expected.subject()) && sameName(claim.from(), expected.target()));
    }

    /**
     * "border:Lebanon-Israel", "coast:China": a line of that kind whose name holds every country (or sea) named;
     * a line left unmeasured (its subject unresolved, so no nearest point) by its kind alone.
     */
    private static boolean sameLine(Endpoint e, String expected) {
        int colon = expected.indexOf(':');
        String kind = expected.substring(0, colon);
        if (!e.isLine() || !e.line().word().equals(kind)) {
            return false;
        }
        if (e.place() == null) {
            return true;
        }
        String name = " " + fold(e.place().name()) + " ";
        for (String owner : expected.substring(colon + 1).split("-")) {
            if (!name.contains(" " + fold(owner) + " ")) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameName(Endpoint e, String expected) {
        return sameName(e.name(), expected) || (e.place() != null && sameName(e.place().name(), expected));
    }

    static boolean sameName(String found, String expected) {
        String a = fold(found);
        String b = fold(expected);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
    }

    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT)
                .replaceAll("['`]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static List<Row> load(String resource) {
        InputStream in = RealSentences.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            boolean header = true;
            while ((text = r.readLine()) != null) {
                line++;
                if (text.startsWith("#") || text.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = text.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(resource + " line " + line + ": " + f.length + " columns, not 4");
                }
                out.add(new Row(line, f[0], f[1], expected(f[2], resource, line), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static List<Expected> expected(String column, String resource, int line) {
        List<Expected> out = new ArrayList<>();
        if (column.isBlank()) {
            return out;
        }
        for (String claim : column.split(" ; ")) {
            String[] p = claim.split("\\|");
            if (p.length != 4) {
                throw new IllegalStateException(resource + " line " + line + ": bad claim \"" + claim + "\"");
            }
            String target = p[1].trim();
            String lineTarget = LINE_TARGET.matcher(target).lookingAt() ? target : null;
            out.add(new Expected(p[0].trim(), target, Double.parseDouble(p[2].trim()), p[3].trim(), lineTarget));
        }
        return out;
    }
}
