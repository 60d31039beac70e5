package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placemap.geoparse.Parsing.names;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.Parsing.placeOf;
import static org.placemap.geoparse.TestPlaces.airBase;
import static org.placemap.geoparse.TestPlaces.city;
import static org.placemap.geoparse.TestPlaces.country;
import static org.placemap.geoparse.TestPlaces.province;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Place;

/** Words around a name that say what kind of place it is: "air base", "province", "the city of". */
class KindCueTest {

    private static final Place SYRIA = country("SY", "Syria", 35.0, 38.5, 22_000_000);
    private static final Place LATAKIA = city("latakia", "Latakia", "SY", 35.53, 35.79, 340_000);
    private static final Place HMEIMIM_VILLAGE = city("hmeimim-village", "Hmeimim", "SY", 35.41, 35.95, 3_000);
    private static final Place HMEIMIM_BASE = airBase("oslk", "Latakia International Airport", "SY", 35.40, 35.95,
            "Hmeimim Air Base");
    private static final Place HAMA_CITY = city("hama", "Hamah", "SY", 35.13, 36.76, 460_000, "Hama");
    private static final Place HAMA_PROVINCE = province("hama-province", "Hamah", "SY", 35.24, 37.22, "Hama");
    private static final Place DARAA_CITY = city("daraa", "Dar'a", "SY", 32.62, 36.10, 98_000, "Daraa");
    private static final Place DARAA_PROVINCE = province("daraa-province", "Dar'a", "SY", 32.87, 36.17, "Daraa");
    private static final Place QUNEITRA_CITY = city("quneitra", "Al Qunaytirah", "SY", 33.13, 35.82, 36_000, "Quneitra");
    private static final Place QUNEITRA_PROVINCE = province("quneitra-province", "Quneitra", "SY", 33.05, 35.91);

    @Test
    void airBaseAfterANameChoosesTheBaseOverTheVillage() {
        ParsedArticle p = parse("Jets took off from the Hmeimim air base near Latakia.", HMEIMIM_VILLAGE, HMEIMIM_BASE, LATAKIA);

        assertEquals("test:oslk", placeOf(p, "Hmeimim"));
        assertEquals("test:latakia", placeOf(p, "Latakia"));
    }

    @Test
    void airbaseAsOneWordIsTheSameCue() {
        ParsedArticle p = parse("Russia kept the Hmeimim airbase in Syria.", HMEIMIM_VILLAGE, HMEIMIM_BASE, SYRIA);

        assertEquals("test:oslk", placeOf(p, "Hmeimim"));
    }

    @Test
    void anotherSpellingOfTheBaseIsFoundThroughTheCuePhrase() {
        ParsedArticle p = parse("Jets took off from the Khmeimim air base in Syria.", HMEIMIM_BASE, SYRIA);

        assertEquals("test:oslk", placeOf(p, "Khmeimim"));
    }

    @Test
    void theBareNameLaterInTheArticleMeansTheBaseToo() {
        ParsedArticle p = parse("Jets use the Hmeimim air base. Supplies reached Hmeimim by road.",
                HMEIMIM_VILLAGE, HMEIMIM_BASE, LATAKIA);

        List<String> resolved = p.mentions().stream().map(m -> m.place().id()).toList();
        assertEquals(List.of("test:oslk", "test:oslk"), resolved);
    }

    @Test
    void anUnknownBaseIsKeptAsAnUnresolvedMention() {
        ParsedArticle p = parse("Drones struck the Zorbat air base overnight.", SYRIA);

        assertEquals(List.of("Zorbat"), names(p));
        Mention m = p.mentions().get(0);
        assertFalse(m.isResolved());
        assertEquals(0.0, m.confidence());
    }

    @Test
    void provincePrefersTheAdminRegionAndTheBareNameStaysTheCity() {
        ParsedArticle p = parse("Rebels advanced into Hama province. By evening they reached Hama.", HAMA_CITY, HAMA_PROVINCE);

        assertEquals(List.of("test:hama-province", "test:hama"), p.mentions().stream().map(m -> m.place().id()).toList());
    }

    @Test
    void provinceFallsBackToThePlaceWhenNoRegionIsKnown() {
        ParsedArticle p = parse("Clashes spread across Daraa province in Syria.", DARAA_CITY, SYRIA);

        assertEquals("test:daraa", placeOf(p, "Daraa"));
    }

