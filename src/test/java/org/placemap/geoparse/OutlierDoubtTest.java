package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.TestPlaces.city;
import static org.placemap.geoparse.TestPlaces.town;

import org.junit.jupiter.api.Test;
import org.placemap.gazetteer.Place;

/**
 * A town resolved thousands of kilometres from every other town of an article about one region is a namesake more
 * often than not: it keeps its place but is flagged for review (confidence below 0.6, the default "To check" line).
 */
class OutlierDoubtTest {

    private static final Place BRISBANE = city("brisbane", "Brisbane", "AU", -27.47, 153.03, 2_300_000);
    private static final Place ROCKHAMPTON = town("rockhampton", "Rockhampton", "AU", "04", -23.38, 150.51, 60_000);
    private static final Place ST_GEORGE = town("stgeorge", "St George", "AU", "04", -28.04, 148.58, 2_700);
    private static final Place TOOWOOMBA = town("toowoomba", "Toowoomba", "AU", "04", -27.56, 151.95, 100_000);
    /** The only Surat GeoNames' cities500 has: in India, 11,000 km away. */
    private static final Place SURAT = city("surat", "Surat", "IN", 21.17, 72.83, 4_600_000);

    private static double confidenceOf(ParsedArticle parsed, String name) {
        return parsed.mentions().stream().filter(m -> m.text().equals(name)).findFirst().orElseThrow().confidence();
    }

    @Test
    void aTownFarFromAnArticlesOneRegionIsFlaggedForReview() {
        ParsedArticle parsed = parse("Floods\n\nRockhampton was cut off. The small communities of St George and Surat,"
                + " about 500 kilometres west of Brisbane, were evacuated, and Toowoomba prepared.",
                BRISBANE, ROCKHAMPTON, ST_GEORGE, TOOWOOMBA, SURAT);
        assertEquals("test:surat", Parsing.placeOf(parsed, "Surat")); // the place stays: only the reader can say
        assertTrue(confidenceOf(parsed, "Surat") < 0.6, "Surat flagged: " + confidenceOf(parsed, "Surat"));
        assertTrue(confidenceOf(parsed, "Toowoomba") >= 0.6, "Toowoomba not flagged: " + confidenceOf(parsed, "Toowoomba"));
    }

    @Test
    void anArticleAboutPlacesAllOverTheWorldFlagsNone() {
        Place paris = city("paris", "Paris", "FR", 48.86, 2.35, 2_100_000);
        Place london = city("london", "London", "GB", 51.51, -0.13, 8_900_000);
        ParsedArticle parsed = parse("Protests\n\nCrowds gathered in Paris, London, Surat and Brisbane.",
                paris, london, SURAT, BRISBANE);
        for (String name : new String[] {"Paris", "London", "Surat", "Brisbane"}) {
            assertTrue(confidenceOf(parsed, name) >= 0.6, name + " not flagged: " + confidenceOf(parsed, name));
        }
    }

    /**
     * "Survivors arriving in the town of Tawila, roughly 80 kilometers from el-Fasher": GeoNames' only Tawila is in Yemen
     * (Aţ Ţawīlah, 15.1 N 43.4 E), 2,000 km from Darfur, too near for the distance rule; a small town alone in its
     * country while the article's other places are in another is flagged too. A large town elsewhere is not.
     */
    @Test
    void aSmallTownAloneInItsCountryInAnArticleAboutAnotherIsFlagged() {
        Place sudan = TestPlaces.country("SD", "Sudan", 15.6, 32.5, 45_000_000);
        Place elFasher = town("fasher", "El Fasher", "SD", "55", 13.63, 25.35, 250_000);
        Place nyala = town("nyala", "Nyala", "SD", "68", 12.05, 24.88, 500_000);
        Place tawilaYe = town("tawila", "Aţ Ţawīlah", "YE", "15", 15.10, 43.40, 4_000, "Tawila");
        Place cairo = city("cairo", "Cairo", "EG", 30.06, 31.25, 9_600_000);
        ParsedArticle parsed = parse("Darfur\n\nFighting raged in El Fasher in Sudan. Survivors arriving in the town of Tawila,"
                + " roughly 80 kilometers from El Fasher, said troops had fled to Nyala; talks in Cairo failed.",
                sudan, elFasher, nyala, tawilaYe, cairo);
        assertTrue(confidenceOf(parsed, "Tawila") < 0.6, "Tawila flagged: " + confidenceOf(parsed, "Tawila"));
        assertTrue(confidenceOf(parsed, "Cairo") >= 0.6, "Cairo not flagged: " + confidenceOf(parsed, "Cairo"));
        assertTrue(confidenceOf(parsed, "Nyala") >= 0.6, "Nyala not flagged: " + confidenceOf(parsed, "Nyala"));
    }
}
