package org.placemap.claims;

/**
 * How a cited distance is qualified. Several phrasings share one hedge ("about", "roughly", "some",
 * "around" are all {@link #ABOUT}); the words as written are kept in {@link DistanceClaim#hedgeText()}.
 * The hedge decides which side of the cited value the tolerance applies to (see {@link VerdictRule}).
 */
public enum Hedge {
    /** A bare number: "50 miles from Tartus". */
    NONE("none", ""),
    /** An approximation either way: about, around, roughly, approximately, some, circa, an estimated, or so, -odd. */
    ABOUT("about", "≈"),
    /** Just short of the value: nearly, almost, close to, just under, not quite. */
    NEARLY("nearly", "≲"),
    /** A lower bound: more than, over, at least, upwards of, in excess of, just over, or more, -plus. */
    MORE_THAN("more than", ">"),
    /** An upper bound: less than, under, up to, at most, no more than, or less. */
    LESS_THAN("less than", "<"),
    /** An upper bound on the distance to a place: "within 10 km of Homs". */
    WITHIN("within", "≤");

    private final String label;
    private final String symbol;

    Hedge(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** Lower-case name for JSON and tables: none, about, nearly, more than, less than, within. */
    public String label() {
        return label;
    }

    /** Symbol put before the cited value in a label ("≈50 mi"); empty for {@link #NONE}. */
    public String symbol() {
        return symbol;
    }

    /** True for the hedges that bound the distance on one side only. */
    public boolean isBound() {
        return this == MORE_THAN || this == LESS_THAN || this == WITHIN;
    }
}
