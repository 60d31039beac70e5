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
}
