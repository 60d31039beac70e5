package org.placemap.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.placemap.distance.GeoPoint;
import org.placemap.distance.Geodesy;

/**
 * Land borders and coastlines ({@code geodata/lines.tsv.gz}), and the nearest point of one of them to a
 * place: what "8 km from the Lebanese border" or "off Israel's coast" is measured to.
 *
 * <h2>Algorithm</h2>
 * Lines are cut into pieces of at most {@value #PIECE_SEGMENTS} segments, indexed by bounding box in a JTS
 * {@link STRtree}. A query looks in a box around the point of radius 25 km, then 100, 400, 1,600 and
 * 6,400 km, until the nearest accepted segment lies within the box's radius. Within a box, each segment's
 * nearest point is found in a local equirectangular projection centred on the query point (longitudes
 * scaled by the cosine of its latitude), and the few best candidates (those within 10 % + 1 km of the
 * best projected distance) are measured on the WGS84 ellipsoid ({@link Geodesy}); the geodesically
 * nearest wins. The projection's error grows with distance: for lines within a few hundred kilometres the
 * chosen point is within metres of the true nearest point; the distance reported is always the geodesic
 * distance to the chosen point. Boxes that cross the antimeridian are split in two.
 *
 * <h2>Thread safety and limits</h2>
 * Immutable after loading; any number of threads may query at once. Memory: about 40 bytes per point
 * (the shipped file has about 260,000).
 */
public final class Lines {

    /** No lines: every query answers empty. */
    public static final Lines NONE = new Lines(List.of());

    static final int PIECE_SEGMENTS = 16;
    private static final double[] RADII_KM = {25, 100, 400, 1_600, 6_400};
    private static final double KM_PER_DEG = 111.195;

    /** The nearest point of a line: its kind, its countries, the point and the geodesic distance to it. */
    public record Nearest(LineKind kind, List<String> countryCodes, GeoPoint point, double km) {}

    private record Piece(LineKind kind, List<String> codes, double[] lonLat) {}

    private static boolean touches(Piece piece, BoundingBox box) {
        double[] ll = piece.lonLat();
        for (int i = 0; i + 1 < ll.length; i += 2) {
            if (ll[i + 1] >= box.southDeg() && ll[i + 1] <= box.northDeg() && ll[i] >= box.westDeg() && ll[i] <= box.eastDeg()) {
                return true;
            }
        }
        return false;
    }

    private final STRtree index = new STRtree();
    private final int pieces;
    private final int points;

    private Lines(List<LineTsv.Line> lines) {
        int n = 0;
        int p = 0;
        for (LineTsv.Line l : lines) {
            double[][] pts = l.points();
            p += pts.length;
            for (int from = 0; from < pts.length - 1; from += PIECE_SEGMENTS) {
                int to = Math.min(pts.length - 1, from + PIECE_SEGMENTS);
                double[] flat = new double[2 * (to - from + 1)];
                Envelope env = new Envelope();
                for (int i = from; i <= to; i++) {
                    flat[2 * (i - from)] = pts[i][0];
                    flat[2 * (i - from) + 1] = pts[i][1];
                    env.expandToInclude(pts[i][0], pts[i][1]);
                }
                index.insert(env, new Piece(l.kind(), l.countryCodes(), flat));
                n++;
            }
        }
        index.build();
        this.pieces = n;
        this.points = p;
    }

    /** Lines from their rows; for tests and small tools. */
    static Lines of(List<LineTsv.Line> lines) {
        return new Lines(lines);
    }

    /**
     * Reads {@code lines.tsv.gz}.
     *
     * @throws IOException with file and line when it cannot be read or a row is malformed
     */
    static Lines read(Path file) throws IOException {
        List<LineTsv.Line> lines = new ArrayList<>();
        LineTsv.read(file, lines::add);
        return new Lines(lines);
    }

    /** At most this many pieces of border are answered for one box: a few hundred cover a close view. */
    static final int MAX_BORDER_PIECES = 20_000;

    /**
     * The land borders that pass through the box from {@code west}/{@code south} to {@code east}/{@code north}
     * (degrees), for drawing: pieces of at most {@value #PIECE_SEGMENTS} segments as Google encoded polylines ({@link
     * Polyline}, latitude first), whole pieces, not clipped to the box, at most {@value #MAX_BORDER_PIECES}. Empty
     * when the geodata has no lines.
     */
    public List<String> borders(double south, double west, double north, double east) {
        List<String> out = new ArrayList<>();
        if (pieces == 0) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Piece> found = index.query(new Envelope(west, east, south, north));
        for (Piece piece : found) {
            if (piece.kind() != LineKind.BORDER || out.size() >= MAX_BORDER_PIECES) {
                continue;
            }
            double[][] pts = new double[piece.lonLat().length / 2][];
            for (int i = 0; i < pts.length; i++) {
                pts[i] = new double[] {piece.lonLat()[2 * i], piece.lonLat()[2 * i + 1]};
            }
            out.add(Polyline.encode(pts));
        }
        return out;
    }

