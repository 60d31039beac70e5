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

    private static List<Double> pt(double x, double y) {
        return List.of(x, y);
    }
}
