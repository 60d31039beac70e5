package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.corpus.LoadResult;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * Issue 2 acceptance on the shipped sample articles ({@code corpus/}) with the derived gazetteer
 * ({@code geodata/}): the eight Syrian places are found and placed near their reference coordinates.
 *
 * <p>Reference coordinates are copied from the GeoNames rows in
 * {@code ../shared/geodata/geonames/cities500.txt.gz} (geonameid, latitude, longitude columns) and, for
 * the air base, from OurAirports {@code airports.csv} (ident OSLK). Tolerance: 10 km great-circle.
 */
class SampleCorpusTest {

    private static final double TOLERANCE_KM = 10.0;

    // GeoNames cities500: geonameid  name  latitude  longitude
    private static final Reference ALEPPO = new Reference("Aleppo", 170063, 36.20124, 37.16117);
    private static final Reference HAMA = new Reference("Hama", 170017, 35.13179, 36.75783); // Ḩamāh
    private static final Reference HOMS = new Reference("Homs", 169577, 34.72682, 36.72339);
    private static final Reference TARTUS = new Reference("Tartus", 163345, 34.88902, 35.88659); // Ţarţūs
    private static final Reference LATAKIA = new Reference("Latakia", 173576, 35.53168, 35.79011);
    private static final Reference QUNEITRA = new Reference("Quneitra", 173334, 33.12595, 35.82461); // Al Qunayţirah
    private static final Reference DARAA = new Reference("Daraa", 170905, 32.61889, 36.10213); // Dar‘ā
    // OurAirports airports.csv: ident OSLK, latitude_deg, longitude_deg ("Hmeimim Air Base" in keywords)
    private static final double OSLK_LAT = 35.4011;
    private static final double OSLK_LON = 35.9487;

    /** Words in these articles that are people, organisations, adjectives or page furniture. */
    private static final Set<String> NOT_PLACES = Set.of("Putin", "Vladimir", "Assad", "al-Assad", "Bashar", "Baunov",
            "Suleimanov", "Trump", "Meduza", "Kremlin", "Hezbollah", "HTS", "GCC", "NATO", "Nato", "Syrian", "Russian",
            "Kurdish", "Iranian", "Emirati", "Sunni", "Arab", "Axis", "Free", "Front", "State", "Gulf", "Carnegie",
            "George", "W", "Western", "West", "Pantsir", "Strela", "Source", "Leave", "Deeply", "Mataconis");

    private record Reference(String name, long geonameId, double lat, double lon) {}

    private static List<ParsedArticle> parsed;

    @BeforeAll
    static void parseTheSample() throws IOException {
        Gazetteer gazetteer = Gazetteer.load(Path.of("geodata"));
        LoadResult corpus = new CorpusLoader().load(Path.of("corpus"));
        assertEquals(List.of(), corpus.problems());
        assertEquals(5, corpus.articles().size());
        GeoParser parser = new GeoParser(gazetteer);
        parsed = new ArrayList<>();
        for (Article article : corpus.articles()) {
            parsed.add(parser.parse(article));
        }
    }

    @Test
    void theSyrianCitiesArePlacedWithinTenKilometres() {
        for (Reference city : List.of(ALEPPO, HAMA, HOMS, TARTUS, LATAKIA)) {
            List<Mention> found = mentionsOf(city.name());
            assertTrue(!found.isEmpty(), city.name() + " not found");
            boolean placed = found.stream().anyMatch(m -> m.isResolved() && km(m.place(), city.lat(), city.lon()) <= TOLERANCE_KM
                    && m.place().countryCode().equals("SY"));
            assertTrue(placed, city.name() + " resolved to " + found.stream().map(m -> describe(m.place())).distinct().toList());
        }
    }

    @Test
    void khmeimimIsTheAirBaseNotAVillage() {
        List<Mention> found = mentionsOf("Khmeimim");
        assertTrue(!found.isEmpty(), "Khmeimim not found");
        for (Mention m : found) {
            assertTrue(m.isResolved(), "Khmeimim unresolved");
            assertEquals(PlaceKind.AIR_BASE, m.place().kind());
            assertEquals("ourairports:OSLK", m.place().id());
            assertTrue(km(m.place(), OSLK_LAT, OSLK_LON) <= TOLERANCE_KM);
        }
    }

