package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.placemap.distance.GeoPoint;

/** {@link RegionCodeCheck}: a Natural Earth region keeps its GeoNames code only while that code still names its area. */
class RegionCodeCheckTest {

    /** A 1°×1° square region at (lat, lon) .. (lat + 1, lon + 1), code {@code cc.a1}. */
    private static Place region(String id, String name, String cc, String a1, double lat, double lon, Map<String, Shape> shapes) {
        double[][] ring = {{lon, lat}, {lon + 1, lat}, {lon + 1, lat + 1}, {lon, lat + 1}, {lon, lat}};
        List<double[][][]> polygons = new ArrayList<>();
        polygons.add(new double[][][] {ring});
        shapes.put(id, new Shape(polygons, 12_000));
        return new Place(id, name, List.of(), new GeoPoint(lat + 0.5, lon + 0.5), PlaceKind.ADMIN_REGION, "A", "", cc, a1, 0);
    }

    private static Place town(int n, String cc, String a1, double lat, double lon) {
        return new Place("geonames:" + n, "Town " + n, List.of(), new GeoPoint(lat, lon), PlaceKind.POPULATED_PLACE, "P",
                "PPL", cc, a1, 5_000);
    }

    @Test
    void aCodeWhoseTownsLieElsewhereIsRemovedOneWhoseTownsLieInsideIsKept() {
        Map<String, Shape> shapes = new java.util.HashMap<>();
        Place renumbered = region("ne:cagayan", "Cagayan", "PH", "14", 17.5, 121.5, shapes); // GeoNames "PH.14" is now in Mindanao
        Place current = region("ne:isabela", "Isabela", "PH", "31", 16.5, 121.5, shapes);
        RegionCodeCheck check = new RegionCodeCheck(List.of(renumbered, current), Map.of("PH.14", List.of("ARMM", "ARMM")));
        for (int i = 0; i < 5; i++) {
            check.sample(town(i, "PH", "14", 7.0 + 0.1 * i, 124.0)); // 1,100 km south
            check.sample(town(100 + i, "PH", "31", 16.6 + 0.1 * i, 121.8)); // inside Isabela's square
        }
        List<String> notes = new ArrayList<>();
        List<Place> out = check.withoutForeignCodes(List.of(renumbered, current), shapes, notes);

        assertEquals("", out.get(0).admin1Code(), "Cagayan's stale code is dropped");
        assertEquals("31", out.get(1).admin1Code(), "Isabela's code is kept");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("PH.14"), notes.toString());
    }

    @Test
    void aCodeKeepsWhenGeoNamesStillCallsItByTheRegionsNameOrTooFewTownsSayOtherwise() {
        Map<String, Shape> shapes = new java.util.HashMap<>();
        // Incheon's towns sit on islets beyond the simplified outline, but GeoNames still calls "KR.12" Incheon
        Place islands = region("ne:incheon", "Incheon", "KR", "12", 37.0, 126.0, shapes);
        Place sparse = region("ne:sparse", "Sparse", "KR", "99", 35.0, 128.0, shapes);
        RegionCodeCheck check = new RegionCodeCheck(List.of(islands, sparse), Map.of("KR.12", List.of("Incheon", "Incheon")));
        for (int i = 0; i < 5; i++) {
            check.sample(town(i, "KR", "12", 37.0 + 0.1 * i, 124.5)); // 130 km west of the square
        }
        check.sample(town(50, "KR", "99", 30.0, 120.0));
        check.sample(town(51, "KR", "99", 30.0, 121.0)); // two towns only: too few to judge
        List<String> notes = new ArrayList<>();
        List<Place> out = check.withoutForeignCodes(List.of(islands, sparse), shapes, notes);

        assertEquals("12", out.get(0).admin1Code());
        assertEquals("99", out.get(1).admin1Code());
        assertTrue(notes.isEmpty(), notes.toString());
    }

    @Test
    void theShippedPhilippineAndFrenchRegionsNoLongerCarryCodesOfOtherAreas() throws Exception {
        // the shipped gazetteer, built from the real sources: Natural Earth's Aude department carried "FR.11", GeoNames'
        // code for Île-de-France, and its Cagayan province "PH.14", GeoNames' code for Muslim Mindanao
        Gazetteer g = Gazetteer.load(java.nio.file.Path.of("geodata"));
        for (String name : List.of("Aude", "Cagayan")) {
            Place region = g.candidates(name).stream().map(Candidate::place)
                    .filter(p -> p.kind() == PlaceKind.ADMIN_REGION && p.id().startsWith("naturalearth:")).findFirst().orElseThrow();
            assertEquals("", region.admin1Code(), name);
        }
        // and Île-de-France, no longer taken for drawn, is placed from its towns like other undrawn divisions
        assertTrue(g.candidates("Île-de-France").stream().anyMatch(c -> c.place().kind() == PlaceKind.ADMIN_REGION
                && c.place().admin1Code().equals("11")));
    }
}
