package org.placemap.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placemap.distance.Units;

class VerdictRuleTest {

    private static CitedDistance km(double value, Hedge hedge) {
        return new CitedDistance(value, value, Units.KILOMETRES, hedge, hedge.label());
    }

    private static Verdict verdict(CitedDistance cited, double measuredKm) {
        return VerdictRule.judge(cited, measuredKm).verdict();
    }

    @ParameterizedTest(name = "{0} has step {1}")
    @CsvSource({"50, 50", "75, 5", "52, 1", "100, 100", "120, 10", "1500, 500", "2.5, 0.5", "3.7, 0.1", "0.25, 0.05",
        "20000, 10000", "84, 1"})
    void theRoundingStepIsTheLargestOneOrFiveTimesAPowerOfTenThatDividesTheValue(double value, double step) {
        assertThat(VerdictRule.roundingStep(value)).isCloseTo(step, within(1e-12));
    }

    @ParameterizedTest(name = "{0} → ±{1}")
    @CsvSource({"50, 0.10", "75, 0.0333333", "52, 0.02", "120, 0.0416667", "1000, 0.10", "48.9, 0.02"})
    void precisionIsHalfTheStepClampedBetweenTwoAndTenPercent(double value, double precision) {
        assertThat(VerdictRule.precision(value)).isCloseTo(precision, within(1e-6));
    }

    @Test
    void aBareRoundNumberAllowsTenPercentPlusTwoKilometres() {
        // 100 km: tolerated 100·0.9 − 2 = 88 to 100·1.1 + 2 = 112 km
        assertThat(verdict(km(100, Hedge.NONE), 88.01)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.NONE), 111.99)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.NONE), 87.99)).isEqualTo(Verdict.INCONSISTENT);
        assertThat(verdict(km(100, Hedge.NONE), 112.01)).isEqualTo(Verdict.INCONSISTENT);
    }

    @Test
    void aboutWidensByFivePoints() {
        // about 100 km: 100·0.85 − 2 = 83 to 100·1.15 + 2 = 117
        assertThat(verdict(km(100, Hedge.ABOUT), 83.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.ABOUT), 116.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.ABOUT), 82.5)).isEqualTo(Verdict.INCONSISTENT);
    }

    @Test
    void nearlyWidensOnlyBelow() {
        // nearly 100 km: 83 to 112
        assertThat(verdict(km(100, Hedge.NEARLY), 83.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.NEARLY), 113)).isEqualTo(Verdict.INCONSISTENT);
    }

    @Test
    void boundsAllowFivePercentOnTheBoundedSideAndAnythingOnTheOther() {
        // more than 100 km: ≥ 100·0.95 − 2 = 93
        assertThat(verdict(km(100, Hedge.MORE_THAN), 93.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.MORE_THAN), 19_000)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.MORE_THAN), 92.5)).isEqualTo(Verdict.INCONSISTENT);
        // within / less than 100 km: ≤ 100·1.05 + 2 = 107
        assertThat(verdict(km(100, Hedge.WITHIN), 0.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.WITHIN), 106.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(km(100, Hedge.LESS_THAN), 107.5)).isEqualTo(Verdict.INCONSISTENT);
    }

    @Test
    void aRangeUsesThePrecisionOfEachEnd() {
        CitedDistance range = new CitedDistance(40, 50, Units.KILOMETRES, Hedge.NONE, "");
        // 40·0.9 − 2 = 34; 50·1.1 + 2 = 57
        assertThat(verdict(range, 34.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(range, 56.5)).isEqualTo(Verdict.CONSISTENT);
        assertThat(verdict(range, 58)).isEqualTo(Verdict.INCONSISTENT);
        assertThat(VerdictRule.judge(range, 45).deviationPercent()).isZero();
        assertThat(VerdictRule.judge(range, 55).deviationPercent()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void deviationIsSignedAndRelativeToTheCitedValue() {
        CitedDistance fiftyMiles = new CitedDistance(50, 50, Units.MILES, Hedge.ABOUT, "about");
        double measuredKm = 52.17 * 1.609344;
        assertThat(VerdictRule.judge(fiftyMiles, measuredKm).deviationPercent()).isCloseTo(4.34, within(1e-9));
        assertThat(VerdictRule.judge(km(100, Hedge.NONE), 90).deviationPercent()).isCloseTo(-10.0, within(1e-9));
        assertThat(VerdictRule.judge(km(100, Hedge.MORE_THAN), 150).deviationPercent()).isZero();
    }

    @Test
    void impossibleValuesAndMissingUnitsAreUnverifiable() {
        assertThat(verdict(km(0, Hedge.NONE), 10)).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verdict(km(25_000, Hedge.NONE), 10)).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verdict(km(Double.POSITIVE_INFINITY, Hedge.NONE), 10)).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verdict(new CitedDistance(5_000_000, 5_000_000, Units.MILES, Hedge.NONE, ""), 10))
                .isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(verdict(new CitedDistance(50, 50, null, Hedge.NONE, ""), 80)).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(VerdictRule.judge(km(0, Hedge.NONE), 10).deviationPercent()).isNull();
    }

    @Test
    void theReasonStatesTheToleratedInterval() {
        assertThat(VerdictRule.judge(km(100, Hedge.NONE), 95).reason())
                .isEqualTo("measured 95.0 km within tolerated 88.0–112.0 km (cited 100 km, ±10.0 % ±2 km)");
    }

    @Test
    void aReasonForACitedMileageIsInMilesSoItReadsBesideTheLabel() {
        // about 50 mi = 80.4672 km; ±(10 % + 5 %) ±2 km: 66.397–94.537 km = 41.26–58.74 mi; 84.0 km = 52.19 mi
        assertThat(VerdictRule.judge(new CitedDistance(50, 50, Units.MILES, Hedge.ABOUT, "about"), 84.0).reason())
                .isEqualTo("measured 52.2 mi (84.0 km) within tolerated 41.3–58.7 mi (cited ≈50 mi, ±15.0 % ±2 km)");
    }
}
