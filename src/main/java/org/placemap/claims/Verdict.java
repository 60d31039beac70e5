package org.placemap.claims;

/** Whether a cited distance agrees with the measured one; the rule is {@link VerdictRule}. */
public enum Verdict {
    /** The measured distance lies within the cited value's tolerance. */
    CONSISTENT("✓"),
    /** Both places are points on the map and the measured distance lies outside the tolerance. */
    INCONSISTENT("✗"),
    /** Cannot be checked: an endpoint is unresolved or an area, the unit is missing, or the value is absurd. */
    UNVERIFIABLE("?");

    private final String symbol;

    Verdict(String symbol) {
        this.symbol = symbol;
    }

    /** ✓, ✗ or ? for labels. */
    public String symbol() {
        return symbol;
    }
}
