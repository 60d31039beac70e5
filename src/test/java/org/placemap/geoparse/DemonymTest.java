package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.TestPlaces.country;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Place;

/** Nationality words as mentions of their country, marked as demonyms. */
class DemonymTest {

    private static final Place SYRIA = country("SY", "Syria", 35.0, 38.5, 17_000_000, "Syrian Arab Republic");
    private static final Place US = country("US", "United States", 39.8, -98.5, 327_000_000);
    private static final Place FRANCE = country("FR", "France", 46.0, 2.0, 67_000_000);
    private static final Place ISRAEL = country("IL", "Israel", 31.5, 34.9, 8_000_000);
    private static final Place PALESTINE = country("PS", "Palestinian Territory", 31.9, 35.2, 4_000_000);

    private static List<Mention> demonyms(ParsedArticle p) {
        return p.mentions().stream().filter(m -> m.form() == Mention.Form.DEMONYM).toList();
    }

    @Test
    void aNationalityAdjectiveIsAMentionOfItsCountryMarkedAsADemonym() {
        ParsedArticle p = parse("Syrian forces and two Americans advanced on Monday.", SYRIA, US);

        List<Mention> d = demonyms(p);
        assertEquals(List.of("Syrian", "Americans"), d.stream().map(Mention::text).toList());
        assertEquals("test:SY", d.get(0).place().id());
        assertEquals("test:US", d.get(1).place().id());
        assertTrue(d.get(0).confidence() > 0.5);
    }

    @Test
    void aNameThatContainsTheAdjectiveIsANameNotADemonym() {
        ParsedArticle p = parse("Officials of the Syrian Arab Republic said so.", SYRIA);

        assertEquals(List.of("Syrian Arab Republic"), p.mentions().stream().map(Mention::text).toList());
        assertEquals(Mention.Form.NAME, p.mentions().get(0).form());
    }

    @Test
    void languagesAndEthnicCompoundsAreNotCountries() {
        ParsedArticle p = parse("She speaks French at home. He ate French fries with African American friends. "
                + "They spoke only French and Farsi.", FRANCE, US);

        assertEquals(List.of(), demonyms(p).stream().map(Mention::text).toList());
    }

    @Test
    void bothHalvesOfAPairJoinedByAnEnDashOrSlashAreDemonyms() {
        // an en dash relates two countries ("the Syrian–Jordanian border"), as a hyphen does ("Israeli-Palestinian")
        ParsedArticle p = parse("The camp lies near the Israeli–Palestinian line and Israeli/Palestinian talks went on.", ISRAEL, PALESTINE);

        assertEquals(List.of("Israeli", "Palestinian", "Israeli", "Palestinian"), demonyms(p).stream().map(Mention::text).toList());
    }

    @Test
    void bothHalvesOfAHyphenatedPairAreDemonyms() {
        ParsedArticle p = parse("The talks on Israeli-Palestinian peace resumed.", ISRAEL, PALESTINE);

        assertEquals(List.of("Israeli", "Palestinian"), demonyms(p).stream().map(Mention::text).toList());
        assertEquals("test:PS", demonyms(p).get(1).place().id());
    }

    @Test
    void everyFormInTheTableHasACountryCode() {
        Demonyms.table().forEach((code, forms) -> {
            assertTrue(code.matches("[A-Z]{2}"), code);
            assertTrue(!forms.isEmpty(), code);
            forms.forEach(f -> assertTrue(Character.isUpperCase(f.charAt(0)), f));
        });
    }

    @Test
    void continentAndPeopleAdjectivesAreDemonymsOfTheirRegionButNotInsideCompounds() {
        // issue 9 item 7: "European", "Asian" name Europe and Asia as demonyms; "African American" is an identity
        Place europe = TestPlaces.region("europe", "Europe", 48.7, 9.1);
        Place asia = TestPlaces.region("asia", "Asia", 29.8, 94.2);
        Place africa = TestPlaces.region("africa", "Africa", 7.2, 21.1);
        Place us = country("US", "United States", 39.8, -98.6, 327_000_000);
        ParsedArticle p = parse("European and Asian officials met an African American envoy.", europe, asia, africa, us);

        assertEquals(List.of("European", "Asian"), demonyms(p).stream().map(Mention::text).toList());
        assertEquals("test:asia", demonyms(p).get(1).place().id());
    }

    @Test
    void everyRegionFormStartsWithACapital() {
        Demonyms.regionTable().forEach((name, forms) -> {
            assertTrue(!forms.isEmpty(), name);
            forms.forEach(f -> assertTrue(Character.isUpperCase(f.charAt(0)), f));
        });
    }

