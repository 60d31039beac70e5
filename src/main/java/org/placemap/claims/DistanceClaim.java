package org.placemap.claims;

import java.util.Locale;
import org.placemap.corpus.TextRange;
import org.placemap.distance.Units;

/**
 * A distance an article states between two places, with the measured distance and a verdict.
 *
 * <p>Example: in "the city of Hama lies about 50 miles from Tartus", {@code from} is Hama, {@code to}
 * is Tartus, the cited distance is ≈50 mi (80.5 km), the measured distance between the GeoNames points
 * 84.0 km (52.2 mi), the deviation +4.3 % and the verdict {@link Verdict#CONSISTENT}.
 *
 * @param articleId        the article's id (its file name for loaded articles)
 * @param text             the claim's span: {@code article.text().substring(start, end)}; it runs from the
 *                         hedge or number to the last place named after it ("about 50 miles from Tartus"),
 *                         so a subject named earlier in the sentence lies outside it (see {@code from})
 * @param start            offset of the span's first character, in UTF-16 code units into the article text
 * @param end              offset after the span's last character, exclusive
 * @param sentence         the sentence containing the claim (the excerpt to show)
 * @param from             the place the distance is predicated of (the subject: Hama)
 * @param to               the place it is measured from (Tartus), or a border or coast ({@link Endpoint#isLine()}),
 *                         whose point is the line's nearest point to {@code from}
 * @param cited            the distance as stated
 * @param measuredKm       geodesic distance between the two places' points on WGS84 (Karney), in
 *                         kilometres; null when an endpoint is unresolved or an area (country, region, sea)
 * @param deviationPercent signed difference between the measured distance and the nearest point of the
 *                         cited interval, in percent of that point (0 inside a range or on the allowed side
 *                         of a bound); null when there is no measurement or the cited value is unusable
 * @param verdict          consistent, inconsistent or unverifiable, by {@link VerdictRule}
 * @param reason           one line on how the verdict was reached, for tooltips and logs
 * @param referencePoints  the spread over related reference points (Latakia ↔ Hmeimim air base), or null
 *                         when neither endpoint has any or the claim is not measured
 */
public record DistanceClaim(
        String articleId,
        String text,
        int start,
        int end,
        TextRange sentence,
        Endpoint from,
        Endpoint to,
        CitedDistance cited,
        Double measuredKm,
        Double deviationPercent,
        Verdict verdict,
        String reason,
        ReferenceRange referencePoints) {

    public DistanceClaim {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (from == null || to == null || cited == null || verdict == null || sentence == null) {
            throw new IllegalArgumentException("missing part of claim");
        }
    }

    /** The cited value, or the lower end of a cited range, in {@link #citedUnit()}. */
    public double citedValue() {
        return cited.low();
    }

    /** The upper end of a cited range; equals {@link #citedValue()} for a single value. */
    public double citedValueHigh() {
        return cited.high();
    }

    /** The unit as written, or null when the article gives none. */
    public Units citedUnit() {
        return cited.unit();
    }

    /** {@link #citedValue()} in kilometres, or null without a unit. */
    public Double citedKm() {
        return cited.lowKm();
    }

    /** {@link #citedValueHigh()} in kilometres, or null without a unit. */
    public Double citedKmHigh() {
        return cited.highKm();
    }

    public Hedge hedge() {
        return cited.hedge();
    }

    /** The hedge words as written, lower-cased; "" when there are none. */
    public String hedgeText() {
        return cited.hedgeText();
    }

    /** The measured distance in the cited unit (kilometres when none was cited), or null when not measured. */
    public Double measuredInCitedUnit() {
        if (measuredKm == null) {
            return null;
        }
        Units unit = cited.unit() == null ? Units.KILOMETRES : cited.unit();
        return unit.fromMetres(measuredKm * 1_000.0);
    }

    /**
     * The signed difference in kilometres between the measured distance and the nearest point of the cited
     * interval (the same difference {@link #deviationPercent} gives in percent), 0 inside it, or null when
     * there is no deviation.
     */
    public Double deviationKm() {
        if (deviationPercent == null || measuredKm == null) {
            return null;
        }
        if (deviationPercent < 0) {
            return measuredKm - cited.lowKm();
        }
        return deviationPercent > 0 ? measuredKm - cited.highKm() : 0.0;
    }

    /**
     * The map label: "cited ≈50 mi · measured 52.2 mi ✓", or "cited 50 mi · not measured ?"; a claim to a border
     * or coast names the line first: "to Israel–Lebanon border · cited 6 km · measured 1.2 km ✗".
     */
    public String label() {
        Double measured = measuredInCitedUnit();
        String unit = cited.unit() == null ? "km" : cited.unit().symbol();
        String m = measured == null ? "not measured" : String.format(Locale.ROOT, "measured %.1f %s", measured, unit);
        String line = to.isLine() ? "to " + to.displayName() + " · " : "";
        return line + "cited " + cited.label() + " · " + m + " " + verdict.symbol();
    }
}
