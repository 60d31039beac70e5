package org.placemap.gazetteer;

import org.placemap.distance.GeoPoint;

/**
 * A latitude/longitude rectangle in degrees (WGS84). Natural Earth splits shapes at the antimeridian,
 * so {@code westDeg <= eastDeg} always holds; a region that spans ±180° has a box from −180 to 180.
 *
 * @param southDeg smallest latitude, degrees
 * @param westDeg  smallest longitude, degrees
 * @param northDeg largest latitude, degrees
 * @param eastDeg  largest longitude, degrees
 */
public record BoundingBox(double southDeg, double westDeg, double northDeg, double eastDeg) {

    public BoundingBox {
        if (!(southDeg <= northDeg && westDeg <= eastDeg)) {
            throw new IllegalArgumentException("empty box: " + southDeg + "," + westDeg + " .. " + northDeg + "," + eastDeg);
        }
    }

    /** True when {@code p} lies inside or on the edge. */
    public boolean contains(GeoPoint p) {
        return p.latitudeDeg() >= southDeg && p.latitudeDeg() <= northDeg
                && p.longitudeDeg() >= westDeg && p.longitudeDeg() <= eastDeg;
    }
}