    /** Number of points loaded. */
    public int pointCount() {
        return points;
    }

    /** Whether there are no lines at all (no {@code lines.tsv.gz} in the geodata folder). */
    public boolean isEmpty() {
        return pieces == 0;
    }

    /**
     * The nearest point to {@code from} on a line of {@code kind} whose countries {@code accept} takes (a
     * border's two sides, a coast's one country, in ISO alpha-2), or empty when there is none within
     * 6,400 km.
     */
    public Optional<Nearest> nearest(GeoPoint from, LineKind kind, Predicate<List<String>> accept) {
        return nearest(from, kind, accept, null);
    }

    /**
     * As {@link #nearest(GeoPoint, LineKind, Predicate)}, only among the pieces with a vertex inside {@code within}
     * (null: anywhere): "the border of the Gaza Strip" is the part of the Israel–Palestine border that bounds the
     * Gaza Strip, not the West Bank's, whichever is nearer.
     */
    public Optional<Nearest> nearest(GeoPoint from, LineKind kind, Predicate<List<String>> accept, BoundingBox within) {
        if (from == null || pieces == 0) {
            return Optional.empty();
        }
        double lat0 = from.latitudeDeg();
        double lon0 = from.longitudeDeg();
        double cos = Math.max(0.01, Math.cos(Math.toRadians(lat0)));
        for (double radius : RADII_KM) {
            List<double[]> candidates = new ArrayList<>(); // {projected km, lon, lat}
            List<Piece> owners = new ArrayList<>();
            double dLat = radius / KM_PER_DEG;
            double dLon = Math.min(180, radius / (KM_PER_DEG * cos));
            for (Envelope box : boxes(lon0, lat0, dLon, dLat)) {
                for (Object o : index.query(box)) {
                    Piece piece = (Piece) o;
                    if (piece.kind() != kind || !accept.test(piece.codes()) || within != null && !touches(piece, within)) {
                        continue;
                    }
                    double[] best = nearestOnPiece(piece.lonLat(), lon0, lat0, cos);
                    candidates.add(best);
                    owners.add(piece);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            double bestProjected = Double.MAX_VALUE;
            for (double[] c : candidates) {
                bestProjected = Math.min(bestProjected, c[0]);
            }
            Nearest best = null;
            for (int i = 0; i < candidates.size(); i++) {
                double[] c = candidates.get(i);
                if (c[0] > bestProjected * 1.1 + 1) {
                    continue;
                }
                GeoPoint p = new GeoPoint(c[2], c[1]);
                double km = Geodesy.distanceMetres(from, p) / 1000;
                if (best == null || km < best.km()) {
                    best = new Nearest(kind, owners.get(i).codes(), p, km);
                }
            }
            if (best.km() <= radius || radius == RADII_KM[RADII_KM.length - 1]) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** The query box, split in two where it crosses the antimeridian. */
    private static List<Envelope> boxes(double lon0, double lat0, double dLon, double dLat) {
        double south = Math.max(-90, lat0 - dLat);
        double north = Math.min(90, lat0 + dLat);
        double west = lon0 - dLon;
        double east = lon0 + dLon;
        if (dLon >= 180) {
            return List.of(new Envelope(-180, 180, south, north));
        }
        List<Envelope> out = new ArrayList<>(2);
        out.add(new Envelope(Math.max(-180, west), Math.min(180, east), south, north));
        if (west < -180) {
            out.add(new Envelope(west + 360, 180, south, north));
        }
        if (east > 180) {
            out.add(new Envelope(-180, east - 360, south, north));
        }
        return out;
    }

    /**
     * The nearest point of a piece to (lon0, lat0) in the local projection: {projected km, lon, lat}.
     */
    private static double[] nearestOnPiece(double[] lonLat, double lon0, double lat0, double cos) {
        double best = Double.MAX_VALUE;
        double bestLon = lonLat[0];
        double bestLat = lonLat[1];
        for (int i = 0; i + 3 < lonLat.length; i += 2) {
            double ax = wrap(lonLat[i] - lon0) * cos;
            double ay = lonLat[i + 1] - lat0;
            double bx = wrap(lonLat[i + 2] - lon0) * cos;
            double by = lonLat[i + 3] - lat0;
            double t = Segments.nearestFraction(ax, ay, bx, by);
            double x = ax + t * (bx - ax);
            double y = ay + t * (by - ay);
            double d = x * x + y * y;
            if (d < best) {
                best = d;
                bestLon = lonLat[i] + t * wrap(lonLat[i + 2] - lonLat[i]);
                bestLat = lonLat[i + 1] + t * (lonLat[i + 3] - lonLat[i + 1]);
            }
        }
        return new double[] {Math.sqrt(best) * KM_PER_DEG, wrap(bestLon), bestLat};
    }

    /** A longitude difference or value in [-180, 180). */
    private static double wrap(double deg) {
        double d = (deg + 180) % 360;
        return (d < 0 ? d + 360 : d) - 180;
    }
}
