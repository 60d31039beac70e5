package org.placemap.claims;

import java.math.BigDecimal;
import java.util.Locale;
import org.placemap.distance.Units;

/**
 * The rule that turns a cited and a measured distance into a {@link Verdict}.
 *
 * <h2>Rule</h2>
 * <ol>
 *   <li><b>Unverifiable</b> when an endpoint is not resolved, is an area (country, region, province,
 *       sea, strait: its point says nothing about where its edge is), both ends are the same place, the
 *       article gives no unit, or the cited value is not a possible distance on Earth (≤ 0, or more than
 *       {@value #MAX_GEODESIC_KM} km, the longest geodesic on WGS84).</li>
 *   <li><b>Precision</b> {@code p} of a cited number {@code N}: half its rounding step, relative to
 *       {@code N}, clamped to [{@value #MIN_PRECISION}, {@value #MAX_PRECISION}]. The step is the largest
 *       power of ten, or five times a power of ten, that divides {@code N} as written: 50 → step 50 →
 *       ±10 % (clamped); 75 → step 5 → ±3.3 %; 52 → step 1 → ±2 % (clamped); 2.5 → step 0.5 → ±10 %.</li>
 *   <li><b>Tolerated interval</b> by hedge, for a value {@code N} or a range {@code L–H} (for a single
 *       value {@code L = H = N}), with {@code w} = {@value #APPROXIMATION_WIDENING} and {@code b} =
 *       {@value #BOUND_SLACK}:
 *       <table>
 *         <tr><th>hedge</th><th>lower limit</th><th>upper limit</th></tr>
 *         <tr><td>none ("50 miles")</td><td>L·(1 − p(L))</td><td>H·(1 + p(H))</td></tr>
 *         <tr><td>about, roughly, some, around …</td><td>L·(1 − p(L) − w)</td><td>H·(1 + p(H) + w)</td></tr>
 *         <tr><td>nearly, almost, close to</td><td>L·(1 − p(L) − w)</td><td>H·(1 + p(H))</td></tr>
 *         <tr><td>more than, over, at least</td><td>L·(1 − b)</td><td>none</td></tr>
 *         <tr><td>less than, under, up to, within</td><td>0</td><td>H·(1 + b)</td></tr>
 *       </table>
 *       Both limits are then widened by {@value #SLACK_KM} km, because a place's point (a city's
 *       GeoNames centre) need not be where the writer measured from.</li>
 *   <li><b>Consistent</b> when the measured geodesic distance lies within the tolerated interval,
 *       otherwise <b>inconsistent</b>.</li>
 * </ol>
 * The deviation reported with a verdict is the signed difference between the measured distance and the
 * nearest point of the <em>cited</em> interval (L–H, [L, ∞) for lower bounds, [0, H] for upper bounds),
 * in percent of that point: 52.2 mi against "about 50 miles" is +4.3 %; 45 km against "40–50 km" is 0.
 *
 * <h2>Why these numbers</h2>
 * A writer who says "50 miles" has rounded to the nearest 10 or 50 miles; one who says "52 miles" has
 * not, but road and map measurements still differ by a few percent, hence the 2 % floor. The 10 % cap
 * keeps "1,000 km" (rounded to 1,000) from accepting anything between 500 and 1,500. "About" is the
 * writer admitting more slack, so it adds 5 points; "more than N" is read as journalists use it (47 for
 * "more than 50" is a rounding, not an error), hence 5 % on the bounded side.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class VerdictRule {

    public static final double MIN_PRECISION = 0.02;
    public static final double MAX_PRECISION = 0.10;
    public static final double APPROXIMATION_WIDENING = 0.05;
    public static final double BOUND_SLACK = 0.05;
    public static final double SLACK_KM = 2.0;
    public static final double MAX_GEODESIC_KM = 20_004.0;

    private VerdictRule() {}

    /**
     * The verdict, deviation and reason for a measured distance.
     *
     * @param deviationPercent null when the cited value cannot be compared (no unit, absurd value)
     */
    public record Judgement(Verdict verdict, Double deviationPercent, String reason) {}

    /** Judges {@code measuredKm} against {@code cited}; never throws for any finite or infinite input. */
    public static Judgement judge(CitedDistance cited, double measuredKm) {
        return judge(cited, measuredKm, SLACK_KM);
    }

    /**
     * Whether only the fixed {@value #SLACK_KM} km allowance makes {@code measuredKm} consistent with {@code cited}:
     * consistent with it, inconsistent without it ("6 km" measured 4.6 km: 23 % short, but 1.4 km).
     */
    public static boolean consistentByAllowanceOnly(CitedDistance cited, double measuredKm) {
        return judge(cited, measuredKm, SLACK_KM).verdict() == Verdict.CONSISTENT
                && judge(cited, measuredKm, 0).verdict() == Verdict.INCONSISTENT;
    }

    private static Judgement judge(CitedDistance cited, double measuredKm, double slackKm) {
        if (!cited.hasUnit()) {
            return new Judgement(Verdict.UNVERIFIABLE, null, "no unit given with the number");
        }
        double lowKm = cited.lowKm();
        double highKm = cited.highKm();
        if (!(lowKm > 0) || !(highKm <= MAX_GEODESIC_KM) || !Double.isFinite(measuredKm)) {
            return new Judgement(Verdict.UNVERIFIABLE, null,
                    "cited " + cited.label() + " is not a possible distance between two places on Earth");
        }
        double lowerTolerance;
        double upperTolerance;
        switch (cited.hedge()) {
            case NONE -> {
                lowerTolerance = precision(cited.low());
                upperTolerance = precision(cited.high());
            }
            case ABOUT -> {
                lowerTolerance = precision(cited.low()) + APPROXIMATION_WIDENING;
                upperTolerance = precision(cited.high()) + APPROXIMATION_WIDENING;
            }
            case NEARLY -> {
                lowerTolerance = precision(cited.low()) + APPROXIMATION_WIDENING;
                upperTolerance = precision(cited.high());
            }
            case MORE_THAN -> {
                lowerTolerance = BOUND_SLACK;
                upperTolerance = Double.POSITIVE_INFINITY;
                highKm = Double.POSITIVE_INFINITY;
            }
            default -> { // LESS_THAN, WITHIN
                lowerTolerance = 1.0;
                upperTolerance = BOUND_SLACK;
                lowKm = 0;
            }
        }
        double min = Math.max(0, lowKm * (1 - lowerTolerance) - slackKm);
        double max = highKm == Double.POSITIVE_INFINITY ? highKm : highKm * (1 + upperTolerance) + slackKm;
        boolean ok = measuredKm >= min && measuredKm <= max;
        Double deviation = deviation(measuredKm, lowKm, highKm);
        String reason = String.format(Locale.ROOT, "measured %s %s tolerated %s (cited %s, %s)",
                measured(measuredKm, cited.unit()), ok ? "within" : "outside", interval(min, max, cited.unit()),
                cited.label(), tolerance(cited, lowerTolerance, upperTolerance));
        return new Judgement(ok ? Verdict.CONSISTENT : Verdict.INCONSISTENT, deviation, reason);
    }

    /**
     * Relative precision of a cited number: half its rounding step over the number, clamped to
     * [{@value #MIN_PRECISION}, {@value #MAX_PRECISION}].
     */
    static double precision(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return MAX_PRECISION;
        }
        double relative = roundingStep(value) / 2 / value;
        return Math.max(MIN_PRECISION, Math.min(MAX_PRECISION, relative));
    }

    /** The largest 10^k or 5·10^k that divides {@code value} exactly and is not larger than it. */
    static double roundingStep(double value) {
        BigDecimal v = BigDecimal.valueOf(value).stripTrailingZeros();
        int top = (int) Math.floor(Math.log10(value));
        int bottom = -Math.max(v.scale(), 0);
        for (int k = top; k >= bottom; k--) {
            BigDecimal ten = BigDecimal.ONE.scaleByPowerOfTen(k);
            BigDecimal five = ten.multiply(BigDecimal.valueOf(5));
            if (five.compareTo(v) <= 0 && v.remainder(five).signum() == 0) {
                return five.doubleValue();
            }
            if (v.remainder(ten).signum() == 0) {
                return ten.doubleValue();
            }
        }
        return BigDecimal.ONE.scaleByPowerOfTen(bottom).doubleValue();
    }

    private static Double deviation(double measuredKm, double lowKm, double highKm) {
        if (measuredKm < lowKm) {
            return 100.0 * (measuredKm - lowKm) / lowKm;
        }
        if (measuredKm > highKm) {
            return 100.0 * (measuredKm - highKm) / highKm;
        }
        return 0.0;
    }

    /** "84.0 km", or in the cited unit first when it is not kilometres: "52.2 mi (84.0 km)". */
    private static String measured(double km, Units unit) {
        if (unit == Units.KILOMETRES) {
            return String.format(Locale.ROOT, "%.1f km", km);
        }
        return String.format(Locale.ROOT, "%s %s (%.1f km)", oneDecimal(unit.fromMetres(km * 1_000)), unit.symbol(), km);
    }

    /** The tolerated interval in the cited unit (the reader compares it with the cited number). */
    private static String interval(double minKm, double maxKm, Units unit) {
        double min = unit.fromMetres(minKm * 1_000);
        if (maxKm == Double.POSITIVE_INFINITY) {
            return "≥ " + oneDecimal(min) + " " + unit.symbol();
        }
        return oneDecimal(min) + "–" + oneDecimal(unit.fromMetres(maxKm * 1_000)) + " " + unit.symbol();
    }

    /** One decimal, or more for distances under 1 (metres to a tenth of a metre are not shown as 0.0). */
    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, v != 0 && Math.abs(v) < 1 ? "%.3f" : "%.1f", v);
    }

    private static String tolerance(CitedDistance cited, double lower, double upper) {
        return switch (cited.hedge()) {
            case MORE_THAN -> String.format(Locale.ROOT, "−%.0f %%, −%.0f km", 100 * lower, SLACK_KM);
            case LESS_THAN, WITHIN -> String.format(Locale.ROOT, "+%.0f %%, +%.0f km", 100 * upper, SLACK_KM);
            default -> lower == upper
                    ? String.format(Locale.ROOT, "±%.1f %% ±%.0f km", 100 * lower, SLACK_KM)
                    : String.format(Locale.ROOT, "−%.1f %%/+%.1f %% ±%.0f km", 100 * lower, 100 * upper, SLACK_KM);
        };
    }
}
