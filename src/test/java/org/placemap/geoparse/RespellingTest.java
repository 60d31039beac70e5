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
}
