package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.placemap.geoparse.Parsing.names;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.TestPlaces.city;
import static org.placemap.geoparse.TestPlaces.town;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Place;

/**
 * News respells the places it reports on ("Hodeidah" where GeoNames lists "Hodeida", "Nabatiyeh", "Lybia"); a word of
 * one word that matches no name exactly is a place when it respells a place of some standing, and only then.
 */
class RespellingTest {

    /** GeoNames' Al Hudaydah lists "Hodeida" and "Hodaidah", not the usual English "Hodeidah". */
    private static final Place HODEIDA = city("hodeida", "Al Hudaydah", "YE", 14.80, 42.95, 617_871, "Hodeida", "Hodaidah");
    /** A village whose variant key an ordinary word shares. */
    private static final Place SUNI = town("suni", "Suni", "IT", "14", 40.15, 8.55, 1_100);
    /** A small town a respelling would otherwise reach. */
    private static final Place RAFA = town("rafa", "Rafa", "PS", "01", 31.29, 34.25, 40_000);

    @Test
    void aRespellingOfAMajorTownIsThatTown() {
        ParsedArticle parsed = parse("Strike\n\nAn air strike in Hodeidah killed nine people. Fighting in Hodeida continued.",
                HODEIDA);
        assertEquals(List.of("Hodeidah", "Hodeida"), names(parsed));
        assertEquals("test:hodeida", Parsing.placeOf(parsed, "Hodeidah"));
    }

    @Test
    void aRespellingOfAVillageOrASmallTownIsNoPlace() {
        assertEquals(List.of(), names(parse("Talks\n\nThe Sunny leaders met in Rafah on Monday.", SUNI, RAFA)));
    }

    @Test
    void aRespellingOpeningASentenceOrWithAnEnglishEndingIsNoPlace() {
        // any word is capitalised at a sentence start; "Hodeidaing" is no respelling a reader would write
        assertEquals(List.of(), names(parse("Strike\n\nHodeidah was hit. They saw Hodeidaed ruins.", HODEIDA)));
    }

    /** A town in {@code country} with GeoNames feature code {@code code}, as the gazetteer files it. */
    private static Place seat(String id, String name, String code, String country, double lat, double lon, long population,
            String... alternates) {
        return new Place("test:" + id, name, List.of(alternates), new org.placemap.distance.GeoPoint(lat, lon),
                org.placemap.gazetteer.PlaceKind.POPULATED_PLACE, "P", code, country, "01", population);
    }

    @Test
    void aNameWithoutTheArabicArticleGeoNamesKeepsIsThatSeatEvenWithNoPopulationListed() {
        // GeoNames: Al Qāmishlī (PPLA2, population 0) lists "Kamishli" but not the usual "Qamishli"; Kamyshlov (28,006)
        // shares its loose spelling key; As-Suwayda (PPLA, 59,052) has no "Suwayda", which only a Yemeni hamlet lists
        Place qamishli = seat("qamishli", "Al Qāmishlī", "PPLA2", "SY", 37.05, 41.23, 0, "Kamishli", "Qameshli");
        Place kamyshlov = seat("kamyshlov", "Kamyshlov", "PPL", "RU", 56.84, 62.71, 28_006, "Kamyshly");
        Place suwayda = seat("suwayda", "As-Suwayda", "PPLA", "SY", 32.71, 36.57, 59_052, "Sweida");
        Place yemeni = seat("suwayda-ye", "As Suwaydā", "PPL", "YE", 13.79, 45.23, 0, "Suwayda");
        Place hamlet = seat("hamra", "Al Hamra", "PPL", "SY", 35.0, 37.0, 0);
        Place syria = TestPlaces.country("SY", "Syria", 35.0, 38.5, 17_000_000);
        ParsedArticle parsed = parse("War\n\nAs the war in Syria went on, shelling hit Qamishli on Monday and Suwayda on"
                + " Tuesday, near Hamra.", qamishli, kamyshlov, suwayda, yemeni, hamlet, syria);
        assertEquals(List.of("Syria", "Qamishli", "Suwayda"), names(parsed));
        assertEquals("test:qamishli", Parsing.placeOf(parsed, "Qamishli"));
        assertEquals("test:suwayda", Parsing.placeOf(parsed, "Suwayda"));
    }

    @Test
    void aRespellingOfAnAirBaseIsThatAirBase() {
        // OurAirports lists "Hmeimim Air Base" (OSLK); news writes "Khmeimim" as often as "Hmeimim"
        Place base = TestPlaces.airBase("oslk", "Hmeimim Air Base", "SY", 35.40, 35.95, "Hmeimim");
        Place syria = TestPlaces.country("SY", "Syria", 35.0, 38.5, 17_000_000);
        ParsedArticle parsed = parse("War\n\nAs the war in Syria went on, Russian jets flew from Khmeimim on Monday.", base, syria);
        assertEquals("test:oslk", Parsing.placeOf(parsed, "Khmeimim"));
        // a small town is still no respelling target: only places of standing are
        assertEquals(List.of(), names(parse("Talks\n\nThe Sunny leaders met in Rafah on Monday.", SUNI, RAFA)));
    }
}
