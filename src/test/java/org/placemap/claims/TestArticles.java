package org.placemap.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.corpus.CorpusLoader;
import org.placemap.corpus.Zone;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * Parsed articles built by hand, so the claim patterns are tested apart from the geoparser: every
 * whole-word occurrence of a test place's name becomes a resolved mention.
 *
 * <p>Coordinates are the GeoNames cities500 points (geonameids in the ids) and the OurAirports points
 * for the air bases, so distances in these tests are the real ones.
 */
final class TestArticles {

    static final Place HAMA = city("geonames:170017", "Hama", 35.13179, 36.75783);
    static final Place HOMS = city("geonames:169577", "Homs", 34.72682, 36.72339);
    static final Place TARTUS = city("geonames:163345", "Tartus", 34.88902, 35.88659);
    static final Place LATAKIA = city("geonames:173576", "Latakia", 35.53168, 35.79011);
    static final Place ALEPPO = city("geonames:170063", "Aleppo", 36.20124, 37.16117);
    static final Place DAMASCUS = new Place("geonames:170654", "Damascus", List.of(), new GeoPoint(33.5102, 36.29128),
            PlaceKind.CAPITAL, "P", "PPLC", "SY", "", 1_569_394);
    static final Place HMEIMIM = new Place("ourairports:OSLK", "Hmeimim Air Base", List.of("Latakia International Airport",
            "Latakia", "Hmeimim", "Khmeimim"), new GeoPoint(35.4011, 35.9487), PlaceKind.AIR_BASE, "", "", "SY", "02", 0);
    static final Place HAMAH_AIR_BASE = new Place("ourairports:OS58", "Hamah Air Base", List.of("Hamah"),
            new GeoPoint(35.1182, 36.7112), PlaceKind.AIR_BASE, "", "", "SY", "10", 0);
    static final Place SHAYRAT = new Place("ourairports:OS65", "Shayrat Air Base", List.of("Shayrat"),
            new GeoPoint(34.4903, 36.909), PlaceKind.AIR_BASE, "", "", "SY", "11", 0);
    static final Place SYRIA = new Place("geonames:163843", "Syria", List.of(), new GeoPoint(35.0, 38.0),
            PlaceKind.COUNTRY, "A", "PCLI", "SY", "", 22_933_531);
    static final List<Place> ALL = List.of(HAMA, HOMS, TARTUS, LATAKIA, ALEPPO, DAMASCUS, HMEIMIM, SYRIA);

    private TestArticles() {}

    /**
     * {@code text} as an article whose mentions are the names of {@link #ALL} (Khmeimim for the air
     * base), the {@code unresolved} names as mentions without a place, and "Syrian"/"Russian" as demonyms.
     */
    static ParsedArticle parse(String text, String... unresolved) {
        List<Mention> mentions = new ArrayList<>();
        for (Place p : ALL) {
            String name = p == HMEIMIM ? "Khmeimim" : p.name();
            add(mentions, text, name, Mention.Form.NAME, p);
        }
        for (String name : unresolved) {
            add(mentions, text, name, Mention.Form.NAME, null);
        }
        add(mentions, text, "Syrian", Mention.Form.DEMONYM, SYRIA);
        add(mentions, text, "Russian", Mention.Form.DEMONYM, null);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new ParsedArticle(CorpusLoader.article("test", text), mentions);
    }

    private static void add(List<Mention> out, String text, String name, Mention.Form form, Place place) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
            int start = m.start();
            if (out.stream().noneMatch(x -> x.start() < m.end() && start < x.end())) {
                out.add(new Mention(start, m.end(), name, form, Zone.BODY, place, place == null ? 0 : 0.9, List.of()));
            }
        }
    }

    private static Place city(String id, String name, double lat, double lon) {
        return new Place(id, name, List.of(), new GeoPoint(lat, lon), PlaceKind.POPULATED_PLACE, "P", "PPLA", "SY", "", 100_000);
    }
}
