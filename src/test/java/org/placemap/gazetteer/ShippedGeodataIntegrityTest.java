package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the committed {@code geodata/} files byte by byte, without the production reader. */
class ShippedGeodataIntegrityTest {

    private static final Path GEODATA = Path.of("geodata");
    private static final Pattern ID = Pattern.compile("(geonames:[1-9][0-9]*|ourairports:\\S+|naturalearth:\\S+)");
    private static final Pattern README_FILE_ROW = Pattern.compile("^\\| `((?:places|outlines)[^`]*)` \\| (\\d+) \\| `([0-9a-f]{64})` \\|$",
            Pattern.MULTILINE);
    private static final Pattern README_KIND_ROW = Pattern.compile("^\\| ([A-Z_]+) \\| (\\d+) \\|$", Pattern.MULTILINE);

    private static final Map<String, Integer> rowsPerFile = new TreeMap<>();
    private static final Map<PlaceKind, Integer> rowsPerKind = new EnumMap<>(PlaceKind.class);
    private static final Map<String, PlaceKind> kindOf = new HashMap<>();
    private static final Map<String, org.placemap.distance.GeoPoint> pointOf = new HashMap<>();
    private static String readme;

    @BeforeAll
    static void readEverything() throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(GEODATA)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("places.*\\.tsv\\.gz")).sorted().toList()) {
                rowsPerFile.put(f.getFileName().toString(), checkRows(f, ids));
            }
        }
        rowsPerFile.put("outlines.tsv.gz", checkOutlines(GEODATA.resolve("outlines.tsv.gz")));
        readme = Files.readString(GEODATA.resolve("README.md"));
    }

    /** Every outline names an area entry, has a sane box and area, and decodes to closed rings inside its box. */
    private static int checkOutlines(Path file) throws IOException {
        int rows = 0;
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#")) {
                    continue;
                }
                String where = file.getFileName() + ":" + lineNo + ": ";
                String[] f = line.split("\t", -1);
                assertEquals(7, f.length, where + "column count");
                assertTrue(seen.add(f[0]), where + "duplicate outline " + f[0]);
                PlaceKind kind = kindOf.get(f[0]);
                assertTrue(kind != null, where + "no entry with id " + f[0]);
                assertTrue(kind.category() != PlaceKind.MapCategory.CITY && kind.category() != PlaceKind.MapCategory.BASE,
                        where + "outline of a point entry " + kind);
                double s = Double.parseDouble(f[1]);
                double w = Double.parseDouble(f[2]);
                double n = Double.parseDouble(f[3]);
                double e = Double.parseDouble(f[4]);
                assertTrue(-90 <= s && s <= n && n <= 90 && -180 <= w && w <= e && e <= 180, where + "box");
                assertTrue(Double.parseDouble(f[5]) >= 0, where + "area");
                for (String polygon : f[6].split(";")) {
                    for (String ring : polygon.split(" ")) {
                        double[] xy = new double[2 * Polyline.pointCount(ring)];
                        int points = Polyline.decode(ring, xy, 0);
                        assertTrue(points >= 4, where + "ring of " + points + " points");
                        assertEquals(xy[0], xy[2 * points - 2], 1e-9, where + "ring not closed");
                        assertEquals(xy[1], xy[2 * points - 1], 1e-9, where + "ring not closed");
                        for (int i = 0; i < points; i++) {
                            assertTrue(xy[2 * i] >= w - 1e-5 && xy[2 * i] <= e + 1e-5
                                    && xy[2 * i + 1] >= s - 1e-5 && xy[2 * i + 1] <= n + 1e-5, where + "point outside box");
                        }
                    }
                }
                rows++;
            }
        }
        return rows;
    }

    private static int checkRows(Path file, Set<String> ids) throws IOException {
        int rows = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#")) {
                    continue;
                }
                String where = file.getFileName() + ":" + lineNo + ": ";
                String[] f = line.split("\t", -1);
                assertEquals(12, f.length, where + "column count");
                assertTrue(ID.matcher(f[0]).matches(), where + "id " + f[0]);
                assertTrue(ids.add(f[0]), where + "duplicate id " + f[0]);
                assertFalse(f[1].isBlank(), where + "empty name");
                double lat = Double.parseDouble(f[3]);
                double lon = Double.parseDouble(f[4]);
                assertTrue(lat >= -90 && lat <= 90, where + "latitude " + lat);
                assertTrue(lon >= -180 && lon <= 180, where + "longitude " + lon);
                rowsPerKind.merge(PlaceKind.valueOf(f[5]), 1, Integer::sum);
                kindOf.put(f[0], PlaceKind.valueOf(f[5]));
                pointOf.put(f[0], new org.placemap.distance.GeoPoint(lat, lon));
                assertTrue(Long.parseLong(f[11]) >= 0, where + "area");
                assertTrue(f[8].isEmpty() || f[8].matches("[A-Z]{2}"), where + "country code " + f[8]);
                assertTrue(Long.parseLong(f[10]) >= 0, where + "population");
                for (String alt : f[2].isEmpty() ? new String[0] : f[2].split(",")) {
                    assertFalse(alt.isBlank(), where + "blank alternate name");
                }
                rows++;
            }
        }
        return rows;
    }

    @Test
    void everyDerivedFileIsListedInTheReadmeWithItsChecksumAndRowCount() throws IOException {
        Map<String, String[]> listed = new HashMap<>();
        Matcher m = README_FILE_ROW.matcher(readme);
        while (m.find()) {
            listed.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        assertEquals(rowsPerFile.keySet(), listed.keySet());
        for (Map.Entry<String, Integer> e : rowsPerFile.entrySet()) {
            String[] row = listed.get(e.getKey());
            assertEquals(String.valueOf(e.getValue()), row[0], e.getKey() + " entries");
            assertEquals(GazetteerBuilder.sha256(GEODATA.resolve(e.getKey())), row[1], e.getKey() + " sha256");
        }
    }

    @Test
    void readmeCountsPerKindMatchTheFiles() {
        Map<PlaceKind, Integer> listed = new EnumMap<>(PlaceKind.class);
        Matcher m = README_KIND_ROW.matcher(readme);
        while (m.find()) {
            listed.put(PlaceKind.valueOf(m.group(1)), Integer.parseInt(m.group(2)));
        }
        assertEquals(rowsPerKind, listed);
    }

    @Test
    void readmeCarriesAttributionAndLicences() {
        assertTrue(readme.contains("GeoNames (geonames.org), CC BY 4.0"));
        assertTrue(readme.contains("OurAirports") && readme.contains("public domain"));
        assertTrue(readme.contains("Natural Earth"));
        assertTrue(readme.contains("## Format") && readme.contains("## Sources and provenance"));
    }

    @Test
    void shippedDataCoversEveryKindTheMapShowsExceptNavalBases() {
        for (PlaceKind kind : PlaceKind.values()) {
            boolean lineKind = kind == PlaceKind.BORDER || kind == PlaceKind.COAST; // lines.tsv.gz, not place rows
            if (kind != PlaceKind.NAVAL_BASE && !lineKind && !rowsPerKind.containsKey(kind)) {
                fail("no " + kind + " in geodata/");
            }
        }
        assertTrue(rowsPerKind.get(PlaceKind.POPULATED_PLACE) > 150_000);
        assertTrue(rowsPerKind.get(PlaceKind.COUNTRY) > 240);
        assertFalse(rowsPerKind.containsKey(PlaceKind.BORDER) || rowsPerKind.containsKey(PlaceKind.COAST),
                "a border or coast point is made per claim, never shipped as a place");
    }

    @Test
    void everyAdminRegionAndCountryWithANaturalEarthShapeHasAnOutline() {
        // the divisions placed from their towns (places-geonames-admin) have no outline
        long adminRegions = kindOf.entrySet().stream().filter(e -> e.getValue() == PlaceKind.ADMIN_REGION
                && e.getKey().startsWith("naturalearth:")).count();
        assertTrue(rowsPerFile.get("outlines.tsv.gz") > adminRegions + 200, "outlines: " + rowsPerFile.get("outlines.tsv.gz"));
    }

    @Test
    void productionReaderLoadsTheSameRows() {
        int total = rowsPerFile.entrySet().stream().filter(e -> e.getKey().startsWith("places"))
                .mapToInt(Map.Entry::getValue).sum();
        assertEquals(total, SampleArticlePlacesTest.shipped().size());
    }

    /**
     * Regions that Natural Earth labels on an outlying islet stand on their main land: Fiji's Western Division within
     * 100 km of the middle of Viti Levu (17°48′ S, 178°00′ E, Wikipedia "Viti Levu"), not on Conway Reef (21.7° S,
     * 174.6° E, 490 km away); Sakhalin Oblast within 150 km of the middle of Sakhalin island (50°00′ N, 143°00′ E,
     * Wikipedia "Sakhalin"), not in the Kuril Islands.
     */
    @Test
    void aRegionLabelledOnAnOutlyingIsletStandsOnItsMainLand() {
        assertTrue(org.placemap.distance.Geodesy.distanceMetres(pointOf.get("naturalearth:FJI-2620"), new org.placemap.distance.GeoPoint(-17.8, 178.0))
                < 100_000, "Western Division " + pointOf.get("naturalearth:FJI-2620"));
        assertTrue(org.placemap.distance.Geodesy.distanceMetres(pointOf.get("naturalearth:RUS-2616"), new org.placemap.distance.GeoPoint(50.0, 143.0))
                < 150_000, "Sakhalin " + pointOf.get("naturalearth:RUS-2616"));
    }
}