    /**
     * The sample names Quneitra and Daraa only as "Quneitra and Daraa provinces", so by the admin-phrase
     * rule they resolve to the governorates, whose Natural Earth label points lie 12 and 28 km from the
     * cities; the cities are the runners-up, within the 10 km tolerance.
     */
    @Test
    void quneitraAndDaraaAreTheirGovernoratesWithTheCitiesAsRunnersUp() {
        for (Reference city : List.of(QUNEITRA, DARAA)) {
            List<Mention> found = mentionsOf(city.name());
            assertTrue(!found.isEmpty(), city.name() + " not found");
            for (Mention m : found) {
                assertTrue(m.isResolved(), city.name() + " unresolved");
                assertEquals(PlaceKind.ADMIN_REGION, m.place().kind(), describe(m.place()));
                assertEquals("SY", m.place().countryCode());
                assertTrue(km(m.place(), city.lat(), city.lon()) <= 30.0, describe(m.place()));
                assertTrue(m.alternatives().stream().anyMatch(c -> c.place().id().equals("geonames:" + city.geonameId())
                        && km(c.place(), city.lat(), city.lon()) <= TOLERANCE_KM), city.name() + " city not a runner-up");
            }
        }
    }

    /** Nationality words are mentions of their country, marked as demonyms, never place names of their own. */
    @Test
    void peopleOrganisationsAdjectivesAndFurnitureAreNotPlaceNames() {
        List<String> wrong = allMentions().stream().filter(m -> m.form() == Mention.Form.NAME)
                .map(Mention::text).filter(NOT_PLACES::contains).distinct().toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void nationalityWordsAreDemonymsOfTheirCountry() {
        for (String[] pair : List.of(new String[] {"Syrian", "SY"}, new String[] {"Russian", "RU"},
                new String[] {"Iranian", "IR"}, new String[] {"Emirati", "AE"})) {
            List<Mention> found = mentionsOf(pair[0]);
            assertTrue(!found.isEmpty(), pair[0] + " not found");
            for (Mention m : found) {
                assertEquals(Mention.Form.DEMONYM, m.form(), pair[0]);
                assertTrue(m.isResolved(), pair[0] + " unresolved");
                assertEquals(PlaceKind.COUNTRY, m.place().kind(), pair[0]);
                assertEquals(pair[1], m.place().countryCode(), pair[0]);
            }
        }
        assertTrue(allMentions().stream().filter(m -> m.text().equals("Kurdish")).allMatch(m -> m.form() != Mention.Form.NAME));
    }

    /**
     * Every place the five articles name, made by reading them (not from the parser's output): the name as
     * written, the article (file number), and what it must resolve to, as gazetteer kind and ISO country
     * code (regions and seas have none). Capitals used for their governments ("Moscow previously criticized
     * Ankara", "the wise tutelage of Washington") are the capital cities, by the metonymy rule in the README
     * ("How places are recognised"); "Georgia" and "Mali" are the countries.
     */
    private static final List<String[]> EVERY_PLACE = List.of(
            // 000 Russia's Syria strategy
            row(0, "Russia", "COUNTRY", "RU"), row(0, "Syria", "COUNTRY", "SY"), row(0, "Tartus", "POPULATED_PLACE", "SY"),
            row(0, "Moscow", "CAPITAL", "RU"), row(0, "Mediterranean", "SEA", ""), row(0, "Yemen", "COUNTRY", "YE"),
            // 001 the fall of Aleppo
            row(1, "Aleppo", "POPULATED_PLACE", "SY"), row(1, "Hama", "POPULATED_PLACE", "SY"), row(1, "Homs", "POPULATED_PLACE", "SY"),
            row(1, "Tartus", "POPULATED_PLACE", "SY"), row(1, "Latakia", "POPULATED_PLACE", "SY"), row(1, "Idlib", "POPULATED_PLACE", "SY"),
            row(1, "al-Safira", "POPULATED_PLACE", "SY"), row(1, "Damascus", "CAPITAL", "SY"), row(1, "Khmeimim", "AIR_BASE", "SY"),
            row(1, "Kuweires", "AIR_BASE", "SY"), row(1, "Quneitra", "ADMIN_REGION", "SY"), row(1, "Daraa", "ADMIN_REGION", "SY"),
            row(1, "Golan Heights", "DISPUTED_AREA", ""), row(1, "Mediterranean", "SEA", ""), row(1, "Bosporus", "STRAIT", ""),
            row(1, "South Caucasus", "REGION", ""), row(1, "Russia", "COUNTRY", "RU"), row(1, "Syria", "COUNTRY", "SY"),
            row(1, "Moscow", "CAPITAL", "RU"), row(1, "Ankara", "CAPITAL", "TR"), row(1, "Astana", "CAPITAL", "KZ"),
            row(1, "Turkey", "COUNTRY", "TR"), row(1, "Iran", "COUNTRY", "IR"), row(1, "Israel", "COUNTRY", "IL"),
            row(1, "Lebanon", "COUNTRY", "LB"), row(1, "Ukraine", "COUNTRY", "UA"), row(1, "Azerbaijan", "COUNTRY", "AZ"),
            row(1, "Armenia", "COUNTRY", "AM"), row(1, "United States", "COUNTRY", "US"), row(1, "U.S.", "COUNTRY", "US"),
            row(1, "Gaza", "POPULATED_PLACE", "PS"),
            // 002 Meduza: why Russia lost Syria
            row(2, "Georgia", "COUNTRY", "GE"), row(2, "Mali", "COUNTRY", "ML"), row(2, "Central African Republic", "COUNTRY", "CF"),
            row(2, "Libya", "COUNTRY", "LY"), row(2, "North Korea", "COUNTRY", "KP"), row(2, "Ukraine", "COUNTRY", "UA"),
            row(2, "Kyiv", "CAPITAL", "UA"), row(2, "Kherson", "POPULATED_PLACE", "UA"), row(2, "Vovchansk", "POPULATED_PLACE", "UA"),
            row(2, "Kursk", "ADMIN_REGION", "RU"), row(2, "Crimea", "ADMIN_REGION", "RU"), row(2, "Vladivostok", "POPULATED_PLACE", "RU"),
            row(2, "Brisbane", "POPULATED_PLACE", "AU"), row(2, "Latakia", "ADMIN_REGION", "SY"), row(2, "Khmeimim", "AIR_BASE", "SY"),
            row(2, "Tartus", "POPULATED_PLACE", "SY"), row(2, "Damascus", "CAPITAL", "SY"), row(2, "Iran", "COUNTRY", "IR"),
            row(2, "Central Asia", "REGION", ""), row(2, "Middle East", "REGION", ""), row(2, "Africa", "REGION", ""),
            row(2, "Asia", "REGION", ""), row(2, "U.S.", "COUNTRY", "US"),
            // 003 Outside the Beltway: is Russia cutting its losses
            row(3, "Washington", "CAPITAL", "US"), row(3, "Mali", "COUNTRY", "ML"), row(3, "Libya", "COUNTRY", "LY"),
            row(3, "Egypt", "COUNTRY", "EG"), row(3, "Lebanon", "COUNTRY", "LB"), row(3, "Iraq", "COUNTRY", "IQ"),
            row(3, "Jordan", "COUNTRY", "JO"), row(3, "Israel", "COUNTRY", "IL"), row(3, "Turkey", "COUNTRY", "TR"),
            row(3, "Brussels", "CAPITAL", "BE"), row(3, "Baghdad", "CAPITAL", "IQ"), row(3, "Damascus", "CAPITAL", "SY"),
            row(3, "Europe", "REGION", ""), row(3, "North Africa", "REGION", ""), row(3, "Middle East", "REGION", ""),
            row(3, "US", "COUNTRY", "US"),
            // 004 Syria Deeply: Russia's withdrawal
            row(4, "Voronezh", "POPULATED_PLACE", "RU"), row(4, "Vienna", "CAPITAL", "AT"), row(4, "Geneva", "POPULATED_PLACE", "CH"),
            row(4, "Moscow", "CAPITAL", "RU"), row(4, "Damascus", "CAPITAL", "SY"), row(4, "Iran", "COUNTRY", "IR"),
            row(4, "Israel", "COUNTRY", "IL"), row(4, "Syria", "COUNTRY", "SY"), row(4, "Russia", "COUNTRY", "RU"));

    private static String[] row(int article, String name, String kind, String country) {
        return new String[] {String.valueOf(article), name, kind, country};
    }

    @Test
    void everyPlaceNamedInTheFiveArticlesIsFoundAndResolvedToTheRightKindAndCountry() {
        List<String> failures = new ArrayList<>();
        for (String[] r : EVERY_PLACE) {
            ParsedArticle article = parsed.get(Integer.parseInt(r[0]));
            List<Mention> found = article.mentions().stream().filter(m -> m.text().equals(r[1])).toList();
            if (found.isEmpty()) {
                failures.add(r[0] + " " + r[1] + ": not found");
            }
            for (Mention m : found) {
                // "Hama province" is the governorate wherever the article says so (the admin-phrase rule)
                String after = article.article().text().substring(m.end(), Math.min(m.end() + 9, article.article().text().length()));
                String kind = after.startsWith(" province") ? "ADMIN_REGION" : r[2];
                if (!m.isResolved() || !m.place().kind().name().equals(kind) || !m.place().countryCode().equals(r[3])) {
                    failures.add(r[0] + " " + r[1] + " at " + m.start() + ": " + describe(m.place()) + " " + (m.isResolved() ? m.place().countryCode() : ""));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * Metonymy (README, "How places are recognised"): a capital standing for its government is a mention
     * of the capital city, by name; a building standing for an institution ("the Kremlin", "the White
     * House") is not a place on the map, like any institution.
     */
    @Test
    void capitalsUsedForTheirGovernmentsAreTheCitiesAndBuildingsAreNotPlaces() {
        Mention washington = parsed.get(3).mentions().stream().filter(m -> m.text().equals("Washington")).findFirst().orElseThrow();
        assertEquals("US", washington.place().countryCode());
        assertEquals(PlaceKind.CAPITAL, washington.place().kind(), "the city, not the state");
        assertTrue(km(washington.place(), 38.89511, -77.03637) <= TOLERANCE_KM, describe(washington.place())); // GeoNames 4140963
        Mention ankara = parsed.get(1).mentions().stream().filter(m -> m.text().equals("Ankara")).findFirst().orElseThrow();
        assertTrue(km(ankara.place(), 39.91987, 32.85427) <= TOLERANCE_KM, describe(ankara.place())); // GeoNames 323786
        for (Mention m : allMentions()) {
            assertTrue(!m.text().contains("Kremlin") && !m.text().equals("White House"), m.text() + " at " + m.start());
        }
    }

    @Test
    void everyMentionPointsIntoItsArticle() {
        for (ParsedArticle p : parsed) {
            for (Mention m : p.mentions()) {
                assertEquals(m.text(), p.article().text().substring(m.start(), m.end()));
                assertTrue(m.confidence() >= 0 && m.confidence() <= 1);
            }
        }
    }

    private static List<Mention> mentionsOf(String text) {
        return allMentions().stream().filter(m -> m.text().equals(text)).toList();
    }

    private static List<Mention> allMentions() {
        return parsed.stream().flatMap(p -> p.mentions().stream()).toList();
    }

    private static String describe(Place p) {
        return p == null ? "nothing" : p.id() + " " + p.name() + " " + p.kind() + " " + p.point();
    }

    /** Great-circle distance on the mean-radius sphere; far below the tolerance's needs in error. */
    private static double km(Place p, double lat, double lon) {
        double phi1 = Math.toRadians(p.point().latitudeDeg());
        double phi2 = Math.toRadians(lat);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon - p.point().longitudeDeg());
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    }
}
