package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FacilityPhraseTest {

    private static final Set<PlaceKind> AIR = EnumSet.of(PlaceKind.AIR_BASE, PlaceKind.AIRPORT);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Kuweires air base, kuweires",
            "Kuweires airbase, kuweires",
            "the Khmeimim air base, khmeimim",
            "Al-Safira airfield, al safira",
            "Damascus International Airport, damascus",
            "Edwards AFB, edwards"})
    void airPhraseNamesAnAirField(String phrase, String bare) {
        assertEquals(new FacilityPhrase(bare, AIR), FacilityPhrase.parse(NameNormalizer.fold(phrase)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "the naval base in Tartus, tartus",
            "naval base at Tartus, tartus",
            "Tartus naval base, tartus",
            "port of Latakia, latakia",
            "Latakia port, latakia"})
    void navalBaseAndPortPhrasesNameThePlace(String phrase, String bare) {
        assertEquals(new FacilityPhrase(bare, EnumSet.noneOf(PlaceKind.class)), FacilityPhrase.parse(NameNormalizer.fold(phrase)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kuweires", "air base", "the air base", "the naval base", "its airfield", "Port Said", "Airport City"})
    void otherNamesAreNotFacilityPhrases(String name) {
        assertNull(FacilityPhrase.parse(NameNormalizer.fold(name)));
    }
}
