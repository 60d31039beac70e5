package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.placemap.distance.GeoPoint;

/**
 * Build-time geometry of GeoJSON (Multi)Polygons.
 *
 * <p>A representative point is the area centroid of the largest outer ring, or — when that falls
 * outside the ring, as for crescent-shaped seas — the middle of the widest inside stretch of the ring
 * along the centroid's latitude; plane geometry in degrees is good enough for a marker position.
 * Areas are computed on the sphere of mean Earth radius (error well under 1 % against the ellipsoid).
 * Rings are simplified with Douglas–Peucker in plane degrees.
 */
final class Geometry {

    private Geometry() {}

    /** @throws IllegalArgumentException when the geometry is missing or not a (Multi)Polygon */
    static GeoPoint representativePoint(Object geometry) {
        double[][] ring = largestOuterRing(geometry);
        double[] c = centroid(ring);
        if (contains(ring, c[0], c[1])) {
            return new GeoPoint(c[1], c[0]);
        }
        double[] inside = widestInsideMidpoint(ring, c[1]);
        return new GeoPoint(inside[1], inside[0]);
    }

    /**
     * Whether {@code point} lies off the geometry's main body: outside its largest outer ring while that ring holds at
     * least {@code share} of the plane area of all outer rings. Natural Earth puts a few regions' label points on an
     * outlying islet (Fiji's Western Division on Conway Reef, 490 km from Viti Levu; Sakhalin's off Sakhalin island),
     * where no reader and no gazetteer looks for the region.
     */
    static boolean offMainBody(Object geometry, GeoPoint point, double share) {
        double[][] largest = largestOuterRing(geometry);
        double total = 0;
        for (Object polygon : polygonList(geometry)) {
            if (polygon instanceof List<?> rings && !rings.isEmpty()) {
                total += Math.abs(signedArea(toRing(rings.get(0))));
            }
        }
        return Math.abs(signedArea(largest)) >= share * total
                && !contains(largest, point.longitudeDeg(), point.latitudeDeg());
    }

    /**
     * The point a sum of unit vectors ({@code x}, {@code y}, {@code z}; z towards the north pole, x towards 0° E on the
     * equator) points at: the normalised vector sum, so that points across the antimeridian do not average to the far
     * side of the Earth. Null for the zero vector.
     */
    static GeoPoint directionOf(double x, double y, double z) {
        double h = Math.hypot(x, y);
        if (h == 0 && z == 0) {
            return null;
        }
        return new GeoPoint(Math.toDegrees(Math.atan2(z, h)), Math.toDegrees(Math.atan2(y, x)));
    }

    /** Mean Earth radius (IUGG), km. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * The polygons of a (Multi)Polygon as {@code [polygon][ring][point] = {lon, lat}}, outer ring first.
     *
     * @throws IllegalArgumentException when the geometry is missing, not a (Multi)Polygon, or malformed
     */
    static List<double[][][]> polygons(Object geometry) {
        List<double[][][]> out = new ArrayList<>();
        for (Object polygon : polygonList(geometry)) {
            if (!(polygon instanceof List<?> rings) || rings.isEmpty()) {
                continue;
            }
            double[][][] p = new double[rings.size()][][];
            for (int i = 0; i < p.length; i++) {
                p[i] = toRing(rings.get(i));
            }
            out.add(p);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty polygon");
        }
        return out;
    }

    /**
     * Douglas–Peucker simplification of a closed ring with tolerance {@code toleranceDeg} (plane
     * degrees). Returns null when fewer than four points (a triangle plus the closing point) remain:
     * the ring is smaller than the tolerance and not worth drawing.
     */
    static double[][] simplify(double[][] ring, double toleranceDeg) {
        int n = ring.length;
        if (n < 4) {
            return null;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        double tol2 = toleranceDeg * toleranceDeg;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            double worst = -1;
            int worstAt = -1;
            for (int i = first + 1; i < last; i++) {
                double d = segmentDistance2(ring[i], ring[first], ring[last]);
                if (d > worst) {
                    worst = d;
                    worstAt = i;
                }
            }
            if (worstAt > 0 && worst > tol2) {
                keep[worstAt] = true;
                stack[top++] = first;
                stack[top++] = worstAt;
                stack[top++] = worstAt;
                stack[top++] = last;
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(ring[i]);
            }
        }
        return kept.size() < 4 ? null : kept.toArray(double[][]::new);
    }

