package org.placemap.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.TestPlaces.city;
import static org.placemap.geoparse.TestPlaces.country;
import static org.placemap.geoparse.TestPlaces.state;
import static org.placemap.geoparse.TestPlaces.town;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention.Form;

/**
 * Places inside organisation and title phrases (issue 9, cause 3): "Chicago police", "the Ohio governor",
 * "Qatar Airways", "the New York Times" name the place as the modifier of a body. The place is a mention
 * (mapped, counted, exported) with the form {@code ASSOCIATIVE}, so a reader can tell it from a literal
 * place; a multi-word place is never cut by the rule, and a same-name literal mention elsewhere keeps its
 * own form.
 */
class AssociativeMentionsTest {
    private static final Place CHICAGO = city("chi", "Chicago", "US", 41.88, -87.63, 2_700_000);
    private static final Place OHIO = state("oh", "Ohio", "US", "OH", 40.4, -82.7);
    private static final Place NEW_YORK = city("nyc", "New York", "US", 40.71, -74.0, 8_000_000);
    private static final Place YORK = city("york", "York", "GB", 53.96, -1.08, 150_000);
    private static final Place QATAR = country("QA", "Qatar", 25.5, 51.25, 2_700_000);
    private static final Place DOHA = city("doha", "Doha", "QA", 25.29, 51.53, 1_400_000);
    private static final Place CAPE_TOWN = city("ct", "Cape Town", "ZA", -33.93, 18.42, 3_400_000);
    private static final Place KUWAIT_CITY = city("kwc", "Kuwait City", "KW", 29.37, 47.98, 60_000);
    private static final Place KUWAIT = country("KW", "Kuwait", 29.5, 47.75, 4_000_000);
    private static final Place GEORGETOWN = city("gt", "Georgetown", "GY", 6.8, -58.16, 235_000);

    private static List<String> forms(ParsedArticle p) {
        return p.mentions().stream().map(m -> m.text() + ":" + m.form()).toList();
    }

    @Test
    void aCityPoliceAndAStateGovernorAreAssociativeMentionsOfThePlaceAndTheLiteralOneStaysLiteral() {
        ParsedArticle p = parse("Chicago police said the Ohio governor will visit Chicago on Friday.", CHICAGO, OHIO);

        assertThat(forms(p)).containsExactly("Chicago:ASSOCIATIVE", "Ohio:ASSOCIATIVE", "Chicago:NAME");
        assertThat(p.mentions()).allSatisfy(m -> assertThat(m.place()).isNotNull());
        assertThat(p.mentions().get(0).place().id()).isEqualTo(p.mentions().get(2).place().id());
    }

    @Test
    void aNewspaperNamedAfterAWellKnownPlaceNamesThePlaceAsAModifierAndIsNotSplitIntoPlaces() {
        ParsedArticle p = parse("She read it in the New York Times while in York.", NEW_YORK, YORK);

        assertThat(forms(p)).containsExactly("New York:ASSOCIATIVE", "York:NAME");
        assertThat(p.mentions().get(0).place().id()).isEqualTo(NEW_YORK.id());
    }

    @Test
    void aNewspaperOrOfficeNamedByAnotherNameOfAPlaceIsNotThatPlace() {
        // a well-known place that merely lists "White House" among its other names
        Place listed = city("fallston", "Fallston", "US", 39.5, -76.4, 3_000_000, "White House");
        ParsedArticle p = parse("White House Press Secretary Tony Snow spoke in Chicago.", listed, CHICAGO);

        assertThat(forms(p)).containsExactly("Chicago:NAME");
    }

    @Test
    void aGivenNameBeforeAMediaWordIsAPersonNotANewspaperOfAPlace() {
        Place linda = city("linda", "Linda", "US", 39.13, -121.55, 3_000_000);
        ParsedArticle p = parse("Callers get help, according to Linda Daily, director of the Chicago office.", linda, CHICAGO);

        assertThat(forms(p)).containsExactly("Chicago:NAME");
    }

    @Test
    void anAirlineNamedAfterItsCountryIsAnAssociativeMentionOfTheCountry() {
        ParsedArticle p = parse("Qatar Airways resumed flights from Doha on Monday.", QATAR, DOHA);

        assertThat(forms(p)).containsExactly("Qatar:ASSOCIATIVE", "Doha:NAME");
    }

    @Test
    void aMultiWordPlaceIsNeverCutByTheRuleAndIsAssociativeOnlyBeforeABody() {
        ParsedArticle p = parse("Officials from Cape Town met Kuwait City officials in Georgetown on Sunday.",
                CAPE_TOWN, KUWAIT_CITY, KUWAIT, GEORGETOWN);

        assertThat(forms(p)).containsExactly("Cape Town:NAME", "Kuwait City:ASSOCIATIVE", "Georgetown:NAME");
    }

