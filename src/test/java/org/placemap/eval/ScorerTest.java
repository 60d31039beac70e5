package org.placemap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol's rules on small hand-made cases. */
class ScorerTest {

    // Paris (48.8566, 2.3522) and London (51.5074, -0.1278): 343.6 km on the 6371 km sphere
    private static Toponym at(int start, String text, double lat, double lon) {
        return new Toponym(start, start + text.length(), text, text, lat, lon);
    }

    private static Toponym paris(int start) {
        return at(start, "Paris", 48.8566, 2.3522);
    }

    private static Toponym unplaced(int start, String text) {
        return new Toponym(start, start + text.length(), text, "No Gaz", Double.NaN, Double.NaN);
    }

    @Test
    void haversineOnTheMeanSphere() {
        assertThat(Scorer.greatCircleKm(48.8566, 2.3522, 51.5074, -0.1278)).isCloseTo(343.56, within(0.05));
        assertThat(Scorer.greatCircleKm(0, 0, 0, 180)).isCloseTo(Math.PI * 6371.0, within(1e-6));
        assertThat(Scorer.greatCircleKm(10, 20, 10, 20)).isZero();
    }

    @Test
    void aMatchNeedsTheSameTextIgnoringCaseAndMidpointsLessThanTenCharactersApart() {
        Toponym gold = paris(100);
        assertThat(Scorer.matches(gold, at(100, "PARIS", 0, 0))).isTrue();
        assertThat(Scorer.matches(gold, paris(109))).isTrue();
        assertThat(Scorer.matches(gold, paris(110))).isFalse(); // exactly 10 apart
        assertThat(Scorer.matches(gold, paris(91))).isTrue();
        assertThat(Scorer.matches(gold, at(100, "Paris,", 0, 0))).isFalse();
        // "Paris" inside "Paris Hilton": different surface text, no match however close
        assertThat(Scorer.matches(gold, at(100, "Paris Hilton", 0, 0))).isFalse();
    }

    @Test
    void greedyInGoldOrderAndEachPredictionMatchesOnce() {
        List<Toponym> gold = List.of(paris(10), paris(16));
        List<Toponym> predicted = List.of(paris(12), at(17, "Paris", 51.5074, -0.1278));
        List<Scorer.Match> m = Scorer.match(gold, predicted);
        assertThat(m).hasSize(2);
        assertThat(m.get(0).prediction().start()).isEqualTo(12);
        assertThat(m.get(1).prediction().start()).isEqualTo(17);

        assertThat(Scorer.match(gold, List.of(paris(13)))).hasSize(1);
    }

    @Test
    void predictionsAndGoldWithoutCoordinatesAreDropped() {
        Scores s = Scorer.score(List.of(List.of(paris(0), unplaced(20, "Nowhere"))),
                List.of(List.of(unplaced(0, "Paris"), unplaced(20, "Nowhere"))), true);
        assertThat(s.gold()).isEqualTo(1);
        assertThat(s.truePositives()).isZero();
        assertThat(s.falsePositives()).isZero();
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.precision()).isNaN();
        assertThat(s.recall()).isZero();
        assertThat(s.meanErrorKm()).isNaN();
    }

    @Test
    void recognitionAndErrorFigures() {
        // doc 1: Paris right, London placed in Paris (343.6 km off), one false positive
        // doc 2: Paris missed
        Toponym london = at(30, "London", 51.5074, -0.1278);
        List<List<Toponym>> gold = List.of(List.of(paris(0), london), List.of(paris(5)));
        List<List<Toponym>> predicted = List.of(
                List.of(paris(0), at(30, "London", 48.8566, 2.3522), at(50, "Berlin", 52.52, 13.405)), List.of());
        Scores s = Scorer.score(gold, predicted, true);

        assertThat(s.gold()).isEqualTo(3);
        assertThat(s.truePositives()).isEqualTo(2);
        assertThat(s.falsePositives()).isEqualTo(1);
        assertThat(s.falseNegatives()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-12));
        double londonError = Scorer.greatCircleKm(51.5074, -0.1278, 48.8566, 2.3522);
        assertThat(s.meanErrorKm()).isCloseTo(londonError / 2, within(1e-9));
        assertThat(s.medianErrorKm()).isCloseTo(londonError / 2, within(1e-9)); // even n: mean of the middle two
        assertThat(s.accuracyAt161()).isEqualTo(0.5);
        assertThat(s.within161()).isEqualTo(1);
        assertThat(s.endToEndAt161()).isCloseTo(1 / 3.0, within(1e-12));
        // two errors: AUC = [½(x_1 + x_2)] / 1
        assertThat(s.auc()).isCloseTo(0.5 * (0 + Math.log(1 + londonError) / Math.log(20039)), within(1e-12));
    }

    @Test
    void theAucIsTheTrapezoidOverSortedLogErrors() {
        double[] e = {0, 10, 100, 20039};
        double x = Math.log(20039);
        double expected = (0.5 * (0 + Math.log(20040) / x) + Math.log(11) / x + Math.log(101) / x) / 3;
        assertThat(Scorer.auc(e)).isCloseTo(expected, within(1e-12));
        assertThat(Scorer.auc(new double[] {0, 0, 0})).isZero();
        assertThat(Scorer.auc(new double[0])).isNaN();
    }

    @Test
    void withoutPrecisionExtraPredictionsAreNotFalsePositives() {
        Scores s = Scorer.score(List.of(List.of(paris(0))), List.of(List.of(paris(0), at(40, "Lyon", 45.76, 4.84))), false);
        assertThat(s.falsePositives()).isZero();
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void documentCountsMustAgree() {
        assertThatThrownBy(() -> Scorer.score(List.of(List.of()), List.of(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