    @Test
    void aPluralCueCoversEveryCoordinatedName() {
        ParsedArticle p = parse("Police posts stand in Quneitra and Daraa provinces.",
                QUNEITRA_CITY, QUNEITRA_PROVINCE, DARAA_CITY, DARAA_PROVINCE);

        assertEquals("test:quneitra-province", placeOf(p, "Quneitra"));
        assertEquals("test:daraa-province", placeOf(p, "Daraa"));
    }

    @Test
    void theCityOfPrefersAPopulatedPlaceOverACountry() {
        Place jordanCountry = country("JO", "Jordan", 31.2, 36.8, 10_000_000);
        Place jordanTown = city("jordan-town", "Jordan", "PH", 10.66, 122.60, 30_000);

        assertEquals("test:jordan-town", placeOf(parse("He was born in the town of Jordan.", jordanCountry, jordanTown), "Jordan"));
        assertEquals("test:JO", placeOf(parse("He was born in Jordan.", jordanCountry, jordanTown), "Jordan"));
    }

    @Test
    void aBaseInATownIsLocatedByTheTownWithFullConfidence() {
        Place tartus = city("tartus", "Tartus", "SY", 34.89, 35.89, 89_000);

        ParsedArticle p = parse("The naval base in Tartus is Russia's only port in the region.", tartus, SYRIA);

        Mention m = p.mentions().get(0);
        assertEquals("test:tartus", m.place().id());
        assertTrue(m.confidence() > 0.8, "confidence " + m.confidence());
    }

    @Test
    void aPluralCountiesAfterAListLooksEachNameUpAsACounty() {
        // "Barber, Barton and Pratt counties": the gazetteer knows the counties only by their full names
        Place barberCounty = province("barber-county", "Barber County", "US", 37.28, -98.58);
        Place bartonCounty = province("barton-county", "Barton County", "US", 38.36, -98.76);
        Place prattCounty = province("pratt-county", "Pratt County", "US", 37.65, -98.74);
        Place barberTown = city("barber-town", "Barber", "US", 35.80, -92.60, 1_200);
        Place prattTown = city("pratt-town", "Pratt", "US", 37.64, -98.74, 6_600);

        ParsedArticle p = parse("Wildfires burned across Barber, Barton and Pratt counties on Tuesday.",
                barberCounty, bartonCounty, prattCounty, barberTown, prattTown);

        assertEquals("test:barber-county", placeOf(p, "Barber"));
        assertEquals("test:barton-county", placeOf(p, "Barton"));
        assertEquals("test:pratt-county", placeOf(p, "Pratt"));
    }

    @Test
    void thePluralDepartmentsOfCoverEveryNameListedAfterIt() {
        // GeoNames files Argentine departments as "Departamento de X"; the gazetteer adds "X Department"
        Place calamuchita = province("calamuchita", "Departamento de Calamuchita", "AR", -32.07, -64.54,
                "Calamuchita Department");
        Place punilla = province("punilla", "Departamento de Punilla", "AR", -31.25, -64.47, "Punilla Department");
        Place minasDept = province("minas-dept", "Departamento de Minas", "AR", -31.18, -65.10, "Minas Department");
        Place minasTown = city("minas-town", "Minas", "UY", -34.38, -55.24, 38_000);

        ParsedArticle p = parse("Fires spread through the departments of Calamuchita, Punilla and Minas in Córdoba.",
                calamuchita, punilla, minasDept, minasTown);

        assertEquals("test:calamuchita", placeOf(p, "Calamuchita"));
        assertEquals("test:punilla", placeOf(p, "Punilla"));
        assertEquals("test:minas-dept", placeOf(p, "Minas"));
    }

    @Test
    void aListWithoutAPluralNounKeepsTheTown() {
        Place minasDept = province("minas-dept", "Departamento de Minas", "AR", -31.18, -65.10, "Minas Department");
        Place minasTown = city("minas-town", "Minas", "UY", -34.38, -55.24, 38_000);
        Place rocha = city("rocha", "Rocha", "UY", -34.48, -54.33, 25_000);
        Place uruguay = country("UY", "Uruguay", -33.0, -56.0, 3_400_000);

        ParsedArticle p = parse("Buses in Uruguay run between Rocha and Minas towns every day.", minasDept, minasTown, rocha, uruguay);

        assertEquals("test:minas-town", placeOf(p, "Minas"));
    }

