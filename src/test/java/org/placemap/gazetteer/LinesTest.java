package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.distance.GeoPoint;

/**
 * The nearest point of a border or coast ({@link Lines}), on small made-up lines whose answers follow
 * from geometry alone. Golden distances: one degree of latitude at 33° N is 110.9 km on WGS84 (meridian
 * arc, Snyder, Map Projections: A Working Manual, eq. 3-21), so 0.1° is 11.09 km ± 0.05.
 */
class LinesTest {

    @TempDir
    Path tmp;

    /** An east–west border between two made-up sides at 33.1 N, from 35.1 E to 35.9 E. */
    private static LineTsv.Line border() {
        return new LineTsv.Line(LineKind.BORDER, List.of("IL", "LB"),
                new double[][] {{35.1, 33.1}, {35.5, 33.1}, {35.9, 33.1}});
    }

    private static LineTsv.Line coast(String code, double lon) {
        return new LineTsv.Line(LineKind.COAST, List.of(code), new double[][] {{lon, 32.0}, {lon, 34.0}});
    }

    @Test
    void nearestPointIsTheFootOfThePerpendicularNotAVertex() {
        Lines lines = Lines.of(List.of(border()));
        Lines.Nearest n = lines.nearest(new GeoPoint(33.0, 35.3), LineKind.BORDER, c -> true).orElseThrow();
        assertEquals(33.1, n.point().latitudeDeg(), 1e-6);
        assertEquals(35.3, n.point().longitudeDeg(), 1e-3, "between the vertices at 35.1 and 35.5");
        assertEquals(11.09, n.km(), 0.05);
        assertEquals(List.of("IL", "LB"), n.countryCodes());
    }

    @Test
    void kindAndCountriesChooseTheLineNotMereNearness() {
        Lines lines = Lines.of(List.of(border(), coast("IL", 35.0), coast("LB", 35.45)));
        GeoPoint p = new GeoPoint(33.0, 35.5);
        assertEquals(LineKind.BORDER, lines.nearest(p, LineKind.BORDER, c -> true).orElseThrow().kind());
        Lines.Nearest lb = lines.nearest(p, LineKind.COAST, c -> c.contains("LB")).orElseThrow();
        assertEquals(35.45, lb.point().longitudeDeg(), 1e-6);
        Lines.Nearest il = lines.nearest(p, LineKind.COAST, c -> c.contains("IL")).orElseThrow();
        assertEquals(35.0, il.point().longitudeDeg(), 1e-6, "Israel's coast, though Lebanon's is nearer");
        assertTrue(lines.nearest(p, LineKind.COAST, c -> c.contains("SY")).isEmpty(), "no Syrian coast here");
    }

    /**
     * Issue 11 (a new user's trial: "at high zoom the base map shows no country borders"): the borders through a box,
     * for drawing, as encoded polylines; coasts and borders outside the box are not among them.
     */
    @Test
    void theBordersThroughABoxAreAnsweredForDrawingWithoutCoastsOrFarLines() {
        Lines lines = Lines.of(List.of(border(), coast("IL", 35.0)));
        List<String> near = lines.borders(32.5, 34.5, 33.5, 36.5);
        assertEquals(1, near.size());
        double[] decoded = new double[6];
        assertEquals(3, Polyline.decode(near.get(0), decoded, 0));
        assertEquals(35.1, decoded[0], 1e-5);
        assertEquals(33.1, decoded[1], 1e-5);
        assertTrue(lines.borders(40, 10, 41, 11).isEmpty(), "no border near Rome");
        assertTrue(Lines.NONE.borders(32.5, 34.5, 33.5, 36.5).isEmpty());
    }

    @Test
    void farLinesAreFoundByWideningTheSearch() {
        Lines lines = Lines.of(List.of(coast("IL", 35.0)));
        // 30 degrees of longitude east at 33 N: well beyond the first search boxes
        Lines.Nearest n = lines.nearest(new GeoPoint(33.0, 65.0), LineKind.COAST, c -> true).orElseThrow();
        assertEquals(35.0, n.point().longitudeDeg(), 1e-6);
        assertTrue(n.km() > 2_700 && n.km() < 2_900, n.km() + " km");
    }

    @Test
    void aLineAcrossTheAntimeridianIsFoundFromTheOtherSide() {
        Lines lines = Lines.of(List.of(new LineTsv.Line(LineKind.COAST, List.of("FJ"),
                new double[][] {{179.95, -17.0}, {179.95, -16.0}})));
        Lines.Nearest n = lines.nearest(new GeoPoint(-16.5, -179.95), LineKind.COAST, c -> true).orElseThrow();
        assertTrue(n.km() < 11, "0.1 degree of longitude across 180: " + n.km() + " km");
    }

    @Test
    void noLinesNoAnswer() {
        assertTrue(Lines.NONE.nearest(new GeoPoint(33, 35), LineKind.BORDER, c -> true).isEmpty());
        assertTrue(Lines.of(List.of(border())).nearest(null, LineKind.BORDER, c -> true).isEmpty());
    }

    @Test
    void fileRoundTripsAndAMalformedRowNamesItsLine() throws IOException {
        Path file = tmp.resolve(LineTsv.FILE);
        LineTsv.write(file, List.of(border(), coast("IL", 35.0)));
        List<LineTsv.Line> back = new ArrayList<>();
        LineTsv.read(file, back::add);
        assertEquals(2, back.size());
        assertEquals(LineKind.COAST, back.get(1).kind());
        assertEquals(List.of("IL", "LB"), back.get(0).countryCodes());
        assertEquals(35.5, back.get(0).points()[1][0], 1e-5);

        java.nio.file.Files.write(file, gzip("#kind\tcountries\tpoints\nriver\tIL\t_p~iF~ps|U_ulLnnqC\n"));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> LineTsv.read(file, l -> { }));
        assertTrue(e.getMessage().contains(LineTsv.FILE + ":2"), e.getMessage());
    }

    @Test
    void neighboursAreTheBordersTwoSidesBothWaysAndNeverACoastOrAOneSidedBorder() throws IOException {
        Path file = tmp.resolve(LineTsv.FILE);
        LineTsv.write(file, List.of(border(), coast("IL", 35.0),
                new LineTsv.Line(LineKind.BORDER, List.of("ES"), new double[][] {{-1.0, 43.0}, {0.0, 42.7}})));
        java.util.Map<String, java.util.Set<String>> n = LineTsv.neighbours(file);
        assertEquals(java.util.Set.of("LB"), n.get("IL"));
        assertEquals(java.util.Set.of("IL"), n.get("LB"));
        assertEquals(null, n.get("ES")); // a side without an ISO code is no neighbour

        Gazetteer g = new Gazetteer(List.of(), n);
        assertTrue(g.bordering("LB", "IL") && g.bordering("IL", "LB"));
        assertTrue(!g.bordering("IL", "IL") && !g.bordering("IL", null) && g.neighbours("FR").isEmpty());

        java.nio.file.Files.write(file, gzip("#kind\tcountries\tpoints\nborder\n"));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> LineTsv.neighbours(file));
        assertTrue(e.getMessage().contains(LineTsv.FILE + ":2"), e.getMessage());
    }

    private static byte[] gzip(String s) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
