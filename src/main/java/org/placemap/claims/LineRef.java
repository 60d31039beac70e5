package org.placemap.claims;

import java.util.List;
import org.placemap.gazetteer.LineKind;
import org.placemap.gazetteer.Place;

/**
 * A border or coastline a phrase names instead of a point: "the Lebanese border", "the border with Jordan",
 * "the border between Iraq and Syria", "Israel's coast", "the coast of mainland China", "the Black Sea coast",
 * "the Atlantic Ocean". Which line of the geodata it is, and its nearest point, are worked out when the claim
 * is measured ({@link LineTargets}).
 *
 * @param kind      border or coast; null for a line the geodata does not hold (a river, a front line, a road),
 *                  which cannot be measured
 * @param countries the countries the phrase names, in text order ("Lebanese-Israeli": Lebanon, Israel); empty
 *                  when it names none ("the border": the subject's own country's is meant)
 * @param sea       the sea or ocean whose coast is meant ("the Black Sea coast", "5 km from the Atlantic"), or
 *                  null
 * @param start     offset of the phrase's first character in the article text
 * @param end       offset after its last character
 */
record LineRef(LineKind kind, List<Place> countries, Place sea, int start, int end) {

    LineRef {
        countries = List.copyOf(countries);
    }

    /** Whether the geodata has lines of this kind to measure to. */
    boolean measurable() {
        return kind != null;
    }
}