    @Test
    void punctuationOrAPossessiveBetweenNameAndNounLeavesTheNameLiteral() {
        Place topeka = town("topeka", "Topeka", "US", "KS", 39.05, -95.68, 127_000);
        ParsedArticle p = parse("In Chicago, police said nothing. Topeka's governor did not come to Ohio.", CHICAGO, topeka, OHIO);

        assertThat(forms(p)).containsExactly("Chicago:NAME", "Topeka:NAME", "Ohio:NAME");
    }

    /** "Ohio Governor Mike DeWine": a capitalised title of the place's own office after it. */
    @Test
    void aPlaceBeforeTheTitleOfItsOwnOfficeIsAssociative() {
        ParsedArticle p = parse("Storms\n\nOn Monday, Ohio Governor Mike DeWine visited Chicago.", OHIO, CHICAGO);
        assertThat(p.mentions()).extracting(Mention::text, Mention::form)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ohio", Form.ASSOCIATIVE),
                        org.assertj.core.groups.Tuple.tuple("Chicago", Form.NAME));
    }

    /**
     * "Lismore MP Thomas George": a member for a constituency, like a town's police, belongs to a place however small;
     * a minister's title after a small town's name still does not make it one (below: "the Federal Agriculture Minister").
     */
    @Test
    void aSmallTownBeforeItsMembersTitleIsAssociative() {
        Place lismore = town("lismore", "Lismore", "AU", "02", -28.81, 153.28, 27_000);
        Place nsw = state("nsw", "New South Wales", "AU", "02", -32.0, 147.0);
        ParsedArticle p = parse("Floods\n\nRivers rose across New South Wales, and Lismore MP Thomas George said "
                + "evacuations had begun.", lismore, nsw);
        assertThat(p.mentions()).extracting(Mention::text, Mention::form)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("New South Wales", Form.NAME),
                        org.assertj.core.groups.Tuple.tuple("Lismore", Form.ASSOCIATIVE));
    }

    /** "Pakistan Defence Minister Khwaja Asif": the title may come a word later; a small town's name is not so read. */
    @Test
    void aCountryBeforeAPortfolioAndTitleIsAssociativeButASmallTownIsNot() {
        Place pakistan = country("PK", "Pakistan", 30.0, 70.0, 220_000_000);
        Place federal = town("federal", "Federal", "AU", "02", -28.65, 153.45, 661);
        ParsedArticle p = parse("Talks\n\nThe talks failed. Pakistan Defence Minister Khwaja Asif said so, and the Federal"
                + " Agriculture Minister agreed.", pakistan, federal);
        assertThat(p.mentions()).extracting(Mention::text, Mention::form)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Pakistan", Form.ASSOCIATIVE));
    }

    @Test
    void aNameBeforeALowerCasePartyIsThePartysNameUnlessItIsACountryOrStateOrAGatheringThere() {
        // a new user's trial (BBC, Mexico's 2024 election): "Ms Sheinbaum's Morena party" had put Morena, India
        // (200,000 people) on the map
        Place morena = city("morena", "Morena", "IN", 26.5, 78.0, 200_483);
        Place mexico = country("MX", "Mexico", 23.0, -102.0, 126_000_000);
        assertThat(forms(parse("Vote\n\nMs Sheinbaum's Morena party has claimed victory in Mexico.", morena, mexico)))
                .containsExactly("Mexico:NAME");
        Place texas = state("tx", "Texas", "US", "TX", 31.1, -98.8);
        Place austin = town("austin", "Austin", "US", "TX", 30.27, -97.74, 960_000);
        assertThat(forms(parse("Vote\n\nThe Texas party chairman met voters in Austin.", texas, austin)))
                .containsExactly("Texas:NAME", "Austin:NAME");
        Place arlington = town("arlington", "Arlington", "US", "TX", 32.74, -97.11, 390_000);
        assertThat(forms(parse("Crime\n\nA man was hurt after an altercation at an Arlington party in Texas.", arlington, texas)))
                .containsExactly("Arlington:NAME", "Texas:NAME");
    }

    @Test
    void aCountryBeforeANavyASurveyOrAnEmbassyModifiesThatBody() {
        Place us = country("US", "United States", 39.76, -98.5, 327_000_000, "US", "U.S.");
        ParsedArticle p = parse("The US Navy said the quake was felt, the U.S. Geological Survey reported, and the Qatar"
                + " Embassy in Doha closed.", us, QATAR, DOHA);

        assertThat(forms(p)).containsExactly("US:ASSOCIATIVE", "U.S.:ASSOCIATIVE", "Qatar:ASSOCIATIVE", "Doha:NAME");
    }
}
