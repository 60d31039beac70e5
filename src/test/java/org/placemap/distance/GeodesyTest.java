package org.placemap.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeodesyTest {

    @Test
    void jfkToHeathrowMatchesGeographicLibsPublishedExample() {
        // GeographicLib documentation, inverse problem example: 40.6N 73.8W to 51.6N 0.5W.
        double metres = Geodesy.distanceMetres(new GeoPoint(40.6, -73.8), new GeoPoint(51.6, -0.5));
        assertEquals(5_551_759.400, metres, 0.5);
    }

    @Test
    void aDegreeOfLatitudeAtTheEquatorIsAbout110574Metres() {
        // Meridian arc length of WGS84 from 0 to 1 degree: 110,574.4 m (standard geodesy tables).
        assertEquals(110_574.4, Geodesy.distanceMetres(new GeoPoint(0, 0), new GeoPoint(1, 0)), 1.0);
    }

    @Test
    void pathRunsFromStartToEndWithEquallySpacedPoints() {
        GeoPoint a = new GeoPoint(40.6, -73.8);
        GeoPoint b = new GeoPoint(51.6, -0.5);
        var path = Geodesy.path(a, b, 8);
        assertEquals(9, path.size());
        assertEquals(40.6, path.getFirst()[0], 1e-9);
        assertEquals(-0.5, path.getLast()[1], 1e-9);
        double step = Geodesy.distanceMetres(a, b) / 8;
        for (int i = 1; i < path.size(); i++) {
            GeoPoint p = new GeoPoint(path.get(i - 1)[0], path.get(i - 1)[1]);
            GeoPoint q = new GeoPoint(path.get(i)[0], path.get(i)[1]);
            assertEquals(step, Geodesy.distanceMetres(p, q), 1e-3);
        }
    }

    @Test
    void pathAcrossTheAntimeridianKeepsLongitudesContinuous() {
        var path = Geodesy.path(new GeoPoint(-17.7, 178.0), new GeoPoint(-14.3, -170.7), 10);
        for (int i = 1; i < path.size(); i++) {
            assertEquals(0, Math.abs(path.get(i)[1] - path.get(i - 1)[1]), 5.0, "no jump between points " + i);
        }
        assertEquals(189.3, path.getLast()[1], 1e-6);
    }

    @Test
    void unitsConvertWithTheirDefinitions() {
        assertEquals(80.4672, Units.MILES.toMetres(50) / 1000, 1e-9);
        assertEquals(1.0, Units.NAUTICAL_MILES.fromMetres(1852), 1e-12);
        assertEquals(2.5, Units.KILOMETRES.fromMetres(2500), 1e-12);
    }

    @Test
    void distanceIsSymmetricAndZeroForTheSamePoint() {
        GeoPoint a = new GeoPoint(35.13, 36.75);
        GeoPoint b = new GeoPoint(34.89, 35.89);
        assertEquals(Geodesy.distanceMetres(a, b), Geodesy.distanceMetres(b, a), 1e-6);
        assertEquals(0.0, Geodesy.distanceMetres(a, a), 1e-9);
    }
}
