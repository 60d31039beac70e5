package org.placemap.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.placemap.geoparse.Parsing.names;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.Parsing.placeOf;
import static org.placemap.geoparse.TestPlaces.city;
import static org.placemap.geoparse.TestPlaces.state;
import static org.placemap.geoparse.TestPlaces.town;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Place;

/**
 * Words of local news that look like places and are not: streets, institutions named after places,
 * vehicles, people known only by their surname. Each test also has a real place in it, so that a rule
 * that dropped everything would fail.
 */
class NewsPrecisionRulesTest {

    private static final Place KANSAS = state("ks", "Kansas", "US", "KS", 38.5, -98.3);
    private static final Place OHIO = state("oh", "Ohio", "US", "OH", 40.4, -82.7);
    private static final Place SALINA = town("salina", "Salina", "US", "KS", 38.84, -97.61, 47_000);
    private static final Place TOPEKA = town("topeka", "Topeka", "US", "KS", 39.05, -95.68, 127_000);
    private static final Place JAY = town("jay", "Jay", "US", "OK", 36.42, -94.8, 2_400);
    private static final Place KAN = town("kan", "Kan", "IR", "", 35.75, 51.27, 9_000);

    @Test
    void theEquatorIsALineOfLatitudeNotTheCongoleseProvinceOfThatName() throws Exception {
        // "Kumasi is approximately 300 miles north of the Equator" (FunGeo, claims sample 54): the shipped gazetteer
        // matched "Equator" by a loose spelling key to Équateur province of the DR Congo, 1,900 km away
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Ghana\n\nKumasi is approximately 300 miles north of the Equator and "
                + "100 miles north of the Gulf of Guinea.\n");

