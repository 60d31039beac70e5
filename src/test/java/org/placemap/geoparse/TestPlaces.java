package org.placemap.geoparse;

import java.util.List;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * Hand-built gazetteer entries for unit tests. Coordinates are rounded real ones where a test depends on
 * distances, and invented otherwise; ids are namespaced "test:" so they cannot be mistaken for real data.
 */
final class TestPlaces {

    private TestPlaces() {}

    static Place city(String id, String name, String country, double lat, double lon, long population, String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.POPULATED_PLACE,
                "P", "PPL", country, "", population);
    }

    static Place capital(String id, String name, String country, double lat, double lon, long population, String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.CAPITAL,
                "P", "PPLC", country, "", population);
    }

    static Place country(String code, String name, double lat, double lon, long population, String... alternates) {
        return new Place("test:" + code, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.COUNTRY,
                "A", "PCLI", code, "", population);
    }

    static Place province(String id, String name, String country, double lat, double lon, String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.ADMIN_REGION,
                "A", "ADM1", country, "", 0);
    }

    static Place airBase(String id, String name, String country, double lat, double lon, String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.AIR_BASE,
                "", "", country, "", 0);
    }

    /** A town in first-level region {@code admin1} of {@code country}. */
    static Place town(String id, String name, String country, String admin1, double lat, double lon, long population,
                      String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.POPULATED_PLACE,
                "P", "PPL", country, admin1, population);
    }

    /** A first-level region (state, province) with its code. */
    static Place state(String id, String name, String country, String admin1, double lat, double lon, String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.ADMIN_REGION,
                "A", "ADM1", country, admin1, 0);
    }

    static Place region(String id, String name, double lat, double lon, String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new GeoPoint(lat, lon), PlaceKind.REGION,
                "L", "RGN", "", "", 0);
    }
}