    @Test
    void aGovernorAfterANameChoosesTheProvinceOverTheCity() {
        // the Philippine city of Isabela (Basilan) outranks Isabela province (Luzon) by its population
        Place isabelaCity = city("isabela-city", "Isabela", "PH", 6.70, 121.97, 130_000);
        Place isabelaProvince = province("isabela-province", "Isabela", "PH", 16.97, 121.81);
        Place philippines = country("PH", "Philippines", 13.0, 122.0, 110_000_000);

        ParsedArticle governed = parse("Notes\n\nIsabela Governor Rodolfo Albano ordered evacuations in the Philippines.",
                isabelaCity, isabelaProvince, philippines);
        ParsedArticle bare = parse("Notes\n\nFerries left Isabela for Zamboanga in the Philippines.",
                isabelaCity, isabelaProvince, philippines);

        assertEquals("test:isabela-province", placeOf(governed, "Isabela"));
        assertEquals("test:isabela-city", placeOf(bare, "Isabela"));
    }

    /**
     * news3: "in the municipality of Ancuya in Nariño Department." gave "Nariño" alone; a capitalised "Department"
     * after a name is part of the division's name, unless an institution's words follow ("of Health", "for
     * International Development").
     */
    @Test
    void aCapitalisedDepartmentAfterANameIsPartOfItUnlessAnInstitutionsWordsFollow() {
        Place narino = TestPlaces.state("narino", "Nariño", "CO", "20", 1.6, -77.7, "Departamento de Narino");
        Place uk = country("GB", "United Kingdom", 54.0, -2.5, 66_000_000, "UK");
        Place us = country("US", "United States", 39.8, -98.5, 327_000_000);
        ParsedArticle p = parse("Landslide\n\nA landslide hit Ancuya in Nariño Department. The United States Department of"
                + " State and the UK Department for International Development sent aid.", narino, uk, us);

        assertEquals(List.of("Nariño Department", "United States", "UK"), names(p));
        assertEquals("test:narino", placeOf(p, "Nariño Department"));
    }

    /**
     * A new user's trial: "the south Lebanon city of Nabatieh" went to the governorate, as GeoNames spells the city
     * "Nabatîyé et Tahta": a city asked for by name, when only a first-level division has that name, is the division's
     * seat. A capitalised "City" ending another name is no cue ("Cedar City, Utah" names the state).
     */
    @Test
    void theCityOfAGovernoratesNameIsItsSeatAndAnotherNamesCityIsNoCue() {
        Place governorate = TestPlaces.state("nabatieh", "Nabatieh", "LB", "10", 33.33, 35.57);
        Place seat = new Place("test:nabatiye", "Nabatîyé et Tahta", List.of(), new org.placemap.distance.GeoPoint(33.38, 35.48),
                org.placemap.gazetteer.PlaceKind.POPULATED_PLACE, "P", "PPLA", "LB", "10", 120_000);
        ParsedArticle p = parse("Strikes\n\nAn Israeli strike hit the south Lebanon city of Nabatieh on Monday.", governorate, seat);
        assertEquals("test:nabatiye", placeOf(p, "Nabatieh"));
        // the province itself when the text says so
        assertEquals("test:nabatieh", placeOf(parse("Strikes\n\nShells fell across Nabatieh province.", governorate, seat),
                "Nabatieh"));

        Place utah = TestPlaces.state("ut", "Utah", "US", "UT", 39.5, -111.5);
        Place slc = new Place("test:slc", "Salt Lake City", List.of(), new org.placemap.distance.GeoPoint(40.76, -111.89),
                org.placemap.gazetteer.PlaceKind.POPULATED_PLACE, "P", "PPLA", "US", "UT", 200_000);
        Place cedar = TestPlaces.town("cedar", "Cedar City", "US", "UT", 37.68, -113.06, 30_000);
        assertEquals("test:ut", placeOf(parse("Water\n\nBen Carter, of Cedar City, Utah, wrote a letter.", utah, slc, cedar),
                "Utah"));
    }
}
