package org.placemap.claims;

import java.util.Locale;
import org.placemap.distance.Units;

/**
 * A distance as an article states it: "about 50 miles", "40–50 km", "more than 100 kilometres".
 *
 * @param low       the value, or the lower end of a range, in {@code unit}
 * @param high      the upper end of a range; equal to {@code low} for a single value
 * @param unit      the unit as written, or null when the article gives a number without one
 * @param hedge     how the value is qualified
 * @param hedgeText the qualifying words as written, lower-cased ("roughly", "within about"); "" for none
 */
public record CitedDistance(double low, double high, Units unit, Hedge hedge, String hedgeText) {

    public CitedDistance {
        if (!(low <= high)) {
            throw new IllegalArgumentException("range " + low + ".." + high);
        }
        if (hedge == null || hedgeText == null) {
            throw new IllegalArgumentException("hedge missing");
        }
    }

    public boolean isRange() {
        return high != low;
    }

    public boolean hasUnit() {
        return unit != null;
    }

    /** {@link #low} in kilometres, or null without a unit. */
    public Double lowKm() {
        return unit == null ? null : unit.toMetres(low) / 1_000.0;
    }

    /** {@link #high} in kilometres, or null without a unit. */
    public Double highKm() {
        return unit == null ? null : unit.toMetres(high) / 1_000.0;
    }

    /** "≈50 mi", "40–50 km", "> 100 km", "50 (no unit)". */
    public String label() {
        String value = isRange() ? number(low) + "–" + number(high) : number(low);
        String u = unit == null ? " (no unit)" : " " + unit.symbol();
        return hedge.symbol() + value + u;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
