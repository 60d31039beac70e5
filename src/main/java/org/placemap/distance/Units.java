package org.placemap.distance;

/** Units of length with their size in metres, and conversions. */
public enum Units {
    KILOMETRES("km", 1000.0),
    MILES("mi", 1609.344),
    NAUTICAL_MILES("nmi", 1852.0),
    METRES("m", 1.0);

    private final String symbol;
    private final double metres;

    Units(String symbol, double metres) {
        this.symbol = symbol;
        this.metres = metres;
    }

    public String symbol() {
        return symbol;
    }

    /** Size of one unit in metres (international mile 1609.344 m, nautical mile 1852 m). */
    public double metres() {
        return metres;
    }

    public double fromMetres(double valueMetres) {
        return valueMetres / metres;
    }

    public double toMetres(double value) {
        return value * metres;
    }
}
