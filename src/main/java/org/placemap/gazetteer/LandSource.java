package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step for {@code land.tsv.gz}: Natural Earth's 1:10m land, for drawing the coast where the 1:50m
 * base map the browser carries is wrong (from zoom 6 on, ports such as Tartus sit in its sea).
 *
 * <p>Algorithm: every ring of every land polygon is simplified with Douglas–Peucker at
 * {@value #TOLERANCE_DEG}° (about 50 m, under a pixel up to zoom 11), then each polygon is cut into the
 * cells of a {@value #CELL_DEG}° grid it overlaps, each ring clipped to the cell by Sutherland–Hodgman
 * (a clipped concave ring may run along the cell edge, which does not matter for a fill drawn without an
 * outline). A cell holds the pieces of every polygon that overlaps it and is written as one outline row
 * with the id {@code land:<south>:<west>} (whole degrees), cells in order of south then west, so that a
 * rebuild from the same source gives the same bytes. The browser asks for the cells in view only.
 */
final class LandSource {
    static final String NE_LAND = "naturalearth/ne_10m_land.json.gz";
    static final String FILE = "land.tsv.gz";
    /** Cell size of the grid, degrees. */
    static final int CELL_DEG = 10;
    /** Douglas–Peucker tolerance, degrees. */
    static final double TOLERANCE_DEG = 0.0005;

    private LandSource() {}

    /** The land cut into cells, by cell id, in build order. */
    static Map<String, Shape> cells(Path file, SourceLog log) throws IOException {
        TreeMap<Long, List<double[][][]>> byCell = new TreeMap<>();
        try (BufferedReader r = GeoNamesSource.open(file)) {
            MiniJson.forEachFeature(r, feature -> {
                log.row();
                List<double[][][]> polygons;
                try {
                    polygons = Geometry.polygons(feature.get("geometry"));
                } catch (IllegalArgumentException e) {
                    log.badFeature(log.rows(), "land: " + e.getMessage());
                    return;
                }
                log.accepted();
                for (double[][][] polygon : polygons) {
                    double[][] outer = Geometry.simplify(polygon[0], TOLERANCE_DEG);
                    if (outer == null) {
                        continue; // an islet under the tolerance
                    }
                    List<double[][]> holes = new ArrayList<>();
                    for (int h = 1; h < polygon.length; h++) {
                        double[][] hole = Geometry.simplify(polygon[h], TOLERANCE_DEG);
                        if (hole != null) {
                            holes.add(hole);
                        }
                    }
                    cut(outer, holes, byCell);
                }
            });
        }
        Map<String, Shape> out = new java.util.LinkedHashMap<>();
        byCell.forEach((key, pieces) -> {
            int south = (int) (key >> 32);
            int west = key.intValue();
            out.put(id(south, west), new Shape(pieces, Geometry.areaKm2(pieces)));
        });
        return out;
    }

    static String id(int south, int west) {
        return "land:" + south + ":" + west;
    }

    /** Adds the pieces of one polygon to the cells it overlaps (key: south in the high half, west in the low). */
    private static void cut(double[][] outer, List<double[][]> holes, Map<Long, List<double[][][]>> byCell) {
        double minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE, minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE;
        for (double[] p : outer) {
            minLon = Math.min(minLon, p[0]);
            maxLon = Math.max(maxLon, p[0]);
            minLat = Math.min(minLat, p[1]);
            maxLat = Math.max(maxLat, p[1]);
        }
        for (int south = floorCell(minLat); south <= floorCell(Math.min(maxLat, 89.999)); south += CELL_DEG) {
            for (int west = floorCell(minLon); west <= floorCell(Math.min(maxLon, 179.999)); west += CELL_DEG) {
                double[][] piece = clip(outer, west, south, west + CELL_DEG, south + CELL_DEG);
                if (piece == null) {
                    continue;
                }
                List<double[][]> rings = new ArrayList<>();
                rings.add(piece);
                for (double[][] hole : holes) {
                    double[][] h = clip(hole, west, south, west + CELL_DEG, south + CELL_DEG);
                    if (h != null) {
                        rings.add(h);
                    }
                }
                long key = ((long) south << 32) | (west & 0xffffffffL);
                byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(rings.toArray(double[][][]::new));
            }
        }
    }

    private static int floorCell(double deg) {
        return (int) Math.floor(deg / CELL_DEG) * CELL_DEG;
    }

    /**
     * Sutherland–Hodgman: the closed ring ({@code [i] = {lon, lat}}, first point repeated last) clipped to
     * the rectangle, closed again; null when less than a triangle is left.
     */
    static double[][] clip(double[][] ring, double west, double south, double east, double north) {
        List<double[]> points = new ArrayList<>(List.of(ring).subList(0, ring.length - 1));
        for (int edge = 0; edge < 4 && !points.isEmpty(); edge++) {
            List<double[]> in = points;
            points = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                double[] a = in.get((i + in.size() - 1) % in.size());
                double[] b = in.get(i);
                boolean aIn = inside(a, edge, west, south, east, north);
                boolean bIn = inside(b, edge, west, south, east, north);
                if (bIn) {
                    if (!aIn) {
                        points.add(cross(a, b, edge, west, south, east, north));
                    }
                    points.add(b);
                } else if (aIn) {
                    points.add(cross(a, b, edge, west, south, east, north));
                }
            }
        }
        if (points.size() < 3) {
            return null;
        }
        points.add(points.getFirst());
        return points.toArray(double[][]::new);
    }

    private static boolean inside(double[] p, int edge, double west, double south, double east, double north) {
        return switch (edge) {
            case 0 -> p[0] >= west;
            case 1 -> p[0] <= east;
            case 2 -> p[1] >= south;
            default -> p[1] <= north;
        };
    }

    private static double[] cross(double[] a, double[] b, int edge, double west, double south, double east, double north) {
        if (edge < 2) {
            double x = edge == 0 ? west : east;
            double t = (x - a[0]) / (b[0] - a[0]);
            return new double[] {x, a[1] + t * (b[1] - a[1])};
        }
        double y = edge == 2 ? south : north;
        double t = (y - a[1]) / (b[1] - a[1]);
        return new double[] {a[0] + t * (b[0] - a[0]), y};
    }
}
