package org.placemap.distance;

/**
 * A point on the WGS84 ellipsoid, in degrees.
 *
 * @param latitudeDeg  latitude in degrees, -90..90
 * @param longitudeDeg longitude in degrees, -180..180
 */
public record GeoPoint(double latitudeDeg, double longitudeDeg) {
    public GeoPoint {
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitudeDeg);
        }
        if (!(longitudeDeg >= -180 && longitudeDeg <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitudeDeg);
        }
    }
}
