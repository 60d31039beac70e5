package org.placemap.distance;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Distances on the WGS84 ellipsoid.
 *
 * <h2>Algorithm</h2> Karney's solution of the inverse geodesic problem (GeographicLib), which converges
 * for every pair of points, antipodal ones included.
 *
 * <h2>Accuracy</h2> About 15 nanometres on WGS84; the error of any answer here comes from the points, not
 * from the maths.
 *
 * <h2>Thread safety</h2> Stateless; safe to call from any thread.
 */
public final class Geodesy {
    private Geodesy() {}

    /** Length of the shortest path on the WGS84 ellipsoid between {@code a} and {@code b}, in metres. */
    public static double distanceMetres(GeoPoint a, GeoPoint b) {
        GeodesicData g = Geodesic.WGS84.Inverse(a.latitudeDeg(), a.longitudeDeg(), b.latitudeDeg(), b.longitudeDeg());
        return g.s12;
    }
}
