package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.placemap.geoparse.Parsing.names;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.Parsing.placeOf;
import static org.placemap.geoparse.TestPlaces.capital;
import static org.placemap.geoparse.TestPlaces.city;
import static org.placemap.geoparse.TestPlaces.town;
import static org.placemap.geoparse.TestPlaces.country;
import static org.placemap.geoparse.TestPlaces.region;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Place;

/** Which capitalised words are place names, one rule per test, each with a tiny gazetteer. */
class RecognitionTest {

    private static final Place SYRIA = country("SY", "Syria", 35.0, 38.5, 22_000_000);
    private static final Place RUSSIA = country("RU", "Russia", 61.7, 99.1, 144_000_000);
    private static final Place ISRAEL = country("IL", "Israel", 31.5, 34.7, 9_000_000);
    private static final Place DAMASCUS = capital("damascus", "Damascus", "SY", 33.51, 36.29, 1_569_000);
    private static final Place ALEPPO = city("aleppo", "Aleppo", "SY", 36.20, 37.16, 1_602_000);
    private static final Place HAMA = city("hama", "Hamah", "SY", 35.13, 36.76, 460_000, "Hama");
    private static final Place MOSCOW = capital("moscow", "Moscow", "RU", 55.75, 37.62, 10_381_000);

    @Test
    void theLongestKnownNameWins() {
        Place york = city("york", "York", "GB", 53.96, -1.08, 150_000);
        Place newYork = city("nyc", "New York", "US", 40.71, -74.01, 8_000_000);

        ParsedArticle p = parse("She moved to New York last year.", york, newYork);

        assertEquals(List.of("New York"), names(p));
        assertEquals("test:nyc", placeOf(p, "New York"));
    }

    @Test
    void connectorsJoinMultiWordNames() {
        Place bih = country("BA", "Bosnia and Herzegovina", 44.2, 17.8, 3_500_000);

        assertEquals(List.of("Bosnia and Herzegovina"), names(parse("Troops left Bosnia and Herzegovina last spring.", bih)));
    }

    @Test
    void monthsAndWeekdaysAreNotPlacesEvenWhenTownsBearTheirNames() {
        Place may = city("may", "May", "US", 30.0, -90.0, 50_000);
        Place sunday = city("sunday", "Sunday", "NG", 6.0, 7.0, 50_000);
        Place geneva = city("geneva", "Geneva", "CH", 46.20, 6.14, 184_000);

        assertEquals(List.of("Geneva"), names(parse("On Sunday in May the talks resumed in Geneva.", may, sunday, geneva)));
    }

    @Test
    void aTownNamedLikeAFirstNameIsNotAPlaceBeforeASurname() {
        Place vladimir = city("vladimir", "Vladimir", "RU", 56.13, 40.40, 350_000);

        assertEquals(List.of("Moscow"), names(parse("Yesterday Vladimir Putin flew to Moscow.", vladimir, MOSCOW)));
    }

    @Test
    void aSurnameSeenInAFullNameIsAPersonEverywhereInTheArticle() {
        Place assadTown = city("assad", "Assad", "SY", 35.0, 37.0, 60_000);

        ParsedArticle p = parse("President Bashar al-Assad met envoys in Damascus. Later Assad spoke again, "
                + "and crowds chanted for Assad.", assadTown, DAMASCUS, SYRIA);

        assertEquals(List.of("Damascus"), names(p));
    }

    @Test
    void aPlaceInsideAnOrganisationNameIsNotAMention() {
        Place gulf = region("gulf", "Gulf", 26.0, 52.0);
        Place riyadh = capital("riyadh", "Riyadh", "SA", 24.69, 46.72, 4_205_000);

        ParsedArticle p = parse("The Gulf Cooperation Council met in Riyadh, and the Carnegie Russia Eurasia Center "
                + "wrote about it.", gulf, riyadh, RUSSIA);

        assertEquals(List.of("Riyadh"), names(p));
    }

    @Test
    void aHeadlineWordTheArticleAlsoWritesInLowerCaseIsACommonWord() {
        Place deal = city("deal", "Deal", "GB", 51.22, 1.40, 30_000);

        ParsedArticle p = parse("Russia Nears Deal With Syria\n\nA deal was signed in Syria on Monday.", deal, RUSSIA, SYRIA);

        assertEquals(List.of("Russia", "Syria", "Syria"), names(p));
    }

    @Test
    void aFunctionWordAtTheStartOfASentenceIsNotAPlace() {
        Place most = city("most", "Most", "CZ", 50.50, 13.64, 66_000);

        assertEquals(List.of("Aleppo"), names(parse("Most residents fled to Aleppo.", most, ALEPPO)));
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        ParsedArticle p = parse("Russia’s navy left. Syria's army stayed.", RUSSIA, SYRIA);

        Mention russia = p.mentions().get(0);
        assertEquals(0, russia.start());
        assertEquals(6, russia.end());
        assertEquals(List.of("Russia", "Syria"), names(p));
    }

    @Test
    void anUnknownHyphenatedPairIsSplitIntoItsNames() {
        ParsedArticle p = parse("Since then Russia-Israel relations have cooled.", RUSSIA, ISRAEL);

        assertEquals(List.of("Russia", "Israel"), names(p));
        assertEquals("Israel", p.article().text().substring(p.mentions().get(1).start(), p.mentions().get(1).end()));
    }

