package org.placemap.distance;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;

/**
 * Distances and paths on the WGS84 ellipsoid.
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

    /**
     * Points along the shortest path from {@code a} to {@code b}, both included, {@code segments + 1} in all,
     * equally spaced, for drawing the path as a polyline on a map. Longitudes are continuous
     * (they may leave -180..180 where the path crosses the antimeridian), so a map draws the short way.
     */
    public static List<double[]> path(GeoPoint a, GeoPoint b, int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be at least 1: " + segments);
        }
        GeodesicLine line = Geodesic.WGS84.InverseLine(a.latitudeDeg(), a.longitudeDeg(), b.latitudeDeg(),
                b.longitudeDeg(), GeodesicMask.DISTANCE_IN | GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        List<double[]> points = new ArrayList<>(segments + 1);
        for (int i = 0; i <= segments; i++) {
            // LONG_UNROLL keeps the longitude continuous along the line instead of wrapping it.
            GeodesicData p = line.Position(line.Distance() * i / segments,
                    GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.LONG_UNROLL);
            points.add(new double[] {p.lat2, p.lon2});
        }
        return points;
    }
}
