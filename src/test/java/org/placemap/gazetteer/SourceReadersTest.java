package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.placemap.distance.GeoPoint;

class SourceReadersTest {

    @TempDir
    Path tmp;

    @Test
    void miniJsonStreamsFeaturesWithEscapesAndNumbers() throws IOException {
        String json = """
                {"type": "FeatureCollection", "name": "x", "features": [
                  {"type": "Feature", "properties": {"name": "Dar\\u0060a", "n": -1.5e2, "ok": true, "none": null},
                   "geometry": {"type": "Point", "coordinates": [36.1, 32.6]}},
                  {"type": "Feature", "properties": {"name": "Homs \\"Hims\\""}, "geometry": null}
                ], "bbox": [1, 2]}
                """;
        List<Map<String, Object>> features = new ArrayList<>();
        MiniJson.forEachFeature(new StringReader(json), features::add);
        assertEquals(2, features.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) features.get(0).get("properties");
        assertEquals("Dar`a", props.get("name"));
        assertEquals(-150.0, props.get("n"));
        assertEquals(Boolean.TRUE, props.get("ok"));
        assertTrue(props.containsKey("none"));
        @SuppressWarnings("unchecked")
        Map<String, Object> second = (Map<String, Object>) features.get(1).get("properties");
        assertEquals("Homs \"Hims\"", second.get("name"));
    }

    @Test
    void miniJsonRejectsTruncatedInputWithAPosition() {
        IOException e = assertThrows(IOException.class,
                () -> MiniJson.forEachFeature(new StringReader("{\"features\": [{\"a\": 1"), f -> { }));
        assertTrue(e.getMessage().startsWith("JSON error at character"), e.getMessage());
    }

