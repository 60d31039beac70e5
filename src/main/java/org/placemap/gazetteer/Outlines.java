package org.placemap.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.placemap.distance.GeoPoint;

/**
 * The decoded {@code outlines.tsv.gz}: every area's simplified polygons as one coordinate array, with a
 * 2° grid over the bounding boxes for point queries. Loaded on the first outline or containment query,
 * not at start: the name index does not need it.
 *
 * <h2>Algorithm</h2>
 * Containment is the even–odd ray test in plane degrees (Natural Earth splits shapes at the
 * antimeridian, so no ring crosses it) over the polygons whose box contains the point. Distances to
 * a ring (for points just outside a simplified coast) are planar with longitude scaled by the cosine
 * of latitude, good to a fraction of a percent over a few kilometres.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction.
 */
final class Outlines {

    static final Outlines NONE = new Outlines(List.of());

    private static final double CELL_DEG = 2;
    private static final int ROWS = 90;
    private static final int COLS = 180;
    private static final double KM_PER_DEGREE = Math.PI * Geometry.EARTH_RADIUS_KM / 180;

    private final String[] ids;
    private final BoundingBox[] bounds;
    private final double[] areaKm2;
    /** Outline i has polygons {@code polyStart[i] .. polyStart[i+1]}. */
    private final int[] polyStart;
    /** Polygon p has rings {@code ringStart[p] .. ringStart[p+1]}; the first is the outer ring. */
    private final int[] ringStart;
    /** Ring r is points {@code pointStart[r] .. pointStart[r+1]} of {@link #coords} (lon, lat pairs). */
    private final int[] pointStart;
    private final double[] coords;
    private final Map<String, Integer> byId;
    private final int[] cellStart;
    private final int[] cellItems;