        assertEquals(List.of("Ghana", "Kumasi", "Gulf of Guinea"), names(p));
    }

    @Test
    void aSmallTownFoundOnlyByASpellingVariantFarFromEveryOtherTownIsLeftUnplaced() throws Exception {
        // claims sample 54: "at Mussini village, some 16 kilometres (10 miles) from Gamboru" (Nigeria): the shipped
        // gazetteer lacks the village, and the loose spelling key found Mosinee, Wisconsin, 9,000 km away; the name
        // stays a mention, unresolved. A variant near the article's other towns keeps its place ("Tartous").
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Borno\n\nThe attack happened at about 6:00 pm at Mussini village, some 16 "
                + "kilometres (10 miles) from Gamboru.\n");
        // (the title "Borno" is the state: its towns' population now ranks it as a notable name)
        assertEquals(List.of("Borno", "Mussini", "Gamboru"), names(p));
        assertEquals("unresolved", placeOf(p, "Mussini"));
        assertEquals("geonames:2342192", placeOf(p, "Gamboru"));
        ParsedArticle near = real.parse("b.txt", "Coast\n\nHe drove from Tartous to Baniyas and Latakia.\n");
        assertEquals("geonames:163345", placeOf(near, "Tartous"));
    }

    @Test
    void aCityFoundOnlyByASpellingVariantFarFromAnArticleAboutAnotherCountryIsLeftUnplaced() throws Exception {
        // news13 (Yonhap): "Jindo" (a Korean county the gazetteer lacks) matched Kindu, DR Congo (135,000 people),
        // 11,000 km from the article's Korean towns, by the loose spelling key; WikToR: "War II" matched Warri, "Big W"
        // Vigo. A city's variant is judged like a small town's once another country holds three of the article's names (ContextPasses#dropFarSpellings)
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Rain\n\nHeavy rain hit Jindo on Tuesday. Roads in Suncheon, Iksan and "
                + "Mokpo were closed, Korail said.\n");
        for (Mention m : p.mentions()) {
            if (m.place() != null) {
                assertEquals("KR", m.place().countryCode(), m.text());
            }
        }
        assertEquals(List.of("Suncheon", "Iksan", "Mokpo"), p.mentions().stream().filter(m -> m.place() != null)
                .map(Mention::text).toList());
    }

    @Test
    void aBareNameAfterTheSameNameWithAProvinceWordMayBeThatProvincesTownAndTheContextDecides() throws Exception {
        // news13 (IRIN, Kyrgyzstan): "the mudslide occurred in Jalalabad province … in Jalalabad and neighbouring Osh
        // province": the province's lookup found the Kyrgyz Jalal-Abad, the bare spelling only Afghanistan's and India's
        // Jalalabads, so the bare mentions went 800 km south of an article about Kyrgyzstan
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Floods\n\nMudslides hit southern Kyrgyzstan. The mudslide occurred in "
                + "Jalalabad province, 300 km south of the capital, Bishkek. Floods hit Jalalabad and neighbouring Osh "
                + "province last week.\n");
        for (Mention m : p.mentions()) {
            if (m.text().equals("Jalalabad")) {
                assertEquals("KG", m.place().countryCode(), "at " + m.start());
            }
        }
        // without the province word the bare name keeps its own candidates: Afghanistan's city beside Kabul
        ParsedArticle af = real.parse("b.txt", "Attack\n\nA bomb hit Jalalabad, east of Kabul, on Monday.\n");
        assertEquals("geonames:1139715", placeOf(af, "Jalalabad"));
    }

    @Test
    void aNameAfterAPlayersSeedingIsThePlayerEverywhereInTheArticle() throws Exception {
        // news14 (a tennis round-up): "overwhelming the top-seeded Halep 6-2, 6-3" and "Halep returned to competition"
        // read Aleppo, whose Turkish name Halep is
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Tennis\n\nKvitova won her second title, overwhelming the top-seeded Halep "
                + "6-2, 6-3 in 70 minutes.\n\nHalep returned to competition in August after an injury.\n");
        assertThat(p.mentions()).noneMatch(m -> m.text().equals("Halep"));
        // the city by that name in a Turkish context is still the city
        ParsedArticle city = real.parse("b.txt", "War\n\nShelling hit Halep and Idlib on Monday, Turkish officials said.\n");
        assertEquals("geonames:170063", placeOf(city, "Halep"));
    }

    @Test
    void aHamletNobodyCountedFarFromAnArticleAboutAnotherCountryIsLeftUnplacedEvenByItsExactName() throws Exception {
        // news14 (Bernama, floods in Kelantan): "Machang", a Malaysian district town the geodata lacks, was answered by
        // Chinese township seats of that name with no population, 3,600 km away
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Floods\n\nFloods hit Kota Bharu, Pasir Mas and Tumpat in Kelantan on "
                + "Monday, and a school in Machang was closed.\n");
        assertEquals("unresolved", placeOf(p, "Machang"));
        assertEquals("geonames:1736376", placeOf(p, "Kota Bharu"));
    }

    @Test
    void aStreetNamedAfterAPlaceIsNotThePlace() {
        ParsedArticle p = parse("A fire damaged a house on Jay Lane in Topeka, Kansas on Monday.", JAY, TOPEKA, KANSAS);

        assertEquals(List.of("Topeka", "Kansas"), names(p));
    }

    @Test
    void aCapitalisedStateAfterAStateNameStartsAnInstitutionAndTheStateAloneIsTheMention() {
        ParsedArticle p = parse("Students at Ohio State University in Topeka protested.", OHIO, TOPEKA);

        assertEquals(List.of("Ohio", "Topeka"), names(p));
    }

    @Test
    void aStateAbbreviationAfterACommaMeansTheStateWithItsDot() {
        ParsedArticle p = parse("The storm hit Salina, Kan., on Sunday.", SALINA, KANSAS, KAN);

        assertEquals(List.of("Salina", "Kan."), names(p));
        assertEquals("test:ks", placeOf(p, "Kan."));
        assertEquals("test:salina", placeOf(p, "Salina"));
    }

    @Test
    void aTownAfterTheFollowedByAVerbIsAVehicleOrAnInstitution() {
        Place honda = town("honda", "Honda", "CO", "", 5.2, -74.7, 25_000);
        ParsedArticle p = parse("Near Topeka, the Honda was stopped in the left lane.", honda, TOPEKA);

        assertEquals(List.of("Topeka"), names(p));
    }

    @Test
    void aNameWithAnAgeOrAPossessedRelativeIsAPersonEverywhereInTheArticle() {
        Place welch = town("welch", "Welch", "US", "KS", 37.4, -96.2, 2_000);
        Place markel = town("markel", "Markel", "US", "KS", 38.0, -97.0, 1_000);
        ParsedArticle p = parse("Welch, 48, of Topeka was stabbed. Police said Welch died. "
                + "Markel's mother did not speak in Kansas. Markel was two.", welch, markel, TOPEKA, KANSAS);

        assertEquals(List.of("Topeka", "Kansas"), names(p));
    }


    @Test
    void aTownPoliceDepartmentNamesTheTown() {
        Place eastHampton = town("eh", "East Hampton", "US", "NY", 40.96, -72.18, 1_100);
        ParsedArticle p = parse("Sgt. Green of the East Hampton Police Department said the road was closed.", eastHampton);

        assertEquals(List.of("East Hampton"), names(p));
    }

    @Test
    void aCompassWordAfterATownMakesASchoolOrTeamNameButAfterAStateNot() {
        Place scott = town("scott", "Scott", "US", "KS", 38.5, -95.9, 3_800); // near Topeka: kept but for the rule
        Place west = town("west", "West", "US", "TX", 31.8, -97.09, 2_800); // so that "West" is a name, as in the real gazetteer
        ParsedArticle p = parse("The Scott West Panthers won in Topeka against Kansas Southern University.", scott, west, TOPEKA, KANSAS);

        assertEquals(List.of("Topeka", "Kansas"), names(p));
    }

    @Test
    void aCarMakeAfterAModelYearOrAColourIsNotAPlace() {
        Place cadillac = town("cadillac", "Cadillac", "US", "KS", 38.9, -95.9, 10_000);
        Place dodge = town("dodge", "Dodge", "US", "KS", 39.0, -95.5, 600);
        ParsedArticle p = parse("Police in Topeka stopped a 2001 Cadillac and a red Dodge pickup.", cadillac, dodge, TOPEKA);

        assertEquals(List.of("Topeka"), names(p));
    }

    @Test
    void kinNounsAndPossessorsIntroduceThingsThatAreNotPlaces() {
        Place kate = town("kate", "Kate", "US", "KS", 38.0, -97.5, 500);
        Place ford = town("ford", "Ford", "US", "KS", 37.6, -99.75, 200);
        ParsedArticle p = parse("His widow Kate spoke in Topeka, near the old Moore's Ford bridge. Kate thanked Kansas.",
                kate, ford, TOPEKA, KANSAS);

        assertEquals(List.of("Topeka", "Kansas"), names(p));
    }

    @Test
    void adjectivesInAlAndPeoplesAreNotSmallTowns() {
        // the towns lie in Kansas, beside Topeka, so the weak-town rule alone would keep them
        Place continental = town("continental", "Continental", "US", "KS", 39.0, -95.8, 1_100);
        Place adena = town("adena", "Adena", "US", "KS", 39.1, -95.7, 750);
        ParsedArticle p = parse("In Topeka, the board approved Continental again. The Adena people's mounds drew visitors from Kansas.",
                continental, adena, TOPEKA, KANSAS);

        assertEquals(List.of("Topeka", "Kansas"), names(p));
    }

    @Test
    void aTeamAfterWinOverIsNotAPlaceButACountyIs() {
        Place hutchinson = town("hutchinson", "Hutchinson", "US", "KS", 38.06, -97.93, 41_000);
        ParsedArticle p = parse("Topeka clinched it with a 38-19 win over Hutchinson in Kansas. It was a loss to "
                + "Hutchinson County voters.", hutchinson, TOPEKA, KANSAS);

        assertEquals(List.of("Topeka", "Kansas", "Hutchinson County"), names(p));
    }

    // issue 9 item 7: things named after places. The ship and source tests fail with the rule switched off
    // (NameEvidence.isNamedThing returning false), checked when the rule was written; the storm test passed
    // without it too (an earlier rule already refuses that "Maria"), so it guards the behaviour only.

    @Test
    void aStormNamedLikeATownIsNotTheTown() {
        Place maria = town("maria", "Maria", "PH", "", 9.2, 123.6, 40_000);
        ParsedArticle p = parse("Hurricane Maria flooded homes near Topeka.", maria, TOPEKA);

        assertEquals(List.of("Topeka"), names(p));
    }

    @Test
    void shipsAfterAShipNounOrPrefixAndDownTheirListAreNotPlaces() {
        Place yelnya = town("yelnya", "Yelnya", "RU", "", 54.58, 33.17, 40_000);
        Place carney = town("carney", "Carney", "US", "OK", 35.8, -97.0, 20_000);
        ParsedArticle p = parse("Warships such as the Admiral Gorshkov and Yelnya sailed from Topeka, and the USS Carney "
                + "followed.", yelnya, carney, TOPEKA);

        assertEquals(List.of("Topeka"), names(p));
    }

    @Test
    void aPlaceAfterAShipNounInAnotherSentenceIsStillAPlace() {
        ParsedArticle p = parse("The crew left the ship. Topeka and Salina mourned them.", TOPEKA, SALINA);

        assertEquals(List.of("Topeka", "Salina"), names(p));
    }

    @Test
    void aSourceCitedAfterAccordingToIsNotATownOfThatName() {
        Place jazeera = town("jazeera", "Al Jazeera", "IQ", "", 34.0, 43.0, 20_000);
        ParsedArticle p = parse("Fighting spread to Topeka, according to Al Jazeera, and to Kansas, according to Ohio.",
                jazeera, TOPEKA, KANSAS, OHIO);

        assertEquals(List.of("Topeka", "Kansas", "Ohio"), names(p));
    }

    @Test
    void aClubNamedAfterItsCityIsNotTheCityButTheCityAloneStaysAPlace() {
        Place madrid = city("madrid", "Madrid", "ES", 40.42, -3.70, 3_255_000);
        Place aston = town("aston", "Aston", "GB", "ENG", 52.5, -1.88, 20_000);
        Place manchester = city("manchester", "Manchester", "GB", 53.48, -2.24, 395_000);
        Place real = town("real", "Real", "PH", "", 14.66, 121.6, 35_000);
        Place blackburn = town("blackburn", "Blackburn", "GB", "ENG", 53.75, -2.48, 117_000);
        ParsedArticle p = parse("Real Madrid beat Aston Villa in Topeka, and Blackburn Rovers played Manchester United. Fans "
                + "flew home to Madrid.", madrid, aston, manchester, real, blackburn, TOPEKA);

        // "United" also names churches and civic groups: Manchester stays, as an associative mention
        assertEquals(List.of("Topeka", "Manchester", "Madrid"), names(p));
    }

    @Test
    void aNameRightAfterSaidThatEndsTheClauseIsTheSpeaker() {
        Place jackson = town("jackson", "Jackson", "US", "MS", 32.3, -90.18, 160_000);
        ParsedArticle p = parse("\"We will rebuild,\" said Jackson. Crews reached Topeka and Jackson, Mississippi, later, "
                + "said Ohio officials.", jackson, TOPEKA, OHIO);

        assertEquals(List.of("Topeka", "Jackson", "Ohio"), names(p));
    }

    @Test
    void aClimatePatternNamedLikeATownIsNotTheTown() {
        Place nino = town("nino", "El Niño", "MX", "", 20.0, -99.0, 3_000);
        Place nina = town("nina", "La Niña", "CO", "", 5.0, -75.0, 3_000);
        ParsedArticle p = parse("El Niño brought rain to Topeka, and La Niña may follow.", nino, nina, TOPEKA);

        assertEquals(List.of("Topeka"), names(p));
    }

    @Test
    void aSourceCitedByOrToldIsNoTownEvenWhenAStateSharesTheNameFurtherDown() {
        Place jazeera = town("jazeera", "Al Jazeera", "IQ", "", 34.0, 43.0, 42_000);
        // GeoNames and Natural Earth: Sudan's Gezira state is also "Al Jazeera", a weaker reading than the Iraqi town
        Place gezira = state("gezira", "Gezira", "SD", "11", 14.68, 33.33, "Al Jazeera");
        for (String text : List.of("Fighting spread to Topeka, according to Al Jazeera.",
                "Fighting spread to Topeka, as cited by Al Jazeera.", "Fighting spread to Topeka, a survivor told Al Jazeera.")) {
            assertEquals(List.of("Topeka"), names(parse(text, jazeera, gezira, TOPEKA)), text);
        }
        // a place named so, not cited, stays a place
        assertEquals(List.of("Al Jazeera", "Topeka"), names(parse("Residents of Al Jazeera fled to Topeka.", jazeera, gezira, TOPEKA)));
    }

    @Test
    void aSourceCitedWithAnotherSourceIsStillASource() {
        Place jazeera = town("jazeera", "Al Jazeera", "IQ", "", 34.0, 43.0, 20_000);
        ParsedArticle p = parse("Fighting spread to Topeka, according to Al Jazeera and the BBC.", jazeera, TOPEKA);

        assertEquals(List.of("Topeka"), names(p));
    }

    @Test
    void aFeatureOfAPlaceIsOneNameNotThePlaceAfterOf() {
        // "the Firth of Forth" is the estuary, not the Scottish village Forth; unknown to the gazetteer, it stays
        // one unresolved name. A known name of that shape resolves as a whole.
        Place forth = town("forth", "Forth", "GB", "SCT", 55.76, -3.69, 1_500);
        Place may = town("may", "May", "US", "OK", 36.6, -99.75, 40);
        Place aden = new Place("test:aden-gulf", "Gulf of Aden", List.of(), new org.placemap.distance.GeoPoint(12, 48),
                org.placemap.gazetteer.PlaceKind.SEA, "H", "GULF", "", "", 0);
        ParsedArticle p = parse("The ship sank in the Firth of Forth near the Isle of May, far from the Gulf of Aden and Topeka.",
                forth, may, aden, TOPEKA);

        assertEquals(List.of("Firth of Forth", "Isle of May", "Gulf of Aden", "Topeka"), names(p));
        assertEquals("unresolved", placeOf(p, "Firth of Forth"));
        assertEquals("test:aden-gulf", placeOf(p, "Gulf of Aden"));
    }

    @Test
    void aBrandNamedLikeATownIsTheMakerUnlessAPrepositionPlacesIt() {
        Place toyota = city("toyota", "Toyota", "JP", 35.08, 137.15, 422_000);
        ParsedArticle p = parse("Toyota said sales rose in Topeka. Workers went on strike.", toyota, TOPEKA);

        assertEquals(List.of("Topeka"), names(p));
        // one sense per article: placed once ("in Toyota"), every mention is the city
        assertEquals(List.of("Toyota", "Toyota"), names(parse("Toyota grew. Workers at the plant in Toyota went on strike.", toyota)));
        assertEquals(List.of("Toyota", "Toyota"), names(parse("Toyota (Japanese: 豊田市) is a city in Aichi. Toyota grew.", toyota)));
    }

    private static final Place VERNON_BC = town("vernon-bc", "Vernon", "CA", "02", 50.27, -119.27, 40_000);
    private static final Place VERNON_FR = town("vernon-fr", "Vernon", "FR", "", 49.09, 1.49, 24_000);
    private static final Place VERNON_TX = town("vernon-tx", "Vernon", "US", "TX", 34.15, -99.27, 11_000);
    private static final Place SALMON_ARM = town("salmon-arm", "Salmon Arm", "CA", "02", 50.70, -119.27, 17_000);

    @Test
    void aNameTheArticleMeasuresADistanceFromIsAPlaceEvenWhenNothingElseSupportsIt() {
        ParsedArticle p = parse("The fire is located 34 kilometres northwest of Vernon and is still growing.",
                VERNON_BC, VERNON_FR, VERNON_TX);

        assertEquals(List.of("Vernon"), names(p));
        // without the distance the lone given name with namesakes abroad is still dropped as a likely person
        assertEquals(List.of(), names(parse("Vernon is still growing.", VERNON_BC, VERNON_FR, VERNON_TX)));
    }

    @Test
    void aSurnameReadOnlyFromALookAlikeFullNameYieldsToADistanceMeasuredFromTheWord() {
        // "Athough Vernon": a typo at a sentence start looks like a given name and a surname
        String text = "Athough Vernon has little room left for evacuees, Salmon Arm can take more.\n\n"
                + "The fire is located 34 kilometres northwest of Vernon.";
        ParsedArticle p = parse(text, VERNON_BC, VERNON_FR, VERNON_TX, SALMON_ARM);

        assertEquals(List.of("Vernon", "Salmon Arm", "Vernon"), names(p));
        assertEquals("test:vernon-bc", placeOf(p, "Vernon"));
        // a person named in full and then by surname stays a person where no distance is measured from the name
        assertEquals(List.of("Salmon Arm"), names(parse("Mayor Victor Cumming said Salmon Arm can take more. Cumming"
                + " said so.", SALMON_ARM, town("cumming", "Cumming", "US", "GA", 34.2, -84.14, 7_000))));
    }

    @Test
    void aNamePlacedByTheDistanceAfterItIsAPlaceEvenWhenNothingElseSupportsIt() {
        // claims sample 57 (Armenian press): "Shushi is located about six kilometers south of …" dropped Shushi as a
        // likely non-place: a small town's other name, alone in its article, and the distance measured *from* it
        Place shusha = town("shusha", "Shusha", "AZ", "", 39.76, 46.75, 18_662, "Shushi");
        Place lachin = town("lachin", "Lachin", "AZ", "", 39.64, 46.55, 8_000);
        assertEquals(List.of("Shushi"), names(parse("Shushi is located about six kilometers south of the lake.", shusha)));
        assertEquals(List.of("Shushi"), names(parse("Crowds filled Shushi, 40 miles north of the lake, on Monday.", shusha)));
        assertEquals(List.of("Lachin"), names(parse("Lachin lies some 12 km (7 miles) to the east of the lake.", lachin)));
        // without the distance, or with one that does not place the name (a length, a walk), it is dropped as before
        assertEquals(List.of(), names(parse("Shushi is quiet.", shusha)));
        assertEquals(List.of(), names(parse("Lachin is 12 km long.", lachin)));
        assertEquals(List.of(), names(parse("Lachin walked 12 km to the lake.", lachin)));
    }

    @Test
    void aNameRightAfterTheWordCapitalIsTheCityNotTheRegionOfItsName() {
        // claims sample 57: "the Nagorno-Karabakh regional capital, Stepanakert" read the region Natural Earth names
        // Stepanakert (a tenth of a point above the city GeoNames files as Xankandi, Stepanakert among its other names)
        // and then dropped both as weak; "capital" before a name asks for a town, as "the city of" does
        Place region = state("stepanakert-region", "Stepanakert", "AZ", "99", 39.83, 46.77);
        Place city = town("xankandi", "Xankandi", "AZ", "", 39.82, 46.75, 53_100, "Stepanakert");
        assertEquals("test:xankandi", placeOf(parse("Shells fell on the regional capital, Stepanakert, on Sunday.", region,
                city), "Stepanakert"));
        assertEquals("test:xankandi", placeOf(parse("Shells fell on the Armenian capital Stepanakert.", region, city),
                "Stepanakert"));
        // a full stop parts the word from the next sentence's name: no cue there
        assertEquals(describe(parse("They left. Stepanakert was shelled.", region, city)),
                describe(parse("They left the capital. Stepanakert was shelled.", region, city)));
    }

    private static List<String> describe(ParsedArticle p) {
        return p.mentions().stream().map(m -> m.text() + "=" + (m.place() == null ? "-" : m.place().id())).toList();
    }

    @Test
    void aTownAfterInOrNearIsKeptThoughNothingElseInTheArticleSupportsIt() {
        assertEquals(List.of("Vernon"), names(parse("The fire burned near Vernon on Monday.", VERNON_BC, VERNON_FR, VERNON_TX)));
        assertEquals(List.of("Vernon"), names(parse("Officials in Vernon met on Monday.", VERNON_BC, VERNON_FR, VERNON_TX)));
        // a person's name after "in" is still no place when the article calls it a person
        assertEquals(List.of(), names(parse("Vernon said the fire was out. Trust in Vernon grew.", VERNON_BC, VERNON_FR,
                VERNON_TX)));
    }

    @Test
    void aPlaceWhosePossessiveOpensAnInstitutionsNameIsThatPlaceButAGivenNameStaysAPerson() {
        assertEquals(List.of("Salmon Arm"), names(parse("Officials said Salmon Arm's Emergency Support Services had room.",
                SALMON_ARM)));
        // "Jay's Emergency Services": a given name of one word owns a firm, not the town of Jay
        assertEquals(List.of("Topeka"), names(parse("Jay's Emergency Services opened in Topeka on Monday.", JAY, TOPEKA)));
        // "Moore's Ford": a possessor before a capitalised name that is no institution is still no place
        Place moore = town("moore", "Moore", "US", "OK", 35.34, -97.49, 62_000);
        assertEquals(List.of("Topeka"), names(parse("They met at Moore's Ford near Topeka.", moore, TOPEKA)));
    }

    @Test
    void aTownOfSeveralWordsAfterTheBeforeANounModifiesItButABuildingOpeningASentenceIsStillNoPlace() {
        Place mooseJaw = town("moosejaw", "Moose Jaw", "CA", "11", 50.39, -105.53, 33_000);
        Place casablanca = TestPlaces.city("casa", "Casablanca", "MA", 33.59, -7.62, 3_100_000, "White House");
        assertEquals(List.of("Moose Jaw"), names(parse("Officers from the Moose Jaw detachment were called to a crash.",
                mooseJaw, casablanca)));
        // a name that is only another name of the town ("White House" for Casablanca) stays a building, before a noun
        // and where "The" opens the sentence
        assertEquals(List.of(), names(parse("He walked on the White House lawn.", mooseJaw, casablanca)));
        assertEquals(List.of(), names(parse("Talks\n\nThe White House said so.", mooseJaw, casablanca)));
        // before a verb the town's own name after "the" is a building or firm, as before
        assertEquals(List.of(), names(parse("Officials said the Moose Jaw said no.", mooseJaw)));
    }

    @Test
    void aCanadianProvincesPressAbbreviationAfterACommaIsTheProvince() {
        Place sask = state("sk", "Saskatchewan", "CA", "11", 54.0, -106.0);
        Place manitoba = state("mb", "Manitoba", "CA", "03", 55.0, -97.0);
        Place mooseJaw = town("moosejaw", "Moose Jaw", "CA", "11", 50.39, -105.53, 33_000);
        ParsedArticle p = parse("A crash near Moose Jaw, Sask., killed two.", sask, manitoba, mooseJaw);

        assertEquals(List.of("Moose Jaw", "Sask."), names(p));
        assertEquals("test:sk", placeOf(p, "Sask."));
        // without its dot, or away from a comma, the word is a word
        assertEquals(List.of(), names(parse("He spoke to the man. Then Smith, Man of the Year, left.", sask, manitoba)));
    }

    @Test
    void aPortNamedAfterAPlaceIsThatPlaceAndACouncilAfterACityAliasIsTheCity() throws Exception {
        // the shipped gazetteer: GeoNames gives a Mongolian village the other name "Port of Los", which took "Port of
        // Los" out of "Port of Los Angeles"; and the words of a well-known city's name are no first name
        GeoParser real = Parsing.shipped();
        ParsedArticle port = real.parse("a.txt", "Ships\n\nDelays will grow, Port of Los Angeles Executive Director Gene "
                + "Seroka said in California.\n");
        assertEquals(List.of("Los Angeles", "California"), names(port));
        assertEquals("US", port.mentions().getFirst().place().countryCode());
        // a place whose own name is the whole phrase keeps it
        ParsedArticle spain = real.parse("b.txt", "Trade\n\nThe ship sailed from Port of Spain to Bridgetown.\n");
        assertEquals(List.of("Port of Spain", "Bridgetown"), names(spain));
        // "Limerick City and County Council": the city's other name and a council after it name the city
        ParsedArticle council = real.parse("c.txt", "Roads\n\nThe plan was approved by Limerick City and County Council "
                + "in Ireland.\n");
        assertEquals(List.of("Limerick", "Ireland"), names(council));
    }

    @Test
    void aDemonymThatIsTheSurnameOfATitledPersonIsThatPersonThroughoutTheArticle() throws Exception {
        // news11 (L'Orient Today, Nabatieh strikes): "Nabatieh Governor Hwaida Turk confirmed …", then "According to
        // Turk, …": both were read as Turkey. A demonym after two unknown capitalised words ("Fresh Russian shelling")
        // stays the country: only a title, person noun or given name makes the surname.
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Strikes\n\nIn Nabatieh, Governor Hwaida Turk confirmed that six people "
                + "were killed. According to Turk, civilians were also in the municipality near Lebanon's border.\n");
        assertEquals(List.of("Nabatieh", "Lebanon"), names(p));
        ParsedArticle speaker = real.parse("c.txt", "Aid\n\nAid reached Idlib. Syrians told Reuters the convoy was late, "
                + "and Syrians in Turkey waited.\n");
        assertEquals(List.of("Idlib", "Syrians", "Syrians", "Turkey"), names(speaker)); // a speaker is no titled person
        ParsedArticle shelling = real.parse("b.txt", "Kherson\n\nKYIV (Reuters) — Fresh Russian shelling killed at least "
                + "three people in Kherson.\n");
        assertEquals(List.of("Kherson", "KYIV", "Russian", "Kherson"), names(shelling));
    }

    @Test
    void aHistoricAdjectiveBeforeANounIsNotTheTownThatSharesIt() throws Exception {
        // news11 (Tirana Times): "The ancient Roman amphitheatre in the coastal city of Durres" placed Roman, a city
        // of 69,000 in Romania; "Roman Empire" then left "Empire" (California). Described as a town, Roman stays.
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Festival\n\nThe ancient Roman amphitheatre in the coastal city of Durres "
                + "hosted the festival, a legacy of the Roman Empire.\n");
        assertEquals(List.of("Durres"), names(p));
        ParsedArticle town = real.parse("b.txt", "Romania\n\nRoman, a city in Neamț County, lies on the Moldova river.\n");
        assertEquals("geonames:668732", placeOf(town, "Roman"));
    }

    @Test
    void aStormWordAloneIsTheWeatherNotTheTownUnlessItsStateFollows() throws Exception {
        // news11 (Jamaica Observer): "as the 2025 North Atlantic Hurricane season nears" placed Hurricane, Utah, and
        // "North Atlantic" Atlantic, Iowa; "in Hurricane, Utah" names the town
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Councillors\n\nThere is concern among councillors in Jamaica as the 2025 "
                + "North Atlantic Hurricane season nears.\n");
        assertEquals(List.of("Jamaica", "North Atlantic"), names(p));
        assertEquals("geonames:3411923", placeOf(p, "North Atlantic")); // the North Atlantic Ocean, GeoNames
        ParsedArticle town = real.parse("b.txt", "Utah\n\nResidents of Hurricane, Utah, were told to leave.\n");
        assertEquals("geonames:5540831", placeOf(town, "Hurricane"));
    }

    @Test
    void aSeaIsTheSeaOfItsOwnNameNotAnotherThatGeoNamesAlsoCallsSo() throws Exception {
        // GeoNames lists "North Sea" among the Caribbean Sea's alternate names, and the Caribbean's larger extent ranked
        // it first (WikToR: "the North Sea" placed at 15° N, 75° W)
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Shipping\n\nThe trawler sank in the North Sea off Norway.\n");
        assertEquals("geonames:2960848", placeOf(p, "North Sea"));
    }

    @Test
    void aPlaceWhoseNameOpensWithAFunctionWordIsFoundWhole() throws Exception {
        // news11 (Jamaica Observer): "MAY PEN, Clarendon — There is increased concern …": "May" is a modal, so no
        // window started there and neither the dateline nor "the town of May Pen" was found (GeoNames 3489523)
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Councillors concerned\n\nMAY PEN, Clarendon — Councillors met in the town "
                + "of May Pen on Monday. It may rain in Kingston.\n");
        assertEquals(List.of("MAY PEN", "Clarendon", "May Pen", "Kingston"), names(p));
        assertEquals("geonames:3489523", placeOf(p, "May Pen"));
        assertEquals("geonames:3489523", placeOf(p, "MAY PEN"));
    }

    @Test
    void mediaAfterAnOutletsNameIsTheOutletNotThePennsylvaniaBorough() throws Exception {
        // news11 (Trinidad and Tobago Guardian): "residents who spoke with Guardian Media" placed Media, Pennsylvania
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Floods\n\nResidents of Penal who spoke with Guardian Media complained.\n");
        assertEquals(List.of("Penal"), names(p));
    }

    @Test
    void aTownAfterTheThatOpensAListOfPlacesIsAPlaceNotAnInstitution() throws Exception {
        // news11 (Connacht Tribune): "municipal councils in the Tuam, Ballinasloe, Loughrea, Athenry-Oranmore and
        // Connemara municipal districts": "the Tuam," before a comma was read like "The White House," (an institution)
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Councils\n\nThere are municipal councils in the Tuam, Ballinasloe and "
                + "Loughrea municipal districts of Galway.\n");
        assertEquals("geonames:2961099", placeOf(p, "Tuam"));
    }

    @Test
    void anLgaAfterANameIsNigeriasLocalGovernmentAreaNamedAfterItsSeat() throws Exception {
        // news10 (Daily Post, Nasarawa): "in Obi LGA of Nasarawa State": the all-caps "LGA" was an acronym that made
        // "Obi" a name; as an admin cue it keeps the mention, placed at the seat the area is named after
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Killings\n\nGunmen killed ten people in Obi LGA of Nasarawa State on "
                + "Monday.\n");
        assertEquals(List.of("Obi LGA", "Nasarawa State"), names(p));
        assertEquals("geonames:2328290", placeOf(p, "Obi LGA"));
    }

    @Test
    void aSpanishRangeAndItsNameAreOneFeatureNotTheTownOfItsHead() throws Exception {
        // news11 (Sur in English): "the Sierra de Cabras" placed Sierra Papacal, Yucatán, by its head word "Sierra";
        // unknown as a whole, it stays one unresolved mention. A range the gazetteer knows whole is found as before.
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Water\n\nThe water comes from springs in the Sierra de Cabras near "
                + "Malaga.\n");
        assertEquals(List.of("Sierra de Cabras", "Malaga"), names(p));
        assertEquals("unresolved", placeOf(p, "Sierra de Cabras"));
        ParsedArticle known = real.parse("b.txt", "Snow\n\nSnow closed the roads of the Sierra Nevada in Spain.\n");
        assertEquals(List.of("Sierra Nevada", "Spain"), names(known));
    }

    @Test
    void indianBeforeBandOrActIsNorthAmericasFirstNationsNotIndia() throws Exception {
        // news12 (Windspeaker): "evacuation orders … for Shackan Indian Band, Coldwater Indian Band"; news6: "Okanagan
        // Indian Band land": each "Indian" was a mention of India. "The Indian community in Dubai" stays India.
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Floods\n\nEvacuation orders are in place for the Coldwater Indian Band "
                + "near Merritt, British Columbia, under the Indian Act.\n");
        assertEquals(List.of("Merritt", "British Columbia"), names(p));
        ParsedArticle india = real.parse("b.txt", "Gulf\n\nThe Indian community in Dubai celebrated.\n");
        assertEquals(List.of("Indian", "Dubai"), names(india));
        ParsedArticle reserves = real.parse("c.txt", "Markets\n\nIndian reserves of foreign exchange rose in Mumbai.\n");
        assertEquals(List.of("Indian", "Mumbai"), names(reserves));
    }

    @Test
    void theFirstWordOfAnOceansNameIsTheOceanNotASmallTownNamedAfterIt() throws Exception {
        // news12 (SeaNews, a Maersk rotation): "the operation split into Pacific and Atlantic legs" beside US ports
        // placed Pacific, Missouri and Atlantic, Iowa
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Shipping\n\nLow Panama Canal water levels saw the operation split into "
                + "Pacific and Atlantic legs, with calls at Charleston and Savannah.\n");
        assertEquals("geonames:2363254", placeOf(p, "Pacific"));
        assertEquals("geonames:3373405", placeOf(p, "Atlantic"));
    }

    @Test
    void georgiaAmongUsStatesIsTheStateAndAloneOrBesideTbilisiTheCountry() throws Exception {
        // news12 (Law.com): "10 offices across Kentucky, Tennessee, Georgia, Indiana and Virginia" read the Caucasus
        // country: its prior (population and area) was 4.7 points above the state's, more than any context adds
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Firms\n\nThe firm has 10 offices across Kentucky, Tennessee, Georgia, "
                + "Indiana and Virginia.\n");
        assertEquals("naturalearth:USA-3543", placeOf(p, "Georgia"));
        ParsedArticle caucasus = real.parse("b.txt", "War\n\nRussian troops entered Georgia in 2008, and Tbilisi protested.\n");
        assertEquals("geonames:614540", placeOf(caucasus, "Georgia"));
        ParsedArticle alone = real.parse("c.txt", "Talks\n\nGeorgia said it would hold talks.\n");
        assertEquals("geonames:614540", placeOf(alone, "Georgia"));
    }

    @Test
    void aStateInAListOfStatesIsTheStateNotATownOfItsNameThatAnotherListedStateHolds() throws Exception {
        // GeoVirus (a recall of pistachios and a bee disorder): "identified in … states including Georgia, Oklahoma,
        // Pennsylvania, Wisconsin and California" read California, Pennsylvania: the listed Pennsylvania lent the small
        // town its region's focus. A town named like a state of its own country gains that only when most of the
        // article's other names lie in its region.
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Bees\n\nThe disorder has been identified in a geographically diverse group "
                + "of states including Georgia, Oklahoma, Pennsylvania, Wisconsin and California.\n");
        assertEquals("naturalearth:USA-3521", placeOf(p, "California"));
    }

    @Test
    void hcmCityIsHoChiMinhCityAsVietnamsOwnPressWritesIt() throws Exception {
        // news11 (VietnamPlus, an AFC Cup report): "HCM City bag more win at AFC Cup" and three more "HCM City": GeoNames
        // lists no such alternate name of Ho Chi Minh City (geonames:1566083), so none was found
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Football\n\nHCM City beat Hougang United in Singapore on Tuesday.\n");
        assertEquals("geonames:1566083", placeOf(p, "HCM City"));
    }

    @Test
    void aHyphenatedPairOfNamesIsTheCountryOrRegionNamedWithAnd() throws Exception {
        // news15 (Iran Press): "Sistan-Balouchestan", "Sistan-Baluchestan" for the province GeoNames and Natural Earth
        // call "Sistan and Baluchestan"; news writes "Bosnia-Herzegovina" as often. No key matched the hyphenated form.
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Floods\n\nHeavy rains hit Sistan-Balouchestan in southeastern Iran, and "
                + "floods also hit Bosnia-Herzegovina on Monday.\n");
        assertEquals("naturalearth:IRN-3247", placeOf(p, "Sistan-Balouchestan"));
        assertEquals("geonames:3277605", placeOf(p, "Bosnia-Herzegovina"));
        // a party tag before a city keeps to exact matches: "R-Raleigh" is no spelling of Raleigh
        ParsedArticle tag = real.parse("b.txt", "Vote\n\nSen. Smith, R-Raleigh, voted against the bill in Raleigh.\n");
        assertThat(tag.mentions()).noneMatch(m -> m.text().equals("R-Raleigh"));
    }

    @Test
    void theRedCrossIsTheMovementUnlessItsStateFollows() throws Exception {
        // news15 and news16: "the Uganda Red Cross", "the Croatian Red Cross", "the American Red Cross" read Red Cross,
        // North Carolina (742 people), kept as a weak multi-word winner
        GeoParser real = Parsing.shipped();
        ParsedArticle p = real.parse("a.txt", "Floods\n\nA spokesperson for the Uganda Red Cross said homes were lost "
                + "in Kasese. A Red Crescent team arrived later.\n");
        assertThat(p.mentions()).noneMatch(m -> m.text().startsWith("Red C"));
        assertEquals("geonames:226074", placeOf(p, "Uganda"));
        ParsedArticle town = real.parse("b.txt", "Towns\n\nRed Cross, North Carolina, is a small town.\n");
        assertEquals("geonames:4487360", placeOf(town, "Red Cross"));
    }
}
