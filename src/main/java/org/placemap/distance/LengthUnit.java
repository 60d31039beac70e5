package org.placemap.distance;

/**
 * Units of length that articles cite and that the map shows, each with its exact size in metres.
 *
 * <p>The statute mile is the international mile of 1959 (1,609.344 m); the nautical mile is the
 * international one of 1929 (1,852 m). Distances stay in metres inside the program and are converted
 * only for display or for comparing with a cited value.
 */
public enum LengthUnit {
    METRE("m", 1.0),
    KILOMETRE("km", 1_000.0),
    MILE("mi", 1_609.344),
    NAUTICAL_MILE("nmi", 1_852.0);

    private final String symbol;
    private final double metres;

    LengthUnit(String symbol, double metres) {
        this.symbol = symbol;
        this.metres = metres;
    }

    /** Short symbol for labels: m, km, mi, nmi. */
    public String symbol() {
        return symbol;
    }

    /** Length of one unit in metres. */
    public double metres() {
        return metres;
    }

    /** {@code value} of this unit in metres. */
    public double toMetres(double value) {
        return value * metres;
    }

    /** {@code value} of this unit in kilometres. */
    public double toKm(double value) {
        return value * metres / 1_000.0;
    }

    /** A length of {@code metres} expressed in this unit. */
    public double fromMetres(double metres) {
        return metres / this.metres;
    }
}
