package org.placemap.gazetteer;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * A 1°×1° grid over the places' points, searched in square rings around the query cell.
 *
 * <p>Accuracy: distances are on a sphere of mean Earth radius (error ≤ 0.5 %), fine for ranking
 * neighbours. A ring is searched only while it can still hold a point closer than the current n-th
 * best; the bound uses the smallest cosine of latitude the ring can reach, so near the poles the search
 * widens (at worst it visits every cell, a few milliseconds).
 */
final class PointIndex {

    private static final int ROWS = 180;
    private static final int COLS = 360;
    private static final double METRES_PER_DEGREE = Math.PI * org.placemap.distance.Geodesy.MEAN_RADIUS_METRES / 180.0;

    private final double[] lat;
    private final double[] lon;
    private final int[] cellStart;
    private final int[] items;

    /** @param lat latitudes and {@code lon} longitudes in degrees by place position (kept, not copied) */
    PointIndex(double[] lat, double[] lon) {
        int n = lat.length;
        this.lat = lat;
        this.lon = lon;
        int[] cellOf = new int[n];
        cellStart = new int[ROWS * COLS + 1];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cell(row(lat[i]), col(lon[i]));
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < ROWS * COLS; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        items = new int[n];
        int[] fill = Arrays.copyOf(cellStart, ROWS * COLS);
        for (int i = 0; i < n; i++) {
            items[fill[cellOf[i]]++] = i;
        }
    }

    /** Indexes of the {@code n} nearest points, nearest first. */
    int[] nearest(double qLat, double qLon, int n) {
        int want = Math.min(n, lat.length);
        if (want == 0) {
            return new int[0];
        }
        // max-heap on distance: the head is the worst of the best so far
        PriorityQueue<double[]> best = new PriorityQueue<>(want + 1, (a, b) -> Double.compare(b[0], a[0]));
        int r0 = row(qLat);
        int c0 = col(qLon);
        for (int ring = 0; ring <= COLS / 2; ring++) {
            if (best.size() == want && lowerBoundMetres(qLat, ring) > best.peek()[0]) {
                break;
            }
            // columns wrap: a column offset is taken in (-180, 180] so no cell is visited twice
            int minDc = -Math.min(ring, COLS / 2 - 1);
            int maxDc = Math.min(ring, COLS / 2);
            for (int dr = -ring; dr <= ring; dr++) {
                int r = r0 + dr;
                if (r < 0 || r >= ROWS) {
                    continue;
                }
                if (Math.abs(dr) == ring) {
                    for (int dc = minDc; dc <= maxDc; dc++) {
                        scanCell(cell(r, Math.floorMod(c0 + dc, COLS)), qLat, qLon, want, best);
                    }
                } else {
                    if (-ring == minDc) {
                        scanCell(cell(r, Math.floorMod(c0 - ring, COLS)), qLat, qLon, want, best);
                    }
                    if (ring == maxDc) {
                        scanCell(cell(r, Math.floorMod(c0 + ring, COLS)), qLat, qLon, want, best);
                    }
                }
            }
        }
        int[] out = new int[best.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = (int) best.poll()[1];
        }
        return out;
    }

    private void scanCell(int cell, double qLat, double qLon, int want, PriorityQueue<double[]> best) {
        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
            int i = items[k];
            double d = distanceMetres(qLat, qLon, lat[i], lon[i]);
            if (best.size() < want) {
                best.add(new double[] {d, i});
            } else if (d < best.peek()[0]) {
                best.poll();
                best.add(new double[] {d, i});
            }
        }
    }

    /** No point in ring {@code ring} (or beyond) is closer than this. */
    private static double lowerBoundMetres(double qLat, int ring) {
        if (ring <= 1) {
            return 0;
        }
        double gapDeg = ring - 1;
        double maxAbsLat = Math.min(90, Math.abs(qLat) + ring + 1);
        return gapDeg * METRES_PER_DEGREE * Math.cos(Math.toRadians(maxAbsLat));
    }

    static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        return org.placemap.distance.Geodesy.sphericalMetres(lat1, lon1, lat2, lon2);
    }

    private static int row(double latDeg) {
        return Math.min(ROWS - 1, (int) Math.floor(latDeg + 90));
    }

    private static int col(double lonDeg) {
        return Math.min(COLS - 1, (int) Math.floor(lonDeg + 180));
    }

    private static int cell(int row, int col) {
        return row * COLS + col;
    }
}
