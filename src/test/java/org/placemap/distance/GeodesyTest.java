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
    void distanceIsSymmetricAndZeroForTheSamePoint() {
        GeoPoint a = new GeoPoint(35.13, 36.75);
        GeoPoint b = new GeoPoint(34.89, 35.89);
        assertEquals(Geodesy.distanceMetres(a, b), Geodesy.distanceMetres(b, a), 1e-6);
        assertEquals(0.0, Geodesy.distanceMetres(a, a), 1e-9);
    }
}
