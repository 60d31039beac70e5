package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, causes 2 and 4, on the shipped {@code geodata/}: what a context-free lookup answers first for
 * the names news uses, and where areas stand. Golden points are GeoNames' own coordinates of the feature
 * (the ids named), which the published evaluations use.
 */
class ShippedNewsNamesTest {

    private static Gazetteer g() {
        return SampleArticlePlacesTest.shipped();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Qamishli, geonames:173377",          // Al-Qamishli, Syria, not Kamyshlov, Russia
            "Al-Qamishli, geonames:173377",
            "Mezzeh air base, ourairports:OS67",  // Mezzeh Military Airport, Damascus, not Mèze, France
            "Heathrow, ourairports:EGLL",         // the London airport, not Heathrow, Florida
            "Gatwick, ourairports:EGKK",
            "Schiphol, ourairports:EHAM",
            "Britain, geonames:2635167",          // United Kingdom
            "Great Britain, geonames:2635167",
            "Holland, geonames:2750405",          // Netherlands, not Holland, Michigan
            "Burma, geonames:1327865",            // Myanmar
            "America, geonames:6252001",          // United States
            "Burkina, geonames:2361809",          // Burkina Faso ("the Burkina-Mali border")
            "Bosnia, geonames:3277605",           // Bosnia and Herzegovina
            "North Macedonia, geonames:718075",   // its name since 2019
            "Eswatini, geonames:934841",          // Swaziland's name since 2018
            "DR Congo, geonames:203312",
            "EU, geonames:6695072",               // European Union
            "European Union, geonames:6695072",
            "England, geonames:6269131",          // not England, Arkansas
            "Scotland, geonames:2638360",
            "Cuyahoga County, geonames:5151606",
            "B.C., naturalearth:CAN-633",          // British Columbia (Natural Earth's abbrev), issue 9 cause 5
            "N.S.W., naturalearth:AUS-2654",       // New South Wales
            "Darfur, naturalearth:admin1-region:sd:darfur",       // Natural Earth's region of five Sudanese states
            "Kordofan, naturalearth:admin1-region:sd:kordofan",
            "Kurdistan, naturalearth:admin1-region:iq:kurdistan", // Iraq's Kurdistan Region, not Iran's Kordestan
            "Tercero Arriba, geonames:3834506",   // Departamento de Tercero Arriba, Córdoba: the name without its kind words
            "West Africa, geonames:7729885",      // GeoNames' "Western Africa": the compass noun news writes
            "East Africa, geonames:7729889",      // "Eastern Africa"
            "Southeast Asia, geonames:7729896",   // "South Eastern Asia"
            "South-east Asia, geonames:7729896",
            "South Asia, geonames:7729895",       // "Southern Asia"
            "South Africa, geonames:953987",      // the country, never "Southern Africa" by the same rule
    })
    void newsNameAnswersTheRightPlaceFirst(String name, String id) {
        assertEquals(id, g().candidates(name).get(0).place().id(), name);
    }

    /** Natural Earth's regions within one country carry its code (Luzon, the Darling Downs); Crimea, in dispute, none. */
    @Test
    void aRegionWithinOneCountryCarriesItsCode() {
        assertEquals("PH", g().exactCandidates("Luzon").stream().map(Candidate::place)
                .filter(p -> p.kind() == PlaceKind.REGION).findFirst().orElseThrow().countryCode());
        assertEquals("AU", g().exactCandidates("Darling Downs").stream().map(Candidate::place)
                .filter(p -> p.kind() == PlaceKind.REGION).findFirst().orElseThrow().countryCode());
        assertTrue(g().exactCandidates("Crimea").stream().map(Candidate::place)
                .filter(p -> p.kind() == PlaceKind.REGION).allMatch(p -> p.countryCode().isEmpty()));
    }

    @ParameterizedTest(name = "{0} at {1}, {2}")
    @CsvSource({
            "naturalearth:region:europe, 48.69096, 9.14062", // Europe (GeoNames 6255148)
            "naturalearth:region:africa, 7.1881, 21.09375",  // Africa (GeoNames 6255146)
            "geonames:6695072, 50.83857, 4.37599",          // European Union
    })
    void areaStandsAtGeoNamesPoint(String id, double lat, double lon) {
        Place p = g().byId(id).orElseThrow();
        assertTrue(Fixture.distanceKm(p.point(), lat, lon) < 0.01, id + " at " + p.point());
    }

    /** Counties stand at their seat: Cuyahoga County at Cleveland (GeoNames 5150529, 41.4995 N 81.69541 W). */
    @Test
    void countyStandsAtItsSeat() {
        Place cuyahoga = g().byId("geonames:5151606").orElseThrow();
        assertTrue(Fixture.distanceKm(cuyahoga.point(), 41.4995, -81.69541) < 1, cuyahoga.point().toString());
    }

    /** Dotted initials of regions elsewhere are no places: "U.N." is the United Nations, not South Sudan's Upper Nile. */
    @Test
    void dottedInitialsOutsideEnglishNewsCountriesAreNoRegions() {
        assertTrue(g().candidates("U.N.").stream().noneMatch(c -> c.place().name().equals("Upper Nile")),
                g().candidates("U.N.").toString());
        assertEquals(null, NaturalEarthSource.dottedAbbreviation("U.N.", "SS"));
        assertEquals(null, NaturalEarthSource.dottedAbbreviation("S.A.", "AU"));
        assertEquals("B.C.", NaturalEarthSource.dottedAbbreviation("B.C.", "CA"));
        assertEquals(null, NaturalEarthSource.dottedAbbreviation("Alta.", "CA"));
    }

    /** GeoNames' kind words before a division's name are not part of the name news writes. */
    @Test
    void aDivisionIsAlsoKnownByItsNameWithoutTheKindWordsBeforeIt() {
        assertEquals("Santa María", AdminDivisionSource.withoutKindPrefix("Departamento de Santa María"));
        assertEquals("Cebu", AdminDivisionSource.withoutKindPrefix("Province of Cebu"));
        assertEquals("La Guajira", AdminDivisionSource.withoutKindPrefix("Departamento de La Guajira"));
        assertEquals(null, AdminDivisionSource.withoutKindPrefix("Cuyahoga County"));
    }

    /**
     * "the departments of Punilla and Minas": a one-word division name is no alternate by itself (a town or a word
     * more often), but with its kind in English after it, it is ("Punilla Department"), for a kind cue to find.
     */
    @Test
    void aDivisionIsKnownByItsOwnNameWithItsKindInEnglishAfterIt() {
        assertEquals("Punilla Department", AdminDivisionSource.withKindAfter("Departamento de Punilla"));
        assertEquals("Cebu Province", AdminDivisionSource.withKindAfter("Province of Cebu"));
        assertEquals("La Matanza Partido", AdminDivisionSource.withKindAfter("Partido de La Matanza"));
        assertEquals(null, AdminDivisionSource.withKindAfter("Cuyahoga County"));
        // the shipped gazetteer: GeoNames' Departamento de Punilla (Córdoba, Argentina), by its own name and kind
        assertTrue(g().candidates("Punilla Department").stream().anyMatch(c -> c.place().countryCode().equals("AR")
                && c.place().kind() == PlaceKind.ADMIN_REGION), g().candidates("Punilla Department").toString());
        assertTrue(g().candidates("Punilla").stream().noneMatch(c -> c.place().kind() == PlaceKind.ADMIN_REGION),
                "a one-word division is no alternate by itself");
    }

    /** Natural Earth's regions that only give a direction, or are adjectives, are no places of their own. */
    @Test
    void regionsThatOnlyGiveADirectionAreLeftOut() {
        assertTrue(NaturalEarthSource.onlyDirections("Northeast"));
        assertTrue(NaturalEarthSource.onlyDirections("Far Eastern"));
        assertTrue(NaturalEarthSource.onlyDirections("Mid-East"));
        assertTrue(NaturalEarthSource.onlyDirections("Border"));
        assertTrue(NaturalEarthSource.onlyDirections("Flemish"));
        assertTrue(!NaturalEarthSource.onlyDirections("Darfur"));
        assertTrue(!NaturalEarthSource.onlyDirections("East Midlands"));
        assertTrue(g().candidates("Northeast").stream().noneMatch(c -> c.place().id().startsWith("naturalearth:admin1-region")));
        // Darfur stands among its states (North Darfur's capital El Fasher 13.6 N 25.3 E; Nyala 12.0 N 24.9 E)
        Place darfur = g().byId("naturalearth:admin1-region:sd:darfur").orElseThrow();
        assertTrue(Fixture.distanceKm(darfur.point(), 13.6, 25.3) < 300, darfur.point().toString());
    }

    /**
     * "The Fire Service and Royal Air Force evacuated …": OurAirports lists "Royal Air Force" as a keyword of RAF Brize
     * Norton, which the build took for the base's own name; a name of only what a field is or whose names no place.
     */
    @Test
    void anAirForceIsNoAirBase() {
        assertTrue(g().candidates("Royal Air Force").stream().noneMatch(c -> c.place().id().startsWith("ourairports:")),
                g().candidates("Royal Air Force").toString());
        assertEquals("RAF Brize Norton", g().byId("ourairports:EGVN").orElseThrow().name());
        assertTrue(AirportSource.generic("Royal Air Force"));
        assertTrue(AirportSource.generic("Military Airport"));
        assertTrue(!AirportSource.generic("RAF Brize Norton"));
    }
}
