package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placemap.geoparse.Parsing.names;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.Parsing.placeOf;
import static org.placemap.geoparse.TestPlaces.capital;
import static org.placemap.geoparse.TestPlaces.country;
import static org.placemap.geoparse.TestPlaces.region;
import static org.placemap.geoparse.TestPlaces.state;
import static org.placemap.geoparse.TestPlaces.town;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Place;

/**
 * Issue 9, cause 5: the capitals news writes. An all-caps dateline with an agency credit names its
 * place; the initials the gazetteer lists for a union or a region of several words name it; other
 * acronyms stay organisations.
 */
class DatelineAndAbbreviationTest {

    private static final Place WASHINGTON = capital("washington", "Washington", "US", 38.89511, -77.03637, 689_545);
    private static final Place LONDON = capital("london", "London", "GB", 51.50853, -0.12574, 8_961_989);
    private static final Place SYRIA = country("SY", "Syria", 35.0, 38.0, 22_198_110);
    private static final Place EU = region("eu", "European Union", 50.83857, 4.37599, "EU");
    private static final Place NSW = state("nsw", "New South Wales", "AU", "02", -32.4751, 146.781, "NSW");

    /**
     * "WASHINGTON (AP) —", "LONDON (Reuters) -": the credit in brackets between the place and the dash.
     * Fails without the credit rule: the capitals alone read as an acronym.
     */
    @Test
    void anAllCapsDatelineWithAnAgencyCreditNamesItsPlace() {
        ParsedArticle p = parse("WASHINGTON (AP) — Officials said troops would stay in Syria.\n\n"
                + "LONDON (Reuters) - Talks resumed.", WASHINGTON, LONDON, SYRIA);
        assertEquals("test:washington", placeOf(p, "WASHINGTON"));
        assertEquals("test:london", placeOf(p, "LONDON"));
    }

    /** Not a dateline: a bracket that is not a short credit ("WASHINGTON (the capital) is …" is no credit line). */
    @Test
    void capitalsBeforeALongBracketAreNoDateline() {
        ParsedArticle p = parse("He said WASHINGTON (which he called the swamp of all swamps) would pay. Syria too.",
                WASHINGTON, SYRIA);
        assertEquals(java.util.List.of("Syria"), names(p));
    }

    /**
     * "EU", "NSW": the initials listed for a union or a region name it. Fails without the listed-abbreviation
     * rule (an all-caps word that is not a country is an acronym).
     */
    @Test
    void listedInitialsOfAUnionOrARegionNameThem() {
        Place sydney = town("sydney", "Sydney", "AU", "02", -33.86785, 151.20732, 4_627_345);
        ParsedArticle p = parse("Exports to the EU fell, and NSW police in Sydney said so.", EU, NSW, sydney);
        assertEquals("test:eu", placeOf(p, "EU"));
        assertEquals("test:nsw", placeOf(p, "NSW"));
    }

    /** An acronym the gazetteer does not list for an area stays an organisation ("GCC" is no place). */
    @Test
    void anUnlistedAcronymStaysAnOrganisation() {
        Place gcc = region("gcc", "Gcc", 25.0, 50.0);
        ParsedArticle p = parse("The GCC met in Syria.", gcc, SYRIA);
        assertTrue(names(p).stream().noneMatch("GCC"::equals), names(p).toString());
    }

    /**
     * "B.C. orders travel bans", "B.C. Premier David Eby": dotted initials a region is listed with are capitals
     * wherever they stand, headline and sentence start included; after a number they are an era ("300 B.C.").
     */
    @Test
    void dottedInitialsOfARegionNameItEvenOpeningASentenceButNotAfterANumber() {
        Place bc = state("bc", "British Columbia", "CA", "02", 54.69, -124.66, "B.C.");
        Place vancouver = town("vancouver", "Vancouver", "CA", "02", 49.25, -123.12, 600_000);
        ParsedArticle p = parse("B.C. orders travel bans\n\nB.C. Premier David Eby spoke in Vancouver. The temple dates"
                + " from 300 B.C. and still stands.", bc, vancouver);
        assertEquals(java.util.List.of("B.C.", "B.C.", "Vancouver"), names(p));
    }

    /** "CAIRO: The number …", and "IZMIR" alone on the first line: datelines too; a heading such as "UPDATE:" is none. */
    @Test
    void aDatelineBeforeAColonOrOnALineOfItsOwnNamesItsPlace() {
        Place cairo = capital("cairo", "Cairo", "EG", 30.06, 31.25, 9_600_000);
        Place izmir = town("izmir", "İzmir", "TR", "35", 38.41, 27.14, 2_500_000, "Izmir");
        ParsedArticle p = parse("IZMIR\n\nFires burn.\n\nCAIRO: The number of deaths rose.\n\nUPDATE: Talks ended.",
                cairo, izmir);
        assertEquals(java.util.List.of("IZMIR", "CAIRO"), names(p));
        assertEquals("test:cairo", placeOf(p, "CAIRO"));
    }

    @Test
    void aStatesPostalCodeAfterATownAndItsCommaIsTheState() {
        Place maryland = state("md", "Maryland", "US", "MD", 39.0, -76.8);
        Place ohio = state("oh", "Ohio", "US", "OH", 40.4, -82.9);
        Place oregon = state("or", "Oregon", "US", "OR", 44.0, -120.5);
        Place indiana = state("in", "Indiana", "US", "IN", 40.0, -86.3);
        Place frederick = town("frederick", "Frederick", "US", "MD", 39.41, -77.41, 72_000);
        Place cleveland = town("cleveland", "Cleveland", "US", "OH", 41.50, -81.69, 372_000);
        Place portland = town("portland", "Portland", "US", "OR", 45.52, -122.68, 650_000);
        ParsedArticle p = parse("Notes\n\nThe drive between Frederick, MD, and Cleveland, OH, is 350 miles. Visitors came from"
                + " Portland, OR 97201, too.", maryland, ohio, oregon, indiana, frederick, cleveland, portland);
        assertEquals(List.of("Frederick", "MD", "Cleveland", "OH", "Portland", "OR"), names(p));
        assertEquals("test:md", placeOf(p, "MD"));
        assertEquals("test:or", placeOf(p, "OR"));
        // the same letters elsewhere are words or acronyms
        assertEquals(List.of(), names(parse("Notes\n\nThe chair of the IN committee spoke, OR the board did.", indiana, oregon)));
    }

    @Test
    void aSmallTownsDatelineBeforeABylineNamesItsPlace() {
        Place corbin = town("corbin", "Corbin", "US", "KY", 36.95, -84.10, 7_400);
        Place whitley = state("whitley", "Whitley County", "US", "KY", 36.76, -84.14);
        Place kentucky = state("ky", "Kentucky", "US", "KY", 37.5, -85.3);
        ParsedArticle p = parse("Floods in the Tri-County\n\nCORBIN — By John L. Ross / Staff Writer\n\n"
                + "Water continues to rise in Whitley County, Kentucky, officials said.", corbin, whitley, kentucky);

        assertEquals(List.of("CORBIN", "Whitley County", "Kentucky"), names(p));
        assertEquals("test:corbin", placeOf(p, "CORBIN"));
    }
}
