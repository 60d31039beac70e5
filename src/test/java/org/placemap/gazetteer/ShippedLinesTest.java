package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.placemap.distance.GeoPoint;

/**
 * Borders and coasts in the shipped {@code geodata/lines.tsv.gz} (issue 10): the facts below are plain
 * geography, independent of this code. Points: GeoNames (Metula 294514, Tartus 163345, Kyiv 703448).
 */
class ShippedLinesTest {

    private static Lines lines() {
        return SampleArticlePlacesTest.shipped().lines();
    }

    @Test
    void theShippedGeodataHasBordersAndCoasts() {
        assertFalse(lines().isEmpty());
        assertTrue(lines().pointCount() > 100_000, lines().pointCount() + " points");
    }

    /** Metula, Israel's northernmost town, is bordered by Lebanon on three sides. */
    @Test
    void metulaIsAtTheLebaneseBorder() {
        Lines.Nearest n = lines().nearest(new GeoPoint(33.28, 35.58), LineKind.BORDER,
                c -> c.contains("IL") && c.contains("LB")).orElseThrow();
        assertTrue(n.km() < 2, n.km() + " km");
    }

    /** Tartus is a port: Syria's coast runs through it. */
    @Test
    void tartusIsOnTheSyrianCoast() {
        Lines.Nearest n = lines().nearest(new GeoPoint(34.88892, 35.88659), LineKind.COAST, c -> true).orElseThrow();
        assertTrue(n.km() < 3, n.km() + " km");
        assertEquals(java.util.List.of("SY"), n.countryCodes());
    }

    /** Kyiv is inland: Odesa, on the Black Sea, is about 440 km away. */
    @Test
    void kyivIsFarFromAnyCoast() {
        Lines.Nearest n = lines().nearest(new GeoPoint(50.45466, 30.5238), LineKind.COAST, c -> true).orElseThrow();
        assertTrue(n.km() > 300 && n.km() < 500, n.km() + " km");
    }

    /**
     * Natural Earth gives France and Norway ISO_A2 "-99"; their codes come from GeoNames' countryInfo by ADM0_A3.
     * Geography: Strasbourg (GeoNames 2973783) lies on the Rhine, the Franco-German border; France borders Spain,
     * Belgium, Germany, Switzerland, Italy; Norway borders Sweden, Finland and Russia; Marseille (2995469) is a port.
     */
    @Test
    void franceAndNorwayHaveTheirBordersAndCoastsDespiteNaturalEarthsMissingCodes() {
        Lines.Nearest n = lines().nearest(new GeoPoint(48.58392, 7.74553), LineKind.BORDER,
                c -> c.contains("DE") && c.contains("FR")).orElseThrow();
        assertTrue(n.km() < 5, n.km() + " km");
        Gazetteer g = SampleArticlePlacesTest.shipped();
        assertTrue(g.neighbours("FR").containsAll(java.util.Set.of("ES", "BE", "DE", "CH", "IT")), g.neighbours("FR").toString());
        assertEquals(java.util.Set.of("SE", "FI", "RU"), g.neighbours("NO"));
        assertTrue(g.bordering("SY", "LB") && g.bordering("LB", "SY") && !g.bordering("SY", "EG"));
        Lines.Nearest coast = lines().nearest(new GeoPoint(43.29695, 5.38107), LineKind.COAST, c -> true).orElseThrow();
        assertEquals(java.util.List.of("FR"), coast.countryCodes());
    }
}
