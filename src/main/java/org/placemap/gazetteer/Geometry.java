package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.placemap.distance.GeoPoint;

/**
 * A representative point for a GeoJSON (Multi)Polygon: the area centroid of its largest outer ring,
 * or — when that falls outside the ring, as for crescent-shaped seas — the middle of the widest
 * inside stretch of the ring along the centroid's latitude. Plane geometry in degrees is good
 * enough for a marker position; it is not an area calculation.
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

    private static double[][] largestOuterRing(Object geometry) {
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
