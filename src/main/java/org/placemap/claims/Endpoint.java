package org.placemap.claims;

import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.LineKind;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * One end of a distance claim: the name as the article writes it, where, and the place it was resolved
 * to.
 *
 * @param name  the name as written ({@code article.text().substring(start, end)})
 * @param start offset of the name's first character, in UTF-16 code units into the article text
 * @param end   offset after its last character, exclusive
 * @param place the resolved gazetteer entry, or null when the geoparser resolved none; for a line, the
 *              line's nearest point to the claim's other end (kind {@link PlaceKind#BORDER} or {@link PlaceKind#COAST})
 * @param line  border or coast when this end is a line ("the Lebanese border"), else null
 */
public record Endpoint(String name, int start, int end, Place place, LineKind line) {

    /** A point: a place, or a name not resolved to one. */
    public Endpoint(String name, int start, int end, Place place) {
        this(name, start, end, place, null);
    }

    public Endpoint {
        if (name == null) {
            throw new IllegalArgumentException("name is null");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** Whether this end is a border or coast rather than a point. */
    public boolean isLine() {
        return line != null;
    }

    /** "border" or "coast" for a line, "point" for a place (the {@code kind} of the claim JSON). */
    public String kindWord() {
        return line == null ? "point" : line.word();
    }

    public boolean isResolved() {
        return place != null;
    }

    /** The gazetteer id ("geonames:170017"), or null when unresolved. */
    public String placeId() {
        return place == null ? null : place.id();
    }

    /** The gazetteer's preferred name when resolved, else the name as written. */
    public String displayName() {
        return place == null ? name : place.name();
    }

    /** The resolved place's representative point, or null when unresolved. */
    public GeoPoint point() {
        return place == null ? null : place.point();
    }
}