    /**
     * "the Argentine province of Córdoba": a demonym that is also a town's name (Argentine, Michigan) before a kind
     * word is the country's adjective, not an unknown province called "Argentine".
     */
    @Test
    void aDemonymBeforeAKindWordIsNoUnknownPlaceOfThatKind() {
        Place argentina = country("AR", "Argentina", -34.0, -64.0, 44_000_000);
        Place argentineMi = TestPlaces.town("argentine-mi", "Argentine", "US", "MI", 42.79, -83.85, 2_525);
        ParsedArticle p = parse("Fires\n\nAuthorities in the Argentine province of Cordoba are busy.", argentina, argentineMi);
        assertEquals(List.of("Argentine"), demonyms(p).stream().map(Mention::text).toList());
        assertEquals("test:AR", demonyms(p).get(0).place().id());
    }

    /** Issue 9, cause 7: "Kurdish" and "Kurds" are demonym mentions of Kurdistan, the region the geodata has. */
    @Test
    void kurdishIsADemonymOfKurdistan() {
        Place kurdistan = TestPlaces.region("kurdistan", "Kurdistan", 35.98, 44.59);
        ParsedArticle p = parse("Clashes\n\nKurdish fighters said Kurds had fled.", kurdistan, SYRIA);
        assertEquals(List.of("Kurdish", "Kurds"), demonyms(p).stream().map(Mention::text).toList());
        assertEquals("test:kurdistan", demonyms(p).get(0).place().id());
    }

    /**
     * Issue 9: a first-level region's adjective ("ten Bavarian towns", "Texan officials") is a demonym mention of that
     * region, found through any exact name of the region (Natural Earth calls Bavaria "Bayern"), and a country's form
     * still wins where both could claim it ("Georgian" is Georgia the country, not the US state).
     */
    @Test
    void aRegionsAdjectiveIsADemonymOfTheRegionByAnyOfItsNames() {
        Place bayern = TestPlaces.state("by", "Bayern", "DE", "02", 48.9, 11.4, "Bavaria");
        Place texas = TestPlaces.state("tx", "Texas", "US", "TX", 31.2, -99.3);
        Place georgiaState = TestPlaces.state("ga", "Georgia", "US", "GA", 32.6, -83.4);
        Place georgia = country("GE", "Georgia", 42.0, 43.5, 3_700_000);
        ParsedArticle p = parse("Floods\n\nTen Bavarian towns and two Texan firms hired Georgian workers.",
                bayern, texas, georgiaState, georgia, US);

        List<Mention> d = demonyms(p);
        assertEquals(List.of("Bavarian", "Texan", "Georgian"), d.stream().map(Mention::text).toList());
        assertEquals(List.of("test:by", "test:tx", "test:GE"), d.stream().map(m -> m.place().id()).toList());
    }

    /** "in Welsh", "spoke Catalan": a region's adjective that is also a language names the language as a noun. */
    @Test
    void aRegionsLanguageAsANounIsNoMention() {
        Place wales = TestPlaces.state("wls", "Wales", "GB", "WLS", 52.3, -3.7);
        String text = "Signs\n\nThe signs are written in Welsh and the Welsh government paid.";
        ParsedArticle p = parse(text, wales);

        assertEquals(List.of(List.of("Welsh", "test:wls")), demonyms(p).stream()
                .map(m -> List.of(m.text(), m.place().id())).toList());
        assertEquals(text.lastIndexOf("Welsh"), demonyms(p).get(0).start(), "the government's Welsh, not the language");
    }

    /**
     * "the pulsating West African showdown", "the volatile East African country": a compass noun before a continent's
     * adjective is the subregion (GeoNames' "Western Africa", news's "West Africa"), not the continent.
     */
    @Test
    void aCompassNounBeforeAContinentsAdjectiveIsTheSubregion() {
        Place africa = TestPlaces.region("africa", "Africa", 7.2, 21.1);
        Place westAfrica = TestPlaces.region("west-africa", "Western Africa", 18.3, -4.8, "West Africa");
        Place asia = TestPlaces.region("asia", "Asia", 29.8, 94.2);
        Place southeastAsia = TestPlaces.region("se-asia", "South Eastern Asia", 6.8, 116.5, "Southeast Asia", "South-east Asia");
        ParsedArticle p = parse("Football\n\nThe West African showdown and South-east Asian leaders; African fans cheered.",
                africa, westAfrica, asia, southeastAsia);

        assertEquals(List.of("West African", "South-east Asian", "African"), demonyms(p).stream().map(Mention::text).toList());
        assertEquals(List.of("test:west-africa", "test:se-asia", "test:africa"), demonyms(p).stream().map(m -> m.place().id()).toList());
    }
}
