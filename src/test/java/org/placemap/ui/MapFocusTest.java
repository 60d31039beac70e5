package org.placemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.placemap.distance.GeoPoint;

/**
 * The neighbourhood test of the map's opening focus: 800 km on the sphere. Golden distances along a
 * meridian: one degree of latitude is 111.2 km on the mean-radius sphere (6,371.0 km × π / 180), so 7.1°
 * is 789.6 km and 7.3° is 811.8 km; Damascus (33.51 N, 36.29 E) to Baghdad (33.31 N, 44.36 E) is about
 * 750 km and to Tehran (35.69 N, 51.42 E) about 1,390 km (great-circle figures of any distance table).
 */
class MapFocusTest {

    @Test
    void aPlaceJustInsideEightHundredKilometresIsNearAndOneJustOutsideIsNot() {
        assertThat(MapFocus.within(new GeoPoint(0, 20), new GeoPoint(7.1, 20))).isTrue();
        assertThat(MapFocus.within(new GeoPoint(0, 20), new GeoPoint(7.3, 20))).isFalse();
    }

    @Test
    void baghdadIsInDamascusNeighbourhoodAndTehranIsNot() {
        GeoPoint damascus = new GeoPoint(33.51, 36.29);
        assertThat(MapFocus.within(damascus, new GeoPoint(33.31, 44.36))).isTrue();
        assertThat(MapFocus.within(damascus, new GeoPoint(35.69, 51.42))).isFalse();
    }

    @Test
    void theNeighbourhoodReachesAcrossTheAntimeridian() {
        // Suva (18.14 S, 178.44 E) and Taveuni's east coast (16.8 S, 179.9 W): about 230 km apart
        assertThat(MapFocus.within(new GeoPoint(-18.14, 178.44), new GeoPoint(-16.8, -179.9))).isTrue();
    }

    private static org.placemap.atlas.MappedPlace place(String name, double lat, double lon, int mentions) {
        return new org.placemap.atlas.MappedPlace(new org.placemap.gazetteer.Place("test:" + name, name, java.util.List.of(),
                new GeoPoint(lat, lon), org.placemap.gazetteer.PlaceKind.POPULATED_PLACE, "P", "PPL", "", "", 0),
                name, java.util.List.of(), mentions);
    }

    @Test
    void oneAsideFarAwayLeavesTheViewOnTheArticlesRegion() {
        var places = java.util.List.of(place("Hama", 35.13, 36.76, 10), place("Homs", 34.73, 36.71, 8),
                place("Tartus", 34.89, 35.89, 6), place("Washington", 38.90, -77.04, 1));
        var bounds = MapFocus.of(places).orElseThrow();
        assertThat(bounds.west()).isGreaterThan(30); // Washington left out
    }

    @Test
    void aLibraryAboutManyPartsOfTheWorldOpensOnAllOfIt() {
        // the busiest neighbourhood (Syria, 5 of 30 mentions) holds less than a quarter of them
        var places = java.util.List.of(place("Hama", 35.13, 36.76, 3), place("Homs", 34.73, 36.71, 2),
                place("Kyiv", 50.45, 30.52, 5), place("Khartoum", 15.50, 32.56, 5), place("Brisbane", -27.47, 153.03, 5),
                place("Bogota", 4.71, -74.07, 5), place("Delhi", 28.61, 77.21, 5));
        var bounds = MapFocus.of(places).orElseThrow();
        assertThat(bounds.west()).isEqualTo(-74.07);
        assertThat(bounds.east()).isEqualTo(153.03);
        assertThat(bounds.south()).isEqualTo(-27.47);
        assertThat(bounds.north()).isEqualTo(50.45);
    }
}