    private Outlines(List<OutlineTsv.Row> rows) {
        int n = rows.size();
        ids = new String[n];
        bounds = new BoundingBox[n];
        areaKm2 = new double[n];
        polyStart = new int[n + 1];
        int polygons = 0;
        int rings = 0;
        int points = 0;
        for (OutlineTsv.Row row : rows) {
            polygons += row.rings().length;
            for (String[] polygon : row.rings()) {
                rings += polygon.length;
                for (String ring : polygon) {
                    points += Polyline.pointCount(ring);
                }
            }
        }
        ringStart = new int[polygons + 1];
        pointStart = new int[rings + 1];
        coords = new double[2 * points];
        byId = HashMap.newHashMap(n);
        int p = 0;
        int r = 0;
        int pt = 0;
        for (int i = 0; i < n; i++) {
            OutlineTsv.Row row = rows.get(i);
            ids[i] = row.id();
            bounds[i] = row.bounds();
            areaKm2[i] = row.areaKm2();
            byId.put(row.id(), i);
            polyStart[i] = p;
            for (String[] polygon : row.rings()) {
                ringStart[p++] = r;
                for (String ring : polygon) {
                    pointStart[r++] = pt;
                    pt += Polyline.decode(ring, coords, 2 * pt);
                }
            }
        }
        polyStart[n] = p;
        ringStart[polygons] = r;
        pointStart[rings] = pt;

        cellStart = new int[ROWS * COLS + 1];
        for (int i = 0; i < n; i++) {
            forEachCell(bounds[i], c -> cellStart[c + 1]++);
        }
        for (int c = 0; c < ROWS * COLS; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        cellItems = new int[cellStart[ROWS * COLS]];
        int[] fill = Arrays.copyOf(cellStart, ROWS * COLS);
        for (int i = 0; i < n; i++) {
            int item = i;
            forEachCell(bounds[i], c -> cellItems[fill[c]++] = item);
        }
    }

    static Outlines read(Path file) throws IOException {
        List<OutlineTsv.Row> rows = new ArrayList<>();
        OutlineTsv.read(file, rows::add);
        return new Outlines(rows);
    }

    int size() {
        return ids.length;
    }

    String id(int i) {
        return ids[i];
    }

    double areaKm2(int i) {
        return areaKm2[i];
    }

    /** Position of the outline of {@code id}, or -1. */
    int find(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    Outline outline(int i) {
        List<Outline.Polygon> polygons = new ArrayList<>();
        for (int p = polyStart[i]; p < polyStart[i + 1]; p++) {
            List<GeoPoint> outer = ring(ringStart[p]);
            List<List<GeoPoint>> holes = new ArrayList<>();
            for (int r = ringStart[p] + 1; r < ringStart[p + 1]; r++) {
                holes.add(ring(r));
            }
            polygons.add(new Outline.Polygon(outer, holes));
        }
        return new Outline(ids[i], bounds[i], areaKm2[i], polygons);
    }

    private List<GeoPoint> ring(int r) {
        List<GeoPoint> out = new ArrayList<>(pointStart[r + 1] - pointStart[r]);
        for (int k = pointStart[r]; k < pointStart[r + 1]; k++) {
            out.add(new GeoPoint(clamp(coords[2 * k + 1], 90), clamp(coords[2 * k], 180)));
        }
        return out;
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }

    /** Positions of the outlines containing the point, smallest area first. */
    int[] containing(double lat, double lon) {
        int cell = cell(lat, lon);
        int[] hits = new int[cellStart[cell + 1] - cellStart[cell]];
        int n = 0;
        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
            int i = cellItems[k];
            if (inBox(i, lat, lon, 0) && contains(i, lat, lon)) {
                hits[n++] = i;
            }
        }
        return sortByArea(Arrays.copyOf(hits, n));
    }

    /**
     * The outlines accepted by {@code accept} whose edge is within {@code maxKm} of the point, nearest
     * first, as {@code {distance km, position}} pairs.
     */
    List<double[]> near(double lat, double lon, double maxKm, java.util.function.IntPredicate accept) {
        double marginDeg = maxKm / KM_PER_DEGREE / Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat)))));
        List<double[]> found = new ArrayList<>();
        int r0 = row(lat - marginDeg);
        int r1 = row(lat + marginDeg);
        int c0 = col(lon - marginDeg);
        int c1 = col(lon + marginDeg);
        boolean[] seen = new boolean[ids.length];
        for (int row = r0; row <= r1; row++) {
            for (int col = c0; col <= c1; col++) {
                int cell = row * COLS + col;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = cellItems[k];
                    if (seen[i] || !accept.test(i)) {
                        continue;
                    }
                    seen[i] = true;
                    if (!inBox(i, lat, lon, marginDeg)) {
                        continue;
                    }
                    double d = distanceKm(i, lat, lon);
                    if (d <= maxKm) {
                        found.add(new double[] {d, i});
                    }
                }
            }
        }
        found.sort((a, b) -> Double.compare(a[0], b[0]));
        return found;
    }

    private int[] sortByArea(int[] hits) {
        Integer[] boxed = Arrays.stream(hits).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Double.compare(areaKm2[a], areaKm2[b]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private boolean inBox(int i, double lat, double lon, double marginDeg) {
        BoundingBox b = bounds[i];
        return lat >= b.southDeg() - marginDeg && lat <= b.northDeg() + marginDeg
                && lon >= b.westDeg() - marginDeg && lon <= b.eastDeg() + marginDeg;
    }

    boolean contains(int i, double lat, double lon) {
        for (int p = polyStart[i]; p < polyStart[i + 1]; p++) {
            if (ringContains(ringStart[p], lat, lon)) {
                boolean inHole = false;
                for (int r = ringStart[p] + 1; r < ringStart[p + 1] && !inHole; r++) {
                    inHole = ringContains(r, lat, lon);
                }
                if (!inHole) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean ringContains(int r, double lat, double lon) {
        boolean inside = false;
        int from = pointStart[r];
        int to = pointStart[r + 1];
        for (int i = from, j = to - 1; i < to; j = i++) {
            double xi = coords[2 * i];
            double yi = coords[2 * i + 1];
            double xj = coords[2 * j];
            double yj = coords[2 * j + 1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Distance from the point to the nearest edge of outline i, km. */
    double distanceKm(int i, double lat, double lon) {
        double k = Math.cos(Math.toRadians(lat));
        double best = Double.MAX_VALUE;
        for (int r = ringStart[polyStart[i]]; r < ringStart[polyStart[i + 1]]; r++) {
            for (int a = pointStart[r]; a + 1 < pointStart[r + 1]; a++) {
                double ax = (coords[2 * a] - lon) * k;
                double ay = coords[2 * a + 1] - lat;
                double bx = (coords[2 * a + 2] - lon) * k;
                double by = coords[2 * a + 3] - lat;
                double t = Segments.nearestFraction(ax, ay, bx, by);
                double ex = ax + t * (bx - ax);
                double ey = ay + t * (by - ay);
                best = Math.min(best, ex * ex + ey * ey);
            }
        }
        return Math.sqrt(best) * KM_PER_DEGREE;
    }

    private static void forEachCell(BoundingBox b, java.util.function.IntConsumer each) {
        for (int row = row(b.southDeg()); row <= row(b.northDeg()); row++) {
            for (int col = col(b.westDeg()); col <= col(b.eastDeg()); col++) {
                each.accept(row * COLS + col);
            }
        }
    }

    private static int cell(double lat, double lon) {
        return row(lat) * COLS + col(lon);
    }

    private static int row(double lat) {
        return Math.max(0, Math.min(ROWS - 1, (int) Math.floor((lat + 90) / CELL_DEG)));
    }

    private static int col(double lon) {
        return Math.max(0, Math.min(COLS - 1, (int) Math.floor((lon + 180) / CELL_DEG)));
    }
}
