package org.placemap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.corpus.Zone;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

class AtlasTest {
    // Test places: the coordinates only need to be valid, no lookup depends on them.
    private static final Place HAMA_CITY = place("test:hama-city", "Ḩamāh", PlaceKind.POPULATED_PLACE);
    private static final Place HAMA_PROVINCE = place("test:hama-province", "Hama", PlaceKind.ADMIN_REGION);
    private static final Place TARTUS = place("test:tartus", "Ţarţūs", PlaceKind.POPULATED_PLACE);

    private static Place place(String id, String name, PlaceKind kind) {
        return new Place(id, name, List.of(), new GeoPoint(35, 36), kind, "", "", "SY", "", 0);
    }

    private static ParsedArticle parsed(String id, String text, Object... nameAndPlace) {
        Article article = CorpusLoader.article(id, text);
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < nameAndPlace.length; i += 2) {
            String name = (String) nameAndPlace[i];
            int start = text.indexOf(name, from);
            from = start + name.length();
            mentions.add(new Mention(start, start + name.length(), name, Mention.Form.NAME,
                    article.zoneAt(start), (Place) nameAndPlace[i + 1], 0.9, List.of()));
        }
        return new ParsedArticle(article, mentions);
    }

    @Test
    void excerptIsTheSentenceOnOneLineWithTheMentionsMarked() {
        String text = "Headline about the coast\n\nThe city of Hama lies about 50 miles\nfrom Tartus, and Hama matters. Next sentence.\n";
        Atlas atlas = Atlas.of(List.of(parsed("a1", text, "Hama", HAMA_CITY, "Tartus", TARTUS, "Hama", HAMA_CITY)));

        MappedPlace hama = atlas.place(HAMA_CITY.id()).orElseThrow();
        assertThat(hama.mentionCount()).isEqualTo(2);
        assertThat(hama.excerpts()).hasSize(1);
        Excerpt excerpt = hama.excerpts().getFirst();
        assertThat(excerpt.text()).isEqualTo("The city of Hama lies about 50 miles from Tartus, and Hama matters.");
        assertThat(excerpt.highlights()).hasSize(2);
        for (Excerpt.Span h : excerpt.highlights()) {
            assertThat(excerpt.text().substring(h.start(), h.end())).isEqualTo("Hama");
        }
        assertThat(excerpt.title()).isEqualTo("Headline about the coast");
    }

    @Test
    void labelIsTheFormTheArticlesUseNotTheGazetteerTransliteration() {
        Atlas atlas = Atlas.of(List.of(parsed("a1", "Title\n\nFighting near Hama. Hama again.", "Hama", HAMA_CITY, "Hama", HAMA_CITY)));
        assertThat(atlas.place(HAMA_CITY.id()).orElseThrow().label()).isEqualTo("Hama");
    }

    @Test
    void aDatelineInCapitalsNeverLabelsThePlace() {
        // the wire's "HAMA —" is typography: the article's own spelling labels the place, or else the gazetteer's name
        Atlas atlas = Atlas.of(List.of(parsed("a1", "Title\n\nHAMA — Rebels took Hama.", "HAMA", HAMA_CITY, "Hama", HAMA_CITY),
                parsed("a2", "Title\n\nTARTUS — Ships left.", "TARTUS", TARTUS)));
        assertThat(atlas.place(HAMA_CITY.id()).orElseThrow().label()).isEqualTo("Hama");
        assertThat(atlas.place(TARTUS.id()).orElseThrow().label()).isEqualTo(TARTUS.name());
    }

    @Test
    void placesThatReadTheSameGetDistinctLabels() {
        String text = "Title\n\nRebels took Hama. They entered Hama and Hama province. Then Hama.";
        Atlas atlas = Atlas.of(List.of(parsed("a1", text,
                "Hama", HAMA_CITY, "Hama", HAMA_CITY, "Hama", HAMA_PROVINCE, "Hama", HAMA_CITY)));

        assertThat(atlas.place(HAMA_CITY.id()).orElseThrow().label()).isEqualTo("Hama");
        assertThat(atlas.place(HAMA_PROVINCE.id()).orElseThrow().label()).isEqualTo("Hama (province)");
        assertThat(atlas.places()).extracting(MappedPlace::id).containsExactly(HAMA_CITY.id(), HAMA_PROVINCE.id());
    }

    @Test
    void sameNameCitiesAbroadAreToldApartByStateOrCountryNeverByARawId() {
        // GeoNames: Athens, Greece (264371); Athens, Georgia (4180386); Athens, Ohio (4505542)
        Place greece = new Place("geonames:264371", "Athens", List.of(), new GeoPoint(37.98, 23.72),
                PlaceKind.CAPITAL, "P", "PPLC", "GR", "ESYE31", 664046);
        Place georgia = new Place("geonames:4180386", "Athens", List.of(), new GeoPoint(33.96, -83.38),
                PlaceKind.POPULATED_PLACE, "P", "PPLA2", "US", "GA", 127315);
        Place ohio = new Place("geonames:4505542", "Athens", List.of(), new GeoPoint(39.33, -82.10),
                PlaceKind.POPULATED_PLACE, "P", "PPLA2", "US", "OH", 24536);
        String text = "Title\n\nAthens. Athens. Athens. Athens, Georgia. Athens, Georgia. Athens, Ohio.";
        Atlas atlas = Atlas.of(List.of(parsed("a1", text, "Athens", greece, "Athens", greece, "Athens", greece,
                "Athens", georgia, "Athens", georgia, "Athens", ohio)));

        assertThat(atlas.place(greece.id()).orElseThrow().label()).isEqualTo("Athens");
        // "(city)" would not tell a second city from the first: the state does
        assertThat(atlas.place(georgia.id()).orElseThrow().label()).isEqualTo("Athens (city, US-GA)");
        assertThat(atlas.place(ohio.id()).orElseThrow().label()).isEqualTo("Athens (city, US-OH)");
    }

    @Test
    void twoCountiesOfOneNameGetTheirStateAndNoRepeatedKind() {
        Place texas = new Place("geonames:4696202", "Henderson County", List.of(), new GeoPoint(32.21, -95.85),
                PlaceKind.ADMIN_REGION, "A", "ADM2", "US", "TX", 82737);
        Place carolina = new Place("geonames:4470566", "Henderson County", List.of(), new GeoPoint(35.34, -82.48),
                PlaceKind.ADMIN_REGION, "A", "ADM2", "US", "NC", 116281);
        String text = "Title\n\nIn Henderson County and Henderson County and again Henderson County.";
        Atlas atlas = Atlas.of(List.of(parsed("a1", text, "Henderson County", texas, "Henderson County", texas,
                "Henderson County", carolina)));

        assertThat(atlas.place(carolina.id()).orElseThrow().label()).isEqualTo("Henderson County (US-NC)");
    }

    @Test
    void wordsAReaderMarkedAsAPlaceDoNotRenameItUnlessTheyAreOneOfItsNames() {
        Place palmyra = new Place("geonames:163345", "Tadmur", List.of("Palmyra", "Tadmor"), new GeoPoint(34.56, 38.27),
                PlaceKind.POPULATED_PLACE, "P", "PPLA2", "SY", "13", 51323);
        String text = "Title\n\nThe Lueck farm lay out there. The Lueck farm again. Palmyra.";
        Article article = CorpusLoader.article("a1", text);
        Mention.Decision reader = new Mention.Decision(java.time.Instant.parse("2026-12-01T10:00:00Z"), null, 1);
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        for (String name : List.of("Lueck farm", "Lueck farm", "Palmyra")) {
            int start = text.indexOf(name, at);
            at = start + name.length();
            mentions.add(new Mention(start, at, name, Mention.Form.NAME, Zone.BODY, null, 0, List.of())
                    .decided(palmyra, reader));
        }
        Atlas atlas = Atlas.of(List.of(new ParsedArticle(article, mentions)));

        // two reader marks on "Lueck farm" outnumber "Palmyra", but only "Palmyra" is a name of the place
        assertThat(atlas.place(palmyra.id()).orElseThrow().label()).isEqualTo("Palmyra");
        assertThat(atlas.place(palmyra.id()).orElseThrow().mentionCount()).isEqualTo(3);
    }

    @Test
    void excerptsOfSeveralArticlesKeepTheirTitlesAndArticleOrder() {
        Atlas atlas = Atlas.of(List.of(
                parsed("a1", "First title\n\nShips sail to Tartus.", "Tartus", TARTUS),
                parsed("a2", "Second title\n\nThe base at Tartus stays.", "Tartus", TARTUS)));

        MappedPlace tartus = atlas.place(TARTUS.id()).orElseThrow();
        assertThat(tartus.articleCount()).isEqualTo(2);
        assertThat(tartus.excerpts()).extracting(Excerpt::title).containsExactly("First title", "Second title");
        assertThat(atlas.articleCount()).isEqualTo(2);
    }

    @Test
    void unresolvedMentionsAreNotPlaces() {
        String text = "Title\n\nNobody knows Xyzzy.";
        Article article = CorpusLoader.article("a1", text);
        int start = text.indexOf("Xyzzy");
        Mention unresolved = new Mention(start, start + 5, "Xyzzy", Mention.Form.NAME, Zone.BODY, null, 0, List.of());
        Atlas atlas = Atlas.of(List.of(new ParsedArticle(article, List.of(unresolved))));
        assertThat(atlas.places()).isEmpty();
    }

    @Test
    void claimsGetTheirSentenceWithSubjectAndDistanceMarkedAndAStableId() {
        String text = "Russia keeps its bases on the coast\n\nThe city of Hama lies about 50 miles\nfrom Tartus. Next sentence.\n";
        ParsedArticle article = parsed("a1", text, "Hama", HAMA_CITY, "Tartus", TARTUS);
        List<org.placemap.claims.DistanceClaim> found = new org.placemap.claims.ClaimExtractor().extract(article);
        assertThat(found).hasSize(1);

        Atlas atlas = Atlas.of(List.of(article), found);

        assertThat(atlas.claims()).hasSize(1);
        MappedClaim claim = atlas.claims().getFirst();
        assertThat(claim.id()).isEqualTo("a1@" + found.getFirst().start() + "-" + found.getFirst().end());
        assertThat(atlas.claim(claim.id())).contains(claim);
        assertThat(claim.title()).isEqualTo("Hama → Tartus");
        Excerpt excerpt = claim.excerpt();
        assertThat(excerpt.text()).isEqualTo("The city of Hama lies about 50 miles from Tartus.");
        assertThat(excerpt.highlights()).extracting(h -> excerpt.text().substring(h.start(), h.end()))
                .containsExactly("Hama", "about 50 miles from Tartus");
        // the places are still there, claims or not
        assertThat(atlas.places()).extracting(MappedPlace::id).containsExactlyInAnyOrder(HAMA_CITY.id(), TARTUS.id());
    }

    @Test
    void aClaimOfAnArticleNotInTheAtlasIsRefused() {
        String text = "Coast\n\nThe city of Hama lies about 50 miles from Tartus.\n";
        ParsedArticle article = parsed("a1", text, "Hama", HAMA_CITY, "Tartus", TARTUS);
        var claims = new org.placemap.claims.ClaimExtractor().extract(article);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Atlas.of(List.of(), claims))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1");
    }

    /**
     * A new user's trial: "targeted Najjariyeh and Addousiyeh, two adjacent villages about 30 kilometres from Sidon" gives
     * two claims with one span, and the second was lost to the first's id (not in the table, the API or the exports).
     * Both are kept; the first keeps the plain id, the second's names its subject's offset.
     */
    @Test
    void twoClaimsOfOneDistanceBothKeepAnIdOfTheirOwn() {
        Place najjariyeh = place("test:najjariyeh", "Najjariyeh", PlaceKind.POPULATED_PLACE);
        Place addousiyeh = place("test:addousiyeh", "Addousiyeh", PlaceKind.POPULATED_PLACE);
        Place sidon = place("test:sidon", "Sidon", PlaceKind.POPULATED_PLACE);
        String text = "Strikes in the south\n\nIsraeli strikes targeted Najjariyeh and Addousiyeh, two adjacent villages"
                + " about 30 kilometres from Sidon.\n";
        ParsedArticle article = parsed("a1", text, "Najjariyeh", najjariyeh, "Addousiyeh", addousiyeh, "Sidon", sidon);
        List<org.placemap.claims.DistanceClaim> found = new org.placemap.claims.ClaimExtractor().extract(article);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).start()).isEqualTo(found.get(1).start());

        Atlas atlas = Atlas.of(List.of(article), found);

        assertThat(atlas.claims()).extracting(MappedClaim::title)
                .containsExactly("Najjariyeh → Sidon", "Addousiyeh → Sidon");
        String plain = "a1@" + found.get(0).start() + "-" + found.get(0).end();
        assertThat(atlas.claims()).extracting(MappedClaim::id)
                .containsExactly(plain, plain + "~" + text.indexOf("Addousiyeh"));
        atlas.claims().forEach(c -> assertThat(atlas.claim(c.id())).contains(c));
    }
}
