package org.placemap.claims;

/**
 * A cited distance found in a sentence, before it is known to be a claim.
 *
 * @param cited       value, unit and hedge
 * @param start       offset of the hedge words, or of the number when there are none
 * @param numberStart offset of the number (where the left context for the subject ends, hedge excluded)
 * @param end         offset after the unit, a trailing hedge ("or so") and a conversion ("(80 km)")
 */
record Quantity(CitedDistance cited, int start, int numberStart, int end) {

    boolean hasUnit() {
        return cited.hasUnit();
    }
}
