package org.placemap.eval;

import java.util.Objects;

/**
 * One toponym of a gold file or of a system's output.
 *
 * @param start offset of the first character in the document text (UTF-16 code units; the corpora here
 *              contain no characters outside the Basic Multilingual Plane, so these equal code points);
 *              published outputs sometimes give -1 for a span they could not place
 * @param end   offset after the last character, exclusive
 * @param text  the toponym as written in the text (the "surface" form matching compares)
 * @param name  the gazetteer or page name the annotator or system gave it ("Avoyelles Parish" for
 *              "Avoyelles"); informational only
 * @param latitudeDeg  latitude in degrees, or NaN when the entry has no coordinates
 * @param longitudeDeg longitude in degrees, or NaN when the entry has no coordinates
 */
public record Toponym(int start, int end, String text, String name, double latitudeDeg, double longitudeDeg) {

    public Toponym {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        // no check that start >= 0: published outputs contain -1 for spans their tokenizer could not place
        if (end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** Whether the entry has coordinates: only those count as gold for, or predictions of, a place. */
    public boolean hasPoint() {
        return !Double.isNaN(latitudeDeg) && !Double.isNaN(longitudeDeg);
    }

    /** Twice the midpoint, in code units: an integer, so midpoint comparisons are exact. */
    int doubleMidpoint() {
        return start + end;
    }

    Toponym shifted(int delta) {
        return new Toponym(start + delta, end + delta, text, name, latitudeDeg, longitudeDeg);
    }
}