    @Test
    void csvHandlesQuotesDoubledQuotesAndLineBreaks() throws IOException {
        Csv csv = new Csv(new BufferedReader(new StringReader("a,\"b,c\",\"say \"\"hi\"\"\"\n1,\"two\nlines\",3\n")));
        assertEquals(List.of("a", "b,c", "say \"hi\""), csv.next());
        assertEquals(1, csv.recordLine());
        assertEquals(List.of("1", "two\nlines", "3"), csv.next());
        assertEquals(2, csv.recordLine());
        assertNull(csv.next());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "Hmeimim Air Base, Hmeimim",
            "Shayrat Airbase, Shayrat",
            "Tabqa Airbase (closed), Tabqa",
            "Naval Air Station Pensacola, Pensacola",
            "Edwards AFB, Edwards",
            "Latakia International Airport, Latakia",
            "Kuweires, null",
            "Air Base, null"})
    void bareNameTakesTheFacilityPhraseOff(String facility, String bare) {
        assertEquals(bare, AirportSource.bareName(facility));
    }

    @Test
    void alternatesKeepLatinScriptOneSpellingPerKeyAndNoCodes() {
        List<String> alts = Names.alternates("Homs", List.of("Hims", "HOMS", "Homs", "Ḩimş", "Хомс", "حمص", "QHS",
                "Emesa", "12345", "", " Hums "));
        assertEquals(List.of("Hims", "Emesa", "Hums"), alts);
    }

    @Test
    void representativePointOfACrescentLiesInsideIt() {
        // a C-shaped ring whose area centroid falls in the gap
        List<List<Double>> ring = List.of(pt(0, 0), pt(10, 0), pt(10, 2), pt(2, 2), pt(2, 8), pt(10, 8), pt(10, 10),
                pt(0, 10), pt(0, 0));
        GeoPoint p = Geometry.representativePoint(Map.of("type", "Polygon", "coordinates", List.of(ring)));
        // area centroid (4.08, 5) is in the gap; the widest inside stretch along y = 5 is x 0..2
        assertEquals(new GeoPoint(5, 1), p);
    }

    @Test
    void aLabelOnAnIsletOffARegionsMainBodyIsOffItButOneOnTheMainBodyOrOfAnEvenSplitIsNot() {
        // a 10 x 10 main body and a 1 x 1 islet 20 degrees away: the body holds 99 % of the area
        List<List<Double>> body = List.of(pt(0, 0), pt(10, 0), pt(10, 10), pt(0, 10), pt(0, 0));
        List<List<Double>> islet = List.of(pt(30, 0), pt(31, 0), pt(31, 1), pt(30, 1), pt(30, 0));
        Map<String, Object> region = Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(body), List.of(islet)));
        assertTrue(Geometry.offMainBody(region, new GeoPoint(0.5, 30.5), 0.6));
        assertFalse(Geometry.offMainBody(region, new GeoPoint(5, 5), 0.6));
        // two equal halves: neither is the main body, so a label on either stays
        List<List<Double>> twin = List.of(pt(30, 0), pt(40, 0), pt(40, 10), pt(30, 10), pt(30, 0));
        Map<String, Object> split = Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(body), List.of(twin)));
        assertFalse(Geometry.offMainBody(split, new GeoPoint(5, 35), 0.6));
    }

    @Test
    void representativePointRejectsNonPolygons() {
        assertThrows(IllegalArgumentException.class, () -> Geometry.representativePoint(null));
        assertThrows(IllegalArgumentException.class,
                () -> Geometry.representativePoint(Map.of("type", "Point", "coordinates", pt(1, 2))));
    }

    @Test
    void malformedDerivedRowFailsTheLoadWithFileAndLine() throws IOException {
        Path file = tmp.resolve("places-bad.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("# comment\ngeonames:1\tA\t\t1\t2\tPOPULATED_PLACE\tP\tPPL\tSY\t\t0\n"
                    + "geonames:2\tB\t\t95\t2\tPOPULATED_PLACE\tP\tPPL\tSY\t\t0\n").getBytes(StandardCharsets.UTF_8));
        }
        IOException e = assertThrows(IOException.class, () -> Gazetteer.load(tmp));
        assertTrue(e.getMessage().contains("places-bad.tsv.gz:3: malformed gazetteer row"), e.getMessage());
    }

    @Test
    void malformedOutlineRowFailsTheFirstContainmentQueryWithFileAndLine() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("places-a.tsv.gz")))) {
            out.write("geonames:1\tA\t\t1\t2\tPOPULATED_PLACE\tP\tPPL\tSY\t\t0\t0\n".getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp.resolve("outlines.tsv.gz")))) {
            out.write("# c\n#columns\ngeonames:1\t0\t1\t2\t3\t10\tnot\tenough\n".getBytes(StandardCharsets.UTF_8));
        }
        Gazetteer g = Gazetteer.load(tmp, null);
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> g.adminRegionAt(new GeoPoint(1, 2)));
        assertTrue(e.getMessage().contains("outlines.tsv.gz:3: malformed outline row"), e.getMessage());
    }

    @Test
    void loadingAFolderWithoutPlacesFilesFails() {
        assertThrows(IOException.class, () -> Gazetteer.load(tmp));
    }

    @Test
    void derivedFormatRoundTripsEveryField() throws IOException {
        Place p = new Place("ourairports:OSLK", "Hmeimim Air Base", List.of("Hmeimim", "Latakia, Intl"),
                new GeoPoint(35.4011, -35.94871234), PlaceKind.AIR_BASE, "", "", "SY", "02", 0);
        Place q = new Place("geonames:170063", "Aleppo", List.of(), new GeoPoint(-0.000001, 37.16117),
                PlaceKind.POPULATED_PLACE, "P", "PPLA", "SY", "09", 1602264);
        PlaceTsv.write(tmp.resolve("places-x.tsv.gz"), "test", List.of(p, q), id -> id.equals(q.id()) ? 190.4 : 0);
        PlaceTsv.Rows rows = PlaceTsv.readAll(tmp);
        assertEquals(190.0, rows.areaKm2()[1]);
        assertEquals(0.0, rows.areaKm2()[0]);
        List<Place> back = Gazetteer.load(tmp, null).places();
        assertEquals(List.of("Hmeimim", "Latakia  Intl"), back.get(0).alternateNames());
        assertEquals(-35.94871, back.get(0).point().longitudeDeg());
        assertEquals(0.0, back.get(1).point().latitudeDeg());
        assertEquals(List.of(q.id(), q.name(), q.kind(), q.featureClass(), q.featureCode(), q.countryCode(),
                q.admin1Code(), q.population()), List.of(back.get(1).id(), back.get(1).name(), back.get(1).kind(),
                back.get(1).featureClass(), back.get(1).featureCode(), back.get(1).countryCode(),
                back.get(1).admin1Code(), back.get(1).population()));
        assertFalse(back.get(0).alternateNames().contains("Latakia, Intl"));
    }

    @Test
    void polylineMatchesGooglesDocumentedExample() {
        // developers.google.com/maps/documentation/utilities/polylinealgorithm: (38.5, -120.2),
        // (40.7, -120.95), (43.252, -126.453) encode to "_p~iF~ps|U_ulLnnqC_mqNvxq`@"
        double[][] lonLat = {{-120.2, 38.5}, {-120.95, 40.7}, {-126.453, 43.252}};
        String encoded = Polyline.encode(lonLat);
        assertEquals("_p~iF~ps|U_ulLnnqC_mqNvxq`@", encoded);
        assertEquals(3, Polyline.pointCount(encoded));
        double[] back = new double[6];
        assertEquals(3, Polyline.decode(encoded, back, 0));
        assertEquals(List.of(-120.2, 38.5, -120.95, 40.7, -126.453, 43.252),
                java.util.Arrays.stream(back).boxed().toList());
    }

    @Test
    void polylineRejectsForeignCharactersAndTruncation() {
        assertThrows(IllegalArgumentException.class, () -> Polyline.decode("_p~iF\t", new double[4], 0));
        assertThrows(IllegalArgumentException.class, () -> Polyline.decode("_p~iF~ps|", new double[4], 0));
    }

    @Test
    void areaOfOneDegreeSquareAtTheEquator() {
        // R² · Δλ · (sin φ2 − sin φ1) with R = 6371.0088 km: 12,363.7 km²
        double[][] ring = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}};
        assertEquals(12_363.7, Geometry.ringAreaKm2(ring), 0.5);
        double[][] hole = {{0.25, 0.25}, {0.75, 0.25}, {0.75, 0.75}, {0.25, 0.75}, {0.25, 0.25}};
        assertEquals(12_363.7 * 0.75, Geometry.areaKm2(List.<double[][][]>of(new double[][][] {ring, hole})), 1);
    }

    @Test
    void simplificationDropsWobblesBelowTheToleranceAndKeepsCorners() {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            pts.add(new double[] {i / 100.0, (i % 2) * 0.001}); // a wobbly bottom edge
        }
        pts.add(new double[] {1, 1});
        pts.add(new double[] {0, 1});
        pts.add(new double[] {0, 0});
        double[][] simple = Geometry.simplify(pts.toArray(double[][]::new), 0.01);
        assertEquals(5, simple.length, java.util.Arrays.deepToString(simple));
        assertEquals(null, Geometry.simplify(new double[][] {{0, 0}, {0.001, 0}, {0, 0.001}, {0, 0}}, 0.01),
                "a ring smaller than the tolerance disappears");
    }

    @ParameterizedTest(name = "{1} is not a name of {0}")
    @CsvSource({"Hamm, Hamas", "Minsk, Minskas", "Edinburgh, Edinburgas", "Laval, Lavalis", "Kursk, Kurskas"})
    void lithuanianCaseFormsAreLeftOutOfAlternateNames(String name, String form) {
        assertEquals(List.of(), Names.alternates(name, List.of(form)));
    }

    @Test
    void hammKeepsItsOtherAlternateNames() {
        // GeoNames 2911240, alternatenames column (Latin part)
        List<String> alts = Names.alternates("Hamm", List.of("Gamm", "Hamas", "Hamm", "Hammona", "Hamo", "Kham", "Khamm"));
        assertEquals(List.of("Gamm", "Hammona", "Hamo", "Kham", "Khamm"), alts);
        assertEquals(List.of("Homsas"), Names.alternates("Homa", List.of("Homsas")), "Homa ends in a vowel: not the rule");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "Mediterranean Sea, Mediterranean", "Atlantic Ocean, Atlantic", "Baltic Sea, Baltic",
            "Caribbean Sea, Caribbean", "Adriatic Sea, Adriatic", "Aegean Sea, Aegean",
            "Black Sea, null", "Red Sea, null", "North Sea, null", "Indian Ocean, null", "Arabian Sea, null",
            "Norwegian Sea, null", "Sea of Japan, null", "South China Sea, null", "Gulf of Mexico, null"})
    void seaIsNamedWithoutTheGenericWordOnlyByAProperAdjective(String name, String bare) {
        assertEquals(bare, Names.bareSeaName(name));
    }

    /** "Western Africa" is "West Africa" in news; only the UN's compass subregions of a continent get the short form. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Western Africa|West Africa", "Eastern Europe|East Europe", "Southern Asia|South Asia",
            "South Eastern Asia|Southeast Asia;South-east Asia;South East Asia",
            "South-Eastern Asia|Southeast Asia;South-east Asia;South East Asia",
            "Southern Cone|", "Western Sahara|", "Central Asia|", "Northern|", "Western Africa Region|"})
    void aCompassSubregionOfAContinentAlsoHasTheCompassNounForm(String name, String forms) {
        assertEquals(forms == null ? List.of() : List.of(forms.split(";")), Names.compassShortNames(name));
    }

    @ParameterizedTest(name = "{0} ({1}, {2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            "United States|US|.us|US",
            "United States of America|US|.us|USA",
            "United Kingdom|GB|.uk|UK",
            "United Arab Emirates|AE|.ae|UAE",
            "Democratic Republic of the Congo|CD|.cd|DRC",
            "Democratic People's Republic of Korea|KP|.kp|DPRK",
            "Papua New Guinea|PG|.pg|PNG",
            "New Zealand|NZ|.nz|NZ",
            "Dominican Republic|DO|.do|",
            "South Africa|ZA|.za|",
            "Syria|SY|.sy|",
            "Korea, Republic of|KR|.kr|"})
    void countryAbbreviationsAreInitialsConfirmedByCodeWhenTwoLetters(String name, String iso, String tld, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), CountrySource.abbreviations(List.of(name), iso, tld));
    }

    @Test
    void abbreviationKeyAcceptsOnlyCapitals() {
        assertEquals("US", Names.abbreviationKey("U.S."));
        assertEquals("USA", Names.abbreviationKey("U. S. A."));
        assertEquals(null, Names.abbreviationKey("Us"));
        assertEquals(null, Names.abbreviationKey("U"));
        assertEquals(null, Names.abbreviationKey("ABCDEF"));
        assertEquals(null, Names.abbreviationKey("I'M"));
        assertEquals(null, Names.abbreviationKey(null));
    }

    @ParameterizedTest(name = "{0}.{1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "P, PPLC, CAPITAL", "P, PPL, POPULATED_PLACE", "H, SEA, SEA", "H, STRT, STRAIT", "L, RGN, REGION",
            "S, AIRB, AIR_BASE", "S, NVB, NAVAL_BASE", "S, AIRP, AIRPORT", "S, HTL, null", "A, ADM1, null",
            "A, PCLI, null", "L, CONT, null", "T, MT, null", "H, STM, null"})
    void fullDumpKeepsPlacesWaterRegionsAndAirAndNavalBases(String featureClass, String code, PlaceKind kind) {
        assertEquals(kind, GeoNamesSource.ALL_COUNTRIES.kindOf(featureClass, code));
    }

    @Test
    void geoNamesZipIsReadFromItsTextEntry() throws IOException {
        Path zip = tmp.resolve("allCountries.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("allCountries.txt"));
            out.write("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (BufferedReader r = GeoNamesSource.open(zip)) {
            assertEquals("line one", r.readLine());
            assertEquals("line two", r.readLine());
        }
    }

    private static List<Double> pt(double x, double y) {
        return List.of(x, y);
    }
}