    @Test
    void smallTownsJoinedByToAreTheEndsOfARouteButJoinedByAHyphenAloneAreAName() {
        // news8: "the new Hinsdale-to-Brattleboro bridge" (Hinsdale, New Hampshire, 4,000 people; Brattleboro, Vermont,
        // 12,000): "-to-" says the two are the ends of a route; "Wal-Mart" stays a name though towns are called so
        Place hinsdale = town("hinsdale", "Hinsdale", "US", "NH", 42.79, -72.49, 4_046);
        Place brattleboro = town("brattleboro", "Brattleboro", "US", "VT", 42.85, -72.56, 12_046);
        Place wal = town("wal", "Wal", "PL", "", 52.0, 21.0, 600);
        Place mart = town("mart", "Mart", "US", "TX", 31.54, -96.83, 2_200);

        assertEquals(List.of("Hinsdale", "Brattleboro"),
                names(parse("Work on the new Hinsdale-to-Brattleboro bridge went on.", hinsdale, brattleboro)));
        assertEquals(List.of(), names(parse("Work on the new Hinsdale-Brattleboro bridge went on.", hinsdale, brattleboro)));
        assertEquals(List.of(), names(parse("Shoppers went to Wal-Mart on Sunday.", wal, mart)));
    }

    @Test
    void modelDesignationsAreNotSplit() {
        Place pantsir = city("pantsir", "Krasnoarmeysk", "RU", 51.0, 45.7, 25_000, "Pantsir");

        assertEquals(List.of(), names(parse("They captured Pantsir-S1 air defense systems.", pantsir)));
    }

    @Test
    void acronymsAreOrganisationsUnlessTheyNameACountry() {
        Place htsTown = city("hts", "Hatas", "TR", 37.0, 36.0, 50_000, "HTS");
        Place uae = country("AE", "United Arab Emirates", 24.0, 54.0, 9_000_000, "UAE");

        ParsedArticle p = parse("Fighters of HTS entered Hama, and the UAE sent aid.", htsTown, uae, HAMA);

        assertEquals(List.of("Hama", "UAE"), names(p));
    }

    @Test
    void nationalityAdjectivesDoNotMatchSmallPlaces() {
        Place village = city("syrian", "Sirian", "YE", 15.0, 44.0, 2_000, "Syrian");
        Place kurdishAirport = new Place("test:orsu", "Sulaymaniyah Airport", List.of("Kurdish"),
                new org.placemap.distance.GeoPoint(35.56, 45.31), org.placemap.gazetteer.PlaceKind.AIRPORT,
                "", "", "IQ", "", 0);

        assertEquals(List.of("Hama"), names(parse("Syrian and Kurdish forces entered Hama.", village, kurdishAirport, HAMA)));
    }

    @Test
    void spellingVariantsOfSingleWordsAreNotMatched() {
        Place suni = city("suni", "Suni", "IT", 40.28, 8.55, 1_100);

        assertEquals(List.of(), names(parse("The Sunni community gathered.", suni)));
    }

    @Test
    void boilerplateIsNotSearched() {
        Place source = city("source", "Source", "FR", 45.0, 1.0, 40_000);
        Place leave = city("leave", "Leave", "FR", 46.0, 1.0, 40_000);

        ParsedArticle p = parse("Rebels Reach Hama\n\nRebels reached Hama today.\n\nSource link\n\nLeave a Reply",
                source, leave, HAMA);

        assertEquals(List.of("Hama", "Hama"), names(p));
    }

    @Test
    void mentionsInReaderCommentsAreKeptAndMarked() {
        String text = "Talks In Geneva Stall\n\nThe talks stalled.\n\n  1. Jo Bloggs says:\n\n    I was in Damascus.\n\n"
                + "  2. Ann Other says:\n\n    Me too.";

        ParsedArticle p = parse(text, DAMASCUS, city("geneva", "Geneva", "CH", 46.20, 6.14, 184_000));

        Mention damascus = p.mentions().get(p.mentions().size() - 1);
        assertEquals("Damascus", damascus.text());
        assertEquals(Zone.COMMENT, damascus.zone());
        assertEquals(Zone.TITLE, p.mentions().get(0).zone());
    }

    @Test
    void aPlaceFollowedByAFeatureNounNamesTheFeatureAndStaysUnresolved() {
        Place jordan = country("JO", "Jordan", 31.2, 36.8, 10_000_000);

        ParsedArticle p = parse("Farmers in the Jordan Valley lost their crops.", jordan);

        assertEquals(List.of("Jordan Valley"), names(p));
        assertEquals("unresolved", placeOf(p, "Jordan Valley"));
    }

    @Test
    void aMultiWordNameAfterTheThatOnlyTownsBearIsAnInstitution() {
        Place town = city("whitehouse", "White House", "US", 36.47, -86.65, 12_000);
        Place casablanca = city("casablanca", "Casablanca", "MA", 33.59, -7.62, 3_144_000, "White House");

        assertEquals(List.of(), names(parse("A spokesman for the White House declined to comment.", town, casablanca)));
    }

    @Test
    void everyMentionsTextIsItsSpanOfTheArticle() {
        ParsedArticle p = parse("“Aleppo fell,” he said; Hama’s defenders and Damascus—the capital—waited in Syria.",
                ALEPPO, HAMA, DAMASCUS, SYRIA);

        assertEquals(List.of("Aleppo", "Hama", "Damascus", "Syria"), names(p));
        for (Mention m : p.mentions()) {
            assertEquals(m.text(), p.article().text().substring(m.start(), m.end()));
        }
    }
}
