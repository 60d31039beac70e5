package org.placemap.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores the claim extractor on real sentences nobody here wrote ({@link RealSentences}): every sentence of
 * the test set goes through the shipped gazetteer, the geoparser and the extractor, and each claim found is
 * matched to at most one expected claim (same two places, same value and unit; see {@link RealSentences}).
 *
 * <ul>
 *   <li><b>recall</b> = expected claims found / expected claims (claims to a river are left out: the geodata
 *       has no rivers);</li>
 *   <li><b>precision</b> = claims found that match an expected claim / claims found (a claim found in a sentence
 *       without one counts against it).</li>
 * </ul>
 * The scores and every miss and false claim are printed (see the test report's output); the test fails when
 * a score falls below its floor, the figures reached when the floor was last raised (EVALUATION.md).
 *
 * <p>The fresh sample ({@link RealSentences#FRESH}) was collected after the rules were frozen on the main set
 * and is scored the same way, as a check of how the rules generalise. Its floors are the figures of its one
 * scoring run; do not tune the rules on it (collect a new sample instead).
 */
class RealSentencesTest {

    /** Notes of the rows of sample 5, scored apart: added after the floors below were reached on the rest. */
    static final String SAMPLE_5 = "[sample 5]";
    /**
     * Recall on sample 5 after generalising from it (0.419 at its one scoring run, EVALUATION.md); raise it when
     * the extractor improves, never lower it.
     */
    static final double SAMPLE_5_RECALL_FLOOR = 0.61;
    /** Precision on sample 5 after generalising from it (0.722 at its one scoring run). */
    static final double SAMPLE_5_PRECISION_FLOOR = 0.90;
    /** Recall reached by the extractor of this change; raise it when the extractor improves, never lower it. */
    static final double RECALL_FLOOR = 0.94;
    /** Precision reached by the extractor of this change; raise it when the extractor improves, never lower it. */
    static final double PRECISION_FLOOR = 0.98;
    /**
     * Claims matched on the fresh sample at its one scoring run: 5 of its 10 point claims. Its two claims to a
     * border and a coast were not scored then (no lines to measure to) and are now, so the floor is the count
     * matched, not a ratio whose denominator grew (5 of 12 = 0.417 today; the two line claims are missed).
     */
    static final int FRESH_MATCHED_FLOOR = 5;
    /** Notes of the rows of sample 6, scored apart like sample 5. */
    static final String SAMPLE_6 = "[sample 6]";
    /** Recall on sample 6 after generalising from it (0.387 at its one scoring run, EVALUATION.md). */
    static final double SAMPLE_6_RECALL_FLOOR = 0.67;
    /** Precision on sample 6 after generalising from it (0.800 at its one scoring run). */
    static final double SAMPLE_6_PRECISION_FLOOR = 1.00;
    /** Notes of the rows of sample 7, scored apart like samples 5 and 6. */
    static final String SAMPLE_7 = "[sample 7]";
    /** Recall on sample 7 after generalising from it (0.480 at its one scoring run, EVALUATION.md). */
    static final double SAMPLE_7_RECALL_FLOOR = 0.76; // 0.760 since a spaced dash's unclosed description (2026-12-06)
    /** Precision on sample 7 after generalising from it (0.667 at its one scoring run). */
    static final double SAMPLE_7_PRECISION_FLOOR = 0.90;
    /**
     * Claims matched on fresh sample 8: 14 at its one scoring run (EVALUATION.md); 15 since the rules generalised
     * from sample 9, and 16 since those generalised from sample 13, with sample 8 itself kept untuned until
     * 2026-12-06; then 17, since one of its sentences was looked at and generalised from ("Sergiivka, another frontline
     * village some 15 km … away from the … logistics hub of Pokrovsk"), so it is no longer an untuned estimate.
     */
    static final int FRESH_8_MATCHED_FLOOR = 17;
    /** Claims matched on sample 10 after generalising from it (18 of 30 at its one scoring run, EVALUATION.md; 26 since sample 14). */
    static final int FRESH_10_MATCHED_FLOOR = 27;
    /** Sample 11 after generalising from it: 32 of 41 claims matched, precision 0.970 (untuned: 24, 0.923). */
    static final int SAMPLE_11_MATCHED_FLOOR = 32;
    static final double SAMPLE_11_PRECISION_FLOOR = 0.96;
    /** Sample 12 after generalising from it: 29 of 37 claims matched, precision 0.967 (untuned: 23, 0.852). */
    static final int SAMPLE_12_MATCHED_FLOOR = 31;
    static final double SAMPLE_12_PRECISION_FLOOR = 0.96;
    /** Sample 13 after generalising from it: 30 of 34 matched, precision 0.938 (untuned at 0a0791e: 19, 0.655). */
    static final int FRESH_13_MATCHED_FLOOR = 30;
    static final double FRESH_13_PRECISION_FLOOR = 0.93;
    /** Sample 14 after generalising from it: 32 of 38 matched, precision 0.970 (untuned at 6aaaa63: 24, 0.889); 33 since sample 21. */
    static final int FRESH_14_MATCHED_FLOOR = 35;
    static final double FRESH_14_PRECISION_FLOOR = 0.96;
    /** Sample 15 after generalising from it: 37 of 38 matched (36 from its own rules, one more since sample 18), precision 1.000 (untuned, 3b6516c rules: 30, 0.968). */
    static final int FRESH_15_MATCHED_FLOOR = 37;
    static final double FRESH_15_PRECISION_FLOOR = 0.99;
    /** Sample 16 after generalising from it: 32 of 37 matched, precision 0.941 (untuned, d3fe93c rules: 24, 0.857). */
    static final int FRESH_16_MATCHED_FLOOR = 33;
    static final double FRESH_16_PRECISION_FLOOR = 0.94;
    /** Sample 17 after generalising from it: 31 of 37 matched, precision 0.969 (untuned, c9a1069 rules: 24, 0.889). */
    static final int FRESH_17_MATCHED_FLOOR = 32;
    static final double FRESH_17_PRECISION_FLOOR = 0.96;
    /** Sample 18 after generalising from it: 36 of 40 matched, precision 1.000 (untuned, a4398c5 rules: 26, 0.963). */
    static final int FRESH_18_MATCHED_FLOOR = 36;
    static final double FRESH_18_PRECISION_FLOOR = 0.99;
    /** Sample 19 after generalising from it: 35 of 37 matched, precision 1.000 (untuned, fb4b55f rules: 29, 0.967). */
    static final int FRESH_19_MATCHED_FLOOR = 35;
    static final double FRESH_19_PRECISION_FLOOR = 0.99;
    /** Sample 20 after generalising from it: 31 of 37 matched, precision 0.969 (untuned, 8de7440 rules: 27, 0.931). */
    static final int FRESH_20_MATCHED_FLOOR = 32;
    static final double FRESH_20_PRECISION_FLOOR = 0.96;
    /** Sample 21 after generalising from it: 25 of 34 matched, precision 0.962 (untuned, 87f4bcb rules: 22, 0.957). */
    static final int FRESH_21_MATCHED_FLOOR = 27;
    static final double FRESH_21_PRECISION_FLOOR = 0.96;
    /** Sample 22 after generalising from it: 33 of 34 matched, precision 0.971 (untuned, bc8d10d rules: 30, 0.909). */
    static final int FRESH_22_MATCHED_FLOOR = 33;
    static final double FRESH_22_PRECISION_FLOOR = 0.97;
    /** Sample 23 after generalising from it: 28 of 36 matched, precision 0.933 (untuned, 8583188 rules: 22, 0.917). */
    static final int FRESH_23_MATCHED_FLOOR = 28;
    static final double FRESH_23_PRECISION_FLOOR = 0.93;
    /** Sample 24 after generalising from it: 30 of 35 matched, precision 1.000 (untuned, 8583188 rules: 25, 0.926). */
    static final int FRESH_24_MATCHED_FLOOR = 30;
    static final double FRESH_24_PRECISION_FLOOR = 0.99;
    /** Sample 25 after generalising from it: 33 of 36 matched, precision 1.000 (untuned, 98da8cf rules: 26, 0.867). */
    static final int FRESH_25_MATCHED_FLOOR = 33;
    static final double FRESH_25_PRECISION_FLOOR = 0.99;
    /**
     * Sample 26 after generalising from it: 30 of 34 matched, precision 0.938 (untuned, 1c672be rules: 25, 0.893); then
     * 31, 0.912, when "Vovchansk and the town of Lyptsi around 7.5 km from the border and some 20 km … from Kharkiv" gave
     * Lyptsi both distances. The precision floor was lowered once, by that sentence's border claim: the issue measures a
     * bare "the border" to the nearest border of the subject's country, while the sample's collector, following its
     * brief, annotated it as no claim.
     */
    static final int FRESH_26_MATCHED_FLOOR = 31;
    static final double FRESH_26_PRECISION_FLOOR = 0.91;
    /** Sample 27 after generalising from it: 34 of 36 matched, precision 0.971 (untuned, ecbf04e rules: 29, 0.906). */
    static final int FRESH_27_MATCHED_FLOOR = 34;
    static final double FRESH_27_PRECISION_FLOOR = 0.97;
    /**
     * Sample 28 after generalising from it: 26 of 35 matched, precision 0.897 (untuned, a3df0f6 rules: 25, 0.781); 27,
     * 0.931 since a named region of an area is what the distance is said of ("the General Nakar region of Quezon").
     */
    static final int FRESH_28_MATCHED_FLOOR = 29; // 29, 0.935 since a relative clause about a target keeps the predicate
    static final double FRESH_28_PRECISION_FLOOR = 0.93;
    /**
     * Sample 29: 23 of 38 matched, precision 0.793 at its one scoring run (c9b4b68 rules); 25, precision 0.833, since two
     * constructions were generalised from it (a conversion after a bare comma; a feature a relative clause says the place
     * lies by), and 27, precision 0.900, since a state after its city ("Denver, Colorado is …") locates the city. Raise,
     * never lower.
     */
    static final int FRESH_29_MATCHED_FLOOR = 31; // 31, 0.939 since an aside between an opening name and its verb (2026-12-06)
    static final double FRESH_29_PRECISION_FLOOR = 0.93;
    /** Sample 30: 25 of 40 matched, precision 0.806 at its one scoring run (eb2f2a5 rules); 32, 0.914 since. */
    static final int FRESH_30_MATCHED_FLOOR = 32;
    static final double FRESH_30_PRECISION_FLOOR = 0.91;
    /** Sample 31: 28 of 36 matched, precision 0.933 at its one scoring run (eb2f2a5 rules); 34, 1.000 since. */
    static final int FRESH_31_MATCHED_FLOOR = 34;
    static final double FRESH_31_PRECISION_FLOOR = 0.99;
    /** Sample 32: 28 of 30 matched, precision 0.933 at its one scoring run (eb2f2a5 rules); 28, 0.966 since. */
    static final int FRESH_32_MATCHED_FLOOR = 28;
    static final double FRESH_32_PRECISION_FLOOR = 0.96;
    /** Sample 35: 27 of 35 matched, precision 0.844 at its one scoring run (5d4a1a6 rules); 31, 1.000 since. */
    static final int FRESH_35_MATCHED_FLOOR = 31;
    static final double FRESH_35_PRECISION_FLOOR = 0.96;
    /** Sample 36: 28 of 41 matched, precision 0.875 at its one scoring run (5053dff rules); 36, 0.973 since. */
    static final int FRESH_36_MATCHED_FLOOR = 36;
    static final double FRESH_36_PRECISION_FLOOR = 0.96;
    /** Precision on sample 10 after generalising from it (0.857 at its one scoring run). */
    static final double FRESH_10_PRECISION_FLOOR = 0.92;
    /** Claims matched on sample 9 after generalising from it (18 of 35 at its one scoring run, EVALUATION.md). */
    static final int SAMPLE_9_MATCHED_FLOOR = 27; // 27 since a group of islands locates the island before it
    /** Precision on sample 9 after generalising from it (0.900 at its one scoring run). */
    static final double SAMPLE_9_PRECISION_FLOOR = 0.96;
    /** Precision on fresh sample 8 at its one scoring run. */
    static final double FRESH_8_PRECISION_FLOOR = 0.87;
    /** Precision on the fresh sample at its one scoring run. */
    static final double FRESH_PRECISION_FLOOR = 1.00;

    /** The outcome of running the extractor over one set of rows. */
    record Score(int sentences, int expected, int lineClaims, int found, int matched, List<String> report) {

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        String print(String title) {
            return String.format(Locale.ROOT, "%n%s: %d sentences, %d expected claims (+%d to rivers, "
                            + "not scored), %d claims found, %d matched%nrecall %.3f  precision %.3f%n%n%s%n",
                    title, sentences, expected, lineClaims, found, matched, recall(), precision(),
                    String.join(System.lineSeparator(), report));
        }
    }

    static Score score(List<RealSentences.Row> rows) {
        int expected = 0;
        int lineClaims = 0;
        int found = 0;
        int matched = 0;
        List<String> report = new ArrayList<>();
        for (RealSentences.Row row : rows) {
            List<DistanceClaim> claims = RealSentences.claims(row.sentence());
            List<RealSentences.Expected> want = row.scoredClaims();
            expected += want.size();
            lineClaims += row.expected().size() - want.size();
            found += claims.size();
            Set<RealSentences.Expected> taken = new HashSet<>();
            List<String> falseClaims = new ArrayList<>();
            for (DistanceClaim c : claims) {
                RealSentences.Expected hit = want.stream()
                        .filter(e -> !taken.contains(e) && RealSentences.matches(c, e)).findFirst().orElse(null);
                if (hit == null) {
                    falseClaims.add(c.from().name() + "→" + c.to().name() + " " + c.cited().label());
                } else {
                    taken.add(hit);
                    matched++;
                }
            }
            List<RealSentences.Expected> missed = want.stream().filter(e -> !taken.contains(e)).toList();
            if (!missed.isEmpty() || !falseClaims.isEmpty()) {
                report.add(String.format(Locale.ROOT, "line %d: %s%n    missed %s%n    false  %s", row.line(),
                        abbreviate(row.sentence()), missed, falseClaims));
            }
        }
        return new Score(rows.size(), expected, lineClaims, found, matched, List.copyOf(report));
    }

    @Test
    void theTestSetIsLargeVariedAndHasSentencesWithoutClaims() {
        List<RealSentences.Row> rows = RealSentences.rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows.stream().filter(r -> r.expected().isEmpty()).count()).isGreaterThanOrEqualTo(25);
        assertThat(rows).allSatisfy(r -> assertThat(r.source()).startsWith("http"));
        assertThat(rows.stream().map(RealSentences.Row::sentence).distinct().count()).isEqualTo(rows.size());
        assertThat(rows.stream().map(r -> host(r.source())).distinct().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void theFreshSampleSharesNoSentenceWithTheTestSet() {
        Set<String> seen = new HashSet<>();
        RealSentences.rows().forEach(r -> seen.add(r.sentence()));
        assertThat(RealSentences.freshRows()).isNotEmpty()
                .noneSatisfy(r -> assertThat(seen).contains(r.sentence()));
        RealSentences.freshRows().forEach(r -> seen.add(r.sentence()));
        assertThat(RealSentences.fresh8Rows()).hasSize(30).noneSatisfy(r -> assertThat(seen).contains(r.sentence()));
    }

    @Test
    void recallAndPrecisionDoNotFallBelowTheirFloors() {
        Score score = score(RealSentences.rows().stream()
                .filter(r -> !r.note().startsWith(SAMPLE_5) && !r.note().startsWith(SAMPLE_6)
                        && !r.note().startsWith(SAMPLE_7)).toList());
        System.out.print(score.print("Real sentences before sample 5"));
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    @Test
    void sampleFiveOnBordersAndCoastsDoesNotFallBelowItsFloors() {
        Score score = score(RealSentences.rows().stream().filter(r -> r.note().startsWith(SAMPLE_5)).toList());
        System.out.print(score.print("Sample 5 (borders, coasts, seas; scored once, then generalised from)"));
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(SAMPLE_5_RECALL_FLOOR);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(SAMPLE_5_PRECISION_FLOOR);
    }

    @Test
    void theFreshSampleScoresAtLeastAtItsOneRun() {
        Score score = score(RealSentences.freshRows());
        System.out.print(score.print("Fresh sample (not tuned on)"));
        assertThat(score.matched()).as("claims matched").isGreaterThanOrEqualTo(FRESH_MATCHED_FLOOR);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(FRESH_PRECISION_FLOOR);
    }

    @Test
    void sampleSixDoesNotFallBelowItsFloors() {
        Score score = score(RealSentences.rows().stream().filter(r -> r.note().startsWith(SAMPLE_6)).toList());
        System.out.print(score.print("Sample 6 (scored once, then generalised from)"));
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(SAMPLE_6_RECALL_FLOOR);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(SAMPLE_6_PRECISION_FLOOR);
    }

    @Test
    void sampleSevenDoesNotFallBelowItsFloors() {
        Score score = score(RealSentences.rows().stream().filter(r -> r.note().startsWith(SAMPLE_7)).toList());
        System.out.print(score.print("Sample 7 (scored once, then generalised from)"));
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(SAMPLE_7_RECALL_FLOOR);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(SAMPLE_7_PRECISION_FLOOR);
    }

    @Test
    void freshSampleEightScoresAtLeastAtItsOneRun() {
        Score score = score(RealSentences.fresh8Rows());
        System.out.print(score.print("Fresh sample 8 (not tuned on)"));
        assertThat(score.matched()).as("claims matched").isGreaterThanOrEqualTo(FRESH_8_MATCHED_FLOOR);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(FRESH_8_PRECISION_FLOOR);
    }

    /** Fresh samples kept untuned, or scored once and then generalised from: scored and printed, 50 sentences each (55 on: 48). */
    @ParameterizedTest(name = "sample {0}")
    @ValueSource(ints = {61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 34, 33})
    void aFreshSampleIsScoredWholeAndPrinted(int sample) {
        Score score = score(RealSentences.freshRows(sample));
        System.out.print(score.print("Sample " + sample));
        assertThat(score.sentences()).isEqualTo(sample >= 55 ? 48 : 50); // samples 55 on were collected 48 long
    }

    /** A fresh sample scored once untuned, then generalised from: its size and the floors it must keep (raise, never lower). */
    record GeneralisedSample(int sample, int sentences, int matchedFloor, double precisionFloor) {
        @Override
        public String toString() {
            return "sample " + sample;
        }
    }

    static Stream<GeneralisedSample> generalisedSamples() {
        return Stream.of(
                // scored once untuned with the rules of 68d0a28 (38 of 43 matched, precision 0.864; EVALUATION.md)
                new GeneralisedSample(42, 50, 40, 0.88),
                // scored once untuned with the rules of 109e411 (30 of 38 matched, precision 0.769; EVALUATION.md)
                new GeneralisedSample(41, 50, 35, 0.89),
                // scored once untuned with the rules of 114be18 (31 of 41 matched, precision 0.886; EVALUATION.md)
                new GeneralisedSample(40, 50, 35, 0.96),
                // scored once untuned with the rules of ff170b4 (27 of 38 matched, precision 0.931; EVALUATION.md)
                new GeneralisedSample(39, 50, 28, 0.96),
                // scored once untuned with the rules of 5bf13b6 (26 of 35 matched, precision 0.839; EVALUATION.md)
                new GeneralisedSample(38, 50, 30, 0.93),
                // scored once untuned with the rules of b1038ca (25 of 35 matched, precision 0.781; EVALUATION.md)
                new GeneralisedSample(37, 50, 29, 0.93),
                new GeneralisedSample(36, 50, FRESH_36_MATCHED_FLOOR, FRESH_36_PRECISION_FLOOR),
                new GeneralisedSample(35, 50, FRESH_35_MATCHED_FLOOR, FRESH_35_PRECISION_FLOOR),
                new GeneralisedSample(32, 50, FRESH_32_MATCHED_FLOOR, FRESH_32_PRECISION_FLOOR),
                new GeneralisedSample(31, 50, FRESH_31_MATCHED_FLOOR, FRESH_31_PRECISION_FLOOR),
                new GeneralisedSample(30, 50, FRESH_30_MATCHED_FLOOR, FRESH_30_PRECISION_FLOOR),
                new GeneralisedSample(29, 50, FRESH_29_MATCHED_FLOOR, FRESH_29_PRECISION_FLOOR),
                new GeneralisedSample(28, 50, FRESH_28_MATCHED_FLOOR, FRESH_28_PRECISION_FLOOR),
                new GeneralisedSample(27, 50, FRESH_27_MATCHED_FLOOR, FRESH_27_PRECISION_FLOOR),
                new GeneralisedSample(26, 50, FRESH_26_MATCHED_FLOOR, FRESH_26_PRECISION_FLOOR),
                new GeneralisedSample(25, 50, FRESH_25_MATCHED_FLOOR, FRESH_25_PRECISION_FLOOR),
                new GeneralisedSample(24, 50, FRESH_24_MATCHED_FLOOR, FRESH_24_PRECISION_FLOOR),
                new GeneralisedSample(23, 50, FRESH_23_MATCHED_FLOOR, FRESH_23_PRECISION_FLOOR),
                new GeneralisedSample(22, 50, FRESH_22_MATCHED_FLOOR, FRESH_22_PRECISION_FLOOR),
                // scored once untuned with the rules of 87f4bcb (22 of 34 matched, precision 0.957; EVALUATION.md)
                new GeneralisedSample(21, 50, FRESH_21_MATCHED_FLOOR, FRESH_21_PRECISION_FLOOR),
                // scored once untuned with the rules of 8de7440 (27 of 37 matched, precision 0.931; EVALUATION.md)
                new GeneralisedSample(20, 50, FRESH_20_MATCHED_FLOOR, FRESH_20_PRECISION_FLOOR),
                // scored once untuned with the rules of fb4b55f (29 of 37 matched, precision 0.967; EVALUATION.md)
                new GeneralisedSample(19, 50, FRESH_19_MATCHED_FLOOR, FRESH_19_PRECISION_FLOOR),
                // scored once untuned with the rules of a4398c5 (26 of 40 matched, precision 0.963; EVALUATION.md)
                new GeneralisedSample(18, 50, FRESH_18_MATCHED_FLOOR, FRESH_18_PRECISION_FLOOR),
                // scored once untuned with the rules of c9a1069 (24 of 37 matched, precision 0.889; EVALUATION.md)
                new GeneralisedSample(17, 50, FRESH_17_MATCHED_FLOOR, FRESH_17_PRECISION_FLOOR),
                // scored once untuned with the rules of d3fe93c (24 of 37 matched, precision 0.857; EVALUATION.md)
                new GeneralisedSample(16, 50, FRESH_16_MATCHED_FLOOR, FRESH_16_PRECISION_FLOOR),
                // scored once untuned with the rules of 3b6516c (30 of 38 matched, precision 0.968; EVALUATION.md)
                new GeneralisedSample(15, 50, FRESH_15_MATCHED_FLOOR, FRESH_15_PRECISION_FLOOR),
                // scored once untuned at 6aaaa63 (24 of 38 matched, precision 0.889; EVALUATION.md), then generalised from
                new GeneralisedSample(14, 50, FRESH_14_MATCHED_FLOOR, FRESH_14_PRECISION_FLOOR),
                // scored once untuned at 0a0791e (19 of 34 matched, precision 0.655; EVALUATION.md), then generalised from
                new GeneralisedSample(13, 50, FRESH_13_MATCHED_FLOOR, FRESH_13_PRECISION_FLOOR),
                // scored once untuned at 90afb0e (23 of 37 matched, precision 0.852; EVALUATION.md), then generalised from
                new GeneralisedSample(12, 50, SAMPLE_12_MATCHED_FLOOR, SAMPLE_12_PRECISION_FLOOR),
                // scored once untuned at 8f9456f (24 of 41 matched, precision 0.923; EVALUATION.md), then generalised from
                new GeneralisedSample(11, 50, SAMPLE_11_MATCHED_FLOOR, SAMPLE_11_PRECISION_FLOOR),
                // scored once untuned (18 of 30 matched, precision 0.857; EVALUATION.md), then generalised from
                new GeneralisedSample(10, 45, FRESH_10_MATCHED_FLOOR, FRESH_10_PRECISION_FLOOR),
                // scored once untuned at 37b685d (18 of 35 matched, precision 0.900; EVALUATION.md), then generalised from
                new GeneralisedSample(9, 45, SAMPLE_9_MATCHED_FLOOR, SAMPLE_9_PRECISION_FLOOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generalisedSamples")
    void aSampleGeneralisedFromHoldsWhatGeneralisingGained(GeneralisedSample g) {
        Score score = score(RealSentences.freshRows(g.sample()));
        System.out.print(score.print("Sample " + g.sample() + " (scored once, then generalised from)"));
        assertThat(score.sentences()).isEqualTo(g.sentences());
        assertThat(score.matched()).as("claims matched").isGreaterThanOrEqualTo(g.matchedFloor());
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(g.precisionFloor());
    }

    private static String abbreviate(String s) {
        return s.length() <= 140 ? s : s.substring(0, 137) + "…";
    }

    private static String host(String url) {
        String h = url.replaceFirst("^https?://", "");
        int slash = h.indexOf('/');
        return (slash < 0 ? h : h.substring(0, slash)).replaceFirst("^www\\.", "");
    }
}
