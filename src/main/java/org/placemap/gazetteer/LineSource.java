package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Build step for {@link LineTsv}: the land borders and coastlines that distance claims are measured to
 * ("8 km from the Lebanese border", "off Israel's coast").
 *
 * <h2>Algorithm</h2>
 * <ul>
 *   <li><b>Borders</b>: each Natural Earth 1:10m land-boundary line, its two sides' {@code adm0_a3_l/r}
 *       codes turned into ISO alpha-2 codes through the Natural Earth admin-0 countries layer (which knows
 *       Natural Earth's own codes: SDS for South Sudan, KOS for Kosovo; a country whose ISO columns are "-99",
 *       France and Norway, gets its code from GeoNames' {@code countryInfo.txt} by its ADM0_A3). A side without
 *       an ISO code keeps no code.</li>
 *   <li><b>Coasts</b>: Natural Earth's 1:10m coastline has no country. Each vertex is given the country
 *       whose 1:50m polygon contains it or, failing that, is nearest within {@value #COAST_REACH_DEG}°
 *       (about 20 km: the 1:50m outline is coarser than the 1:10m coast); the line is cut where the country
 *       changes, the cut segment kept in both parts so that no stretch of coast is lost. A coast with no
 *       country in reach (Antarctica's ice shelves, remote islets) is kept with no code.</li>
 *   <li>Every line is simplified with Douglas–Peucker at {@value #SIMPLIFY_DEG}° (about 100 m), well below
 *       the precision of any distance news states.</li>
 * </ul>
 * Output order is the sources' order, so a rebuild is byte-for-byte identical.
 */
final class LineSource {

    static final String NE_BOUNDARIES = "naturalearth/ne_10m_admin_0_boundary_lines_land.json.gz";
    static final String NE_COASTLINE = "naturalearth/ne_10m_coastline.json.gz";
    static final double SIMPLIFY_DEG = 0.001;
    static final double COAST_REACH_DEG = 0.2;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private LineSource() {}

    /** One country outline prepared for containment and distance tests. */
    private record CountryShape(String code, PreparedGeometry prepared, IndexedFacetDistance distance) {}

    /** Natural Earth admin-0 polygons by ISO alpha-2 code, and Natural Earth's own codes mapped to ISO. */
    record Countries(STRtree index, Map<String, String> isoByNeCode) {}

    static Countries countries(Path neCountries, Path countryInfo, SourceLog log) throws IOException {
        STRtree index = new STRtree();
        Map<String, String> iso = new HashMap<>();
        Map<String, String> iso2ByIso3 = iso2ByIso3(countryInfo);
        try (BufferedReader r = GeoNamesSource.open(neCountries)) {
            MiniJson.forEachFeature(r, feature -> {
                log.row();
                if (!(feature.get("properties") instanceof Map<?, ?> p)) {
                    log.badFeature(log.rows(), "feature without properties");
                    return;
                }
                String code = isoCode(p);
                if (code == null && p.get("ADM0_A3") instanceof String a3) {
                    code = iso2ByIso3.get(a3); // France, Norway: ISO_A2 "-99" and no ISO_A2_EH in this release
                }
                if (code == null) {
                    return;
                }
                for (String key : List.of("ADM0_A3", "ISO_A3", "ISO_A3_EH", "SOV_A3", "GU_A3")) {
                    if (p.get(key) instanceof String ne && !ne.startsWith("-")) {
                        iso.putIfAbsent(ne, code);
                    }
                }
                Geometry g;
                try {
                    g = polygons(feature.get("geometry"));
                } catch (IllegalArgumentException e) {
                    log.badFeature(log.rows(), "feature " + p.get("NAME") + ": " + e.getMessage());
                    return;
                }
                log.accepted();
                index.insert(g.getEnvelopeInternal(),
                        new CountryShape(code, PreparedGeometryFactory.prepare(g), new IndexedFacetDistance(g)));
            });
        }
        index.build();
        return new Countries(index, iso);
    }

    /**
     * GeoNames {@code countryInfo.txt}'s ISO alpha-3 → alpha-2 codes (columns 2 and 1), for the admin-0 features whose
     * own ISO columns are "-99" (Natural Earth gives France and Norway ISO_A2 "-99"; some releases add ISO_A2_EH,
     * this one does not); empty when {@code countryInfo} is null.
     */
    static Map<String, String> iso2ByIso3(Path countryInfo) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (countryInfo == null) {
            return out;
        }
        for (String line : Files.readAllLines(countryInfo, java.nio.charset.StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (!line.startsWith("#") && f.length > 1 && f[0].matches("[A-Z]{2}") && f[1].matches("[A-Z]{3}")) {
                out.put(f[1], f[0]);
            }
        }
        return out;
    }

    /** ISO alpha-2 of a Natural Earth admin-0 feature: {@code ISO_A2}, else {@code ISO_A2_EH} (France, Norway). */
    private static String isoCode(Map<?, ?> p) {
        for (String key : List.of("ISO_A2", "ISO_A2_EH")) {
            if (p.get(key) instanceof String c && c.matches("[A-Z]{2}")) {
                return c;
            }
        }
        return null;
    }

    /** The land borders, each with the ISO codes of its two sides. */
    static List<LineTsv.Line> borders(Path file, Countries countries, SourceLog log) throws IOException {
        List<LineTsv.Line> out = new ArrayList<>();
        try (BufferedReader r = GeoNamesSource.open(file)) {
            MiniJson.forEachFeature(r, feature -> {
                log.row();
                if (!(feature.get("properties") instanceof Map<?, ?> p)) {
                    log.badFeature(log.rows(), "feature without properties");
                    return;
                }
                List<String> codes = new ArrayList<>(2);
                for (String side : List.of("adm0_a3_l", "adm0_a3_r")) {
                    if (p.get(side) instanceof String ne && countries.isoByNeCode().get(ne) != null) {
                        codes.add(countries.isoByNeCode().get(ne));
                    }
                }
                List<double[][]> lines;
                try {
                    lines = lineStrings(feature.get("geometry"));
                } catch (IllegalArgumentException e) {
                    log.badFeature(log.rows(), "boundary " + p.get("name") + ": " + e.getMessage());
                    return;
                }
                log.accepted();
                for (double[][] line : lines) {
                    double[][] simple = simplify(line);
                    if (simple.length >= 2) {
                        out.add(new LineTsv.Line(LineKind.BORDER, codes.stream().distinct().sorted().toList(), simple));
                    }
                }
            });
        }
        return out;
    }

    /** The coastlines, cut into stretches of one country each. */
    static List<LineTsv.Line> coasts(Path file, Countries countries, SourceLog log) throws IOException {
        List<LineTsv.Line> out = new ArrayList<>();
        try (BufferedReader r = GeoNamesSource.open(file)) {
            MiniJson.forEachFeature(r, feature -> {
                log.row();
                List<double[][]> lines;
                try {
                    lines = lineStrings(feature.get("geometry"));
                } catch (IllegalArgumentException e) {
                    log.badFeature(log.rows(), "coastline: " + e.getMessage());
                    return;
                }
                log.accepted();
                for (double[][] line : lines) {
                    double[][] simple = simplify(line);
                    if (simple.length < 2) {
                        continue;
                    }
                    String[] code = new String[simple.length];
                    for (int i = 0; i < simple.length; i++) {
                        code[i] = countryAt(countries.index(), simple[i][0], simple[i][1]);
                    }
                    int from = 0;
                    for (int i = 1; i <= simple.length; i++) {
                        if (i == simple.length || !code[i].equals(code[from])) {
                            int to = Math.min(i, simple.length - 1); // the cut segment goes with both stretches
                            double[][] part = java.util.Arrays.copyOfRange(simple, from, to + 1);
                            if (part.length >= 2) {
                                out.add(new LineTsv.Line(LineKind.COAST,
                                        code[from].isEmpty() ? List.of() : List.of(code[from]), part));
                            }
                            from = i;
                        }
                    }
                }
            });
        }
        return out;
    }

    /** The country containing the point, else the nearest within {@link #COAST_REACH_DEG}; "" for none. */
    static String countryAt(STRtree index, double lon, double lat) {
        Envelope near = new Envelope(lon - COAST_REACH_DEG, lon + COAST_REACH_DEG, lat - COAST_REACH_DEG, lat + COAST_REACH_DEG);
        Point pt = GEOMETRY.createPoint(new Coordinate(lon, lat));
        String best = "";
        double bestDistance = COAST_REACH_DEG;
        for (Object o : index.query(near)) {
            CountryShape c = (CountryShape) o;
            if (c.prepared().contains(pt)) {
                return c.code();
            }
            double d = c.distance().distance(pt);
            if (d <= bestDistance && (d < bestDistance || best.isEmpty() || c.code().compareTo(best) < 0)) {
                bestDistance = d;
                best = c.code();
            }
        }
        return best;
    }

    private static double[][] simplify(double[][] line) {
        Coordinate[] cs = new Coordinate[line.length];
        for (int i = 0; i < line.length; i++) {
            cs[i] = new Coordinate(line[i][0], line[i][1]);
        }
        if (cs.length < 3) {
            return line;
        }
        Geometry simple = DouglasPeuckerSimplifier.simplify(GEOMETRY.createLineString(cs), SIMPLIFY_DEG);
        Coordinate[] kept = simple.getCoordinates();
        double[][] out = new double[kept.length][];
        for (int i = 0; i < kept.length; i++) {
            out[i] = new double[] {kept[i].x, kept[i].y};
        }
        return out;
    }

    /** The lines of a GeoJSON LineString or MultiLineString as {@code [line][point] = {lon, lat}}. */
    static List<double[][]> lineStrings(Object geometry) {
        if (!(geometry instanceof Map<?, ?> g) || !(g.get("coordinates") instanceof List<?> coords)) {
            throw new IllegalArgumentException("no geometry");
        }
        List<double[][]> out = new ArrayList<>();
        switch (String.valueOf(g.get("type"))) {
            case "LineString" -> out.add(points(coords));
            case "MultiLineString" -> {
                for (Object line : coords) {
                    if (line instanceof List<?> l) {
                        out.add(points(l));
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a line: " + g.get("type"));
        }
        return out;
    }

    private static double[][] points(List<?> coords) {
        double[][] out = new double[coords.size()][];
        for (int i = 0; i < out.length; i++) {
            if (!(coords.get(i) instanceof List<?> p) || p.size() < 2 || !(p.get(0) instanceof Number x)
                    || !(p.get(1) instanceof Number y)) {
                throw new IllegalArgumentException("bad position at " + i);
            }
            out[i] = new double[] {x.doubleValue(), y.doubleValue()};
        }
        return out;
    }

    /** A GeoJSON (Multi)Polygon as a JTS geometry (outer rings with their holes). */
    static Geometry polygons(Object geometry) {
        return polygons(org.placemap.gazetteer.Geometry.polygons(geometry));
    }

    /** Polygons as rings of [longitude, latitude] points (outer ring first) as one JTS geometry. */
    static Geometry polygons(List<double[][][]> polygons) {
        List<Polygon> out = new ArrayList<>();
        for (double[][][] polygon : polygons) {
            LinearRing shell = ring(polygon[0]);
            LinearRing[] holes = new LinearRing[polygon.length - 1];
            for (int i = 1; i < polygon.length; i++) {
                holes[i - 1] = ring(polygon[i]);
            }
            out.add(GEOMETRY.createPolygon(shell, holes));
        }
        Geometry g = out.size() == 1 ? out.getFirst() : GEOMETRY.createMultiPolygon(out.toArray(Polygon[]::new));
        return g.isValid() ? g : g.buffer(0);
    }

    private static LinearRing ring(double[][] points) {
        List<Coordinate> cs = new ArrayList<>(points.length + 1);
        for (double[] p : points) {
            cs.add(new Coordinate(p[0], p[1]));
        }
        if (!cs.getFirst().equals2D(cs.getLast())) {
            cs.add(new Coordinate(cs.getFirst()));
        }
        if (cs.size() < 4) {
            throw new IllegalArgumentException("ring of " + points.length + " points");
        }
        return GEOMETRY.createLinearRing(cs.toArray(Coordinate[]::new));
    }
}