    private static double segmentDistance2(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
        double ex = a[0] + t * dx - p[0];
        double ey = a[1] + t * dy - p[1];
        return ex * ex + ey * ey;
    }

    /** Area of the polygons (outer rings less holes), km². */
    static double areaKm2(List<double[][][]> polygons) {
        double a = 0;
        for (double[][][] polygon : polygons) {
            for (int r = 0; r < polygon.length; r++) {
                a += (r == 0 ? 1 : -1) * ringAreaKm2(polygon[r]);
            }
        }
        return Math.max(0, a);
    }

    /** Unsigned area of one ring on the sphere, km² (the trapezoid formula for spherical polygons). */
    static double ringAreaKm2(double[][] ring) {
        double sum = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double l1 = Math.toRadians(ring[j][0]);
            double l2 = Math.toRadians(ring[i][0]);
            sum += (l2 - l1) * (2 + Math.sin(Math.toRadians(ring[j][1])) + Math.sin(Math.toRadians(ring[i][1])));
        }
        return Math.abs(sum) * EARTH_RADIUS_KM * EARTH_RADIUS_KM / 2;
    }

    private static List<Object> polygonList(Object geometry) {
        if (!(geometry instanceof Map<?, ?> g)) {
            throw new IllegalArgumentException("no geometry");
        }
        Object type = g.get("type");
        Object coordinates = g.get("coordinates");
        List<Object> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(coordinates);
        } else if ("MultiPolygon".equals(type) && coordinates instanceof List<?> list) {
            polygons.addAll(list);
        } else {
            throw new IllegalArgumentException("geometry type " + type + " is not a polygon");
        }
        return polygons;
    }

    private static double[][] largestOuterRing(Object geometry) {
        List<Object> polygons = polygonList(geometry);
        double[][] best = null;
        double bestArea = -1;
        for (Object polygon : polygons) {
            if (!(polygon instanceof List<?> rings) || rings.isEmpty()) {
                continue;
            }
            double[][] ring = toRing(rings.get(0));
            double area = Math.abs(signedArea(ring));
            if (area > bestArea) {
                bestArea = area;
                best = ring;
            }
        }
        if (best == null || best.length < 3) {
            throw new IllegalArgumentException("empty polygon");
        }
        return best;
    }

    private static double[][] toRing(Object ring) {
        if (!(ring instanceof List<?> positions)) {
            throw new IllegalArgumentException("ring is not an array");
        }
        double[][] out = new double[positions.size()][];
        for (int i = 0; i < out.length; i++) {
            if (!(positions.get(i) instanceof List<?> p) || p.size() < 2
                    || !(p.get(0) instanceof Double x) || !(p.get(1) instanceof Double y)) {
                throw new IllegalArgumentException("bad position in ring");
            }
            out[i] = new double[] {x, y};
        }
        return out;
    }

    private static double signedArea(double[][] ring) {
        double a = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
        }
        return a / 2;
    }

    private static double[] centroid(double[][] ring) {
        double a = signedArea(ring);
        if (Math.abs(a) < 1e-12) {
            double x = 0;
            double y = 0;
            for (double[] p : ring) {
                x += p[0];
                y += p[1];
            }
            return new double[] {x / ring.length, y / ring.length};
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
            cx += (ring[j][0] + ring[i][0]) * f;
            cy += (ring[j][1] + ring[i][1]) * f;
        }
        return new double[] {cx / (6 * a), cy / (6 * a)};
    }

    private static boolean contains(double[][] ring, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0];
            double yi = ring[i][1];
            double xj = ring[j][0];
            double yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double[] widestInsideMidpoint(double[][] ring, double y) {
        List<Double> xs = new ArrayList<>();
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double yi = ring[i][1];
            double yj = ring[j][1];
            if ((yi > y) != (yj > y)) {
                xs.add((ring[j][0] - ring[i][0]) * (y - yi) / (yj - yi) + ring[i][0]);
            }
        }
        xs.sort(null);
        double bestX = ring[0][0];
        double bestY = ring[0][1];
        double bestWidth = -1;
        for (int k = 0; k + 1 < xs.size(); k += 2) {
            double width = xs.get(k + 1) - xs.get(k);
            if (width > bestWidth) {
                bestWidth = width;
                bestX = (xs.get(k) + xs.get(k + 1)) / 2;
                bestY = y;
            }
        }
        return new double[] {bestX, bestY};
    }
}
