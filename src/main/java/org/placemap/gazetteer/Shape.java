package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * A simplified area shape at build time, as written to {@code outlines.tsv.gz}: polygons as
 * {@code [polygon][ring][point] = {lon, lat}} and the area of the unsimplified source polygons.
 */
record Shape(List<double[][][]> polygons, double areaKm2) {

    /**
     * Simplification tolerance in degrees: about 1 km at the equator, less towards the poles. Natural
     * Earth's 1:10m data is drawn to about 0.1 mm at 1:10,000,000, i.e. 1 km on the ground, so this
     * drops vertices the source itself does not resolve.
     */
    static final double TOLERANCE_DEG = 0.01;

    /** @throws IllegalArgumentException when the geometry is not a well-formed (Multi)Polygon */
    static Shape of(Object geometry) {
        List<double[][][]> source = Geometry.polygons(geometry);
        return new Shape(simplified(source), Geometry.areaKm2(source));
    }

    /** Islands smaller than the tolerance disappear; if everything would, the tolerance shrinks. */
    private static List<double[][][]> simplified(List<double[][][]> source) {
        for (double tolerance = TOLERANCE_DEG; ; tolerance /= 10) {
            List<double[][][]> out = new ArrayList<>(source.size());
            for (double[][][] polygon : source) {
                double[][] outer = Geometry.simplify(polygon[0], tolerance);
                if (outer == null) {
                    continue;
                }
                List<double[][]> rings = new ArrayList<>(polygon.length);
                rings.add(outer);
                for (int r = 1; r < polygon.length; r++) {
                    double[][] hole = Geometry.simplify(polygon[r], tolerance);
                    if (hole != null) {
                        rings.add(hole);
                    }
                }
                out.add(rings.toArray(double[][][]::new));
            }
            if (!out.isEmpty() || tolerance < 1e-7) {
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("degenerate polygon");
                }
                return out;
            }
        }
    }

    /** Both shapes as one multi-polygon (a sea drawn as several features). */
    Shape plus(Shape other) {
        List<double[][][]> all = new ArrayList<>(polygons);
        all.addAll(other.polygons);
        return new Shape(all, areaKm2 + other.areaKm2);
    }

    BoundingBox bounds() {
        double s = 90;
        double w = 180;
        double n = -90;
        double e = -180;
        for (double[][][] polygon : polygons) {
            for (double[] p : polygon[0]) {
                w = Math.min(w, p[0]);
                e = Math.max(e, p[0]);
                s = Math.min(s, p[1]);
                n = Math.max(n, p[1]);
            }
        }
        return new BoundingBox(s, w, n, e);
    }

    int pointCount() {
        int n = 0;
        for (double[][][] polygon : polygons) {
            for (double[][] ring : polygon) {
                n += ring.length;
            }
        }
        return n;
    }
}
