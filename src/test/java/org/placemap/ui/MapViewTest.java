package org.placemap.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placemap.atlas.Atlas;
import org.placemap.atlas.MappedClaim;
import org.placemap.library.ArticleLibrary;
import org.placemap.atlas.MappedPlace;
import org.placemap.map.GeoMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The main view without a browser (Karibu-Testing), against the real sample corpus and gazetteer. */
@SpringBootTest
class MapViewTest {
    private static Routes routes;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleLibrary library;

    Atlas atlas;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.placemap.ui");
    }

    @BeforeEach
    void setUp() {
        atlas = library.atlas();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().navigate(MapView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private MapView view() {
        return _get(MapView.class);
    }

    @Test
    void everyPlaceIsAMarkerAndARowOfTheList() {
        List<GeoMap.Marker> markers = markers();
        Grid<MappedPlace> grid = view().placeList().grid();
        assertThat(markers).hasSize(atlas.places().size());
        assertThat(grid.getGenericDataView().getItems().toList()).hasSize(atlas.places().size());
        assertThat(markers).extracting(GeoMap.Marker::label)
                .contains("Aleppo", "Hama", "Homs", "Tartus", "Latakia", "Quneitra", "Daraa");
    }

    @Test
    void markersAreStyledByKindWithKhmeimimAsABase() {
        assertThat(markers()).filteredOn(m -> m.label().equals("Khmeimim")).singleElement()
                .extracting(GeoMap.Marker::category).isEqualTo("base");
        assertThat(markers()).filteredOn(m -> m.label().equals("Hama")).singleElement()
                .extracting(GeoMap.Marker::category).isEqualTo("city");
        assertThat(markers()).filteredOn(m -> m.label().equals("Syria")).singleElement()
                .extracting(GeoMap.Marker::category).isEqualTo("country");
        assertThat(view().map().getElement().getPropertyRaw("legend")).isNotNull();
    }

    @Test
    void choosingAPlaceInTheListSelectsItsMarkerAndShowsItsExcerpts() {
        MappedPlace hama = placeLabelled("Hama");
        view().select(hama.id());

        assertThat(view().map().getSelectedId()).isEqualTo(hama.id());
        assertThat(view().placeList().grid().asSingleSelect().getValue()).isEqualTo(hama);
        String shown = view().excerpts().getElement().getTextRecursively();
        assertThat(shown).contains("Hama").contains(hama.excerpts().getFirst().title());
    }

    @Test
    void clickingAMarkerSelectsThePlaceInTheList() {
        MappedPlace aleppo = placeLabelled("Aleppo");
        GeoMap map = view().map();
        ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, aleppo.id()));

        assertThat(view().placeList().grid().asSingleSelect().getValue()).isEqualTo(aleppo);
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("Aleppo");
    }

    @Test
    void measuringBetweenTwoPlacesChosenFromTheLists() {
        MeasurePanel measure = view().measure();
        measure.fromBox().setValue(placeLabelled("Hama"));
        measure.toBox().setValue(placeLabelled("Tartus"));
        measure.units().setValue(org.placemap.distance.Units.MILES);

        // Issue 5 cites about 52.2 miles between the GeoNames points of Hama and Tartus.
        assertThat(measure.distanceMetres()).hasValueSatisfying(m -> assertThat(m / 1609.344).isBetween(51.7, 52.7));
        assertThat(measure.result().getText()).startsWith("Hama → Tartus: 52.").contains(" mi (").contains(" km").contains(" nmi");
        assertThat(view().map().getLines()).filteredOn(line -> line.id().equals(MeasurePanel.LINE_ID)).singleElement().satisfies(line -> {
            assertThat(line.style()).isEqualTo("measure");
            assertThat(line.points()).hasSizeGreaterThan(2);
        });
    }

    @Test
    void measuringByClickingMarkersAndPointsInsteadOfSelecting() {
        GeoMap map = view().map();
        view().measure().setPicking(true);
        MappedPlace hama = placeLabelled("Hama");
        ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, hama.id()));
        ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, placeLabelled("Homs").id()));

        assertThat(view().placeList().grid().asSingleSelect().getValue()).as("no selection while measuring").isNull();
        assertThat(view().measure().result().getText()).startsWith("Hama → Homs");

        // a third pick starts again; map clicks give arbitrary points (wrapped into -180..180)
        ComponentUtil.fireEvent(map, new GeoMap.MapClickEvent(map, true, 34.0, 396.0));
        ComponentUtil.fireEvent(map, new GeoMap.MapClickEvent(map, true, 35.0, 36.0));
        assertThat(view().measure().result().getText()).startsWith("34.0000°N, 36.0000°E → 35.0000°N, 36.0000°E");
        assertThat(view().measure().distanceMetres()).hasValueSatisfying(m -> assertThat(m).isBetween(110_000.0, 112_000.0));

        view().measure().clear();
        assertThat(view().map().getLines()).extracting(GeoMap.Line::style).doesNotContain("measure")
                .hasSize(atlas.claims().size());
        view().measure().setPicking(false);
        ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, hama.id()));
        assertThat(view().placeList().grid().asSingleSelect().getValue()).isEqualTo(hama);
    }

    @Test
    void anUnknownMarkerIdClearsTheSelection() {
        view().select(placeLabelled("Homs").id());
        GeoMap map = view().map();
        ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, "no-such:id"));

        assertThat(map.getSelectedId()).isNull();
        assertThat(view().placeList().grid().asSingleSelect().getValue()).isNull();
    }

    @Test
    void filteringTheListKeepsMatchingPlacesOnly() {
        view().placeList().search().setValue("lat");
        List<MappedPlace> shown = view().placeList().grid().getGenericDataView().getItems().toList();
        assertThat(shown).extracting(MappedPlace::label).contains("Latakia").doesNotContain("Aleppo");
    }

    @Test
    void everyMeasuredClaimIsALineColouredByVerdictAndLabelledWithCitedAndMeasured() {
        assertThat(atlas.claims()).as("the sample articles state three distances").hasSizeGreaterThanOrEqualTo(3);
        List<GeoMap.Line> lines = view().map().getLines();
        for (MappedClaim claim : atlas.claims()) {
            if (!claim.drawable()) {
                continue;
            }
            GeoMap.Line line = lines.stream().filter(l -> l.id().equals(claim.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no line for " + claim.id()));
            assertThat(line.style()).isEqualTo(claim.claim().verdict().name().toLowerCase(java.util.Locale.ROOT)
                    + (ClaimsPanel.dependsOnReference(claim) ? "-depends" : ""));
            assertThat(line.label()).startsWith("cited ").contains(" · measured ");
            // the line runs from one endpoint to the other
            var from = claim.claim().from().point();
            var to = claim.claim().to().point();
            assertThat(line.points().getFirst()[0]).isCloseTo(from.latitudeDeg(), org.assertj.core.data.Offset.offset(1e-5));
            assertThat(line.points().getLast()[1]).isCloseTo(to.longitudeDeg(), org.assertj.core.data.Offset.offset(1e-5));
            assertThat(line.points()).as("two ends: the map draws the great circle between them").hasSize(2);
        }
        assertThat(view().claims().grid().getGenericDataView().getItems().toList()).hasSize(atlas.claims().size());
    }

    @Test
    void hamaTartusClaimIsListedAsConsistentWithItsMeasuredDistance() {
        // issue 5: "the city of Hama lies about 50 miles from Tartus", about 52.2 mi between the GeoNames points
        MappedClaim hamaTartus = claimBetween("Hama", "Tartus");
        assertThat(ClaimsPanel.measured(hamaTartus.claim())).startsWith("52.").endsWith(" mi");
        assertThat(ClaimsPanel.verdict(hamaTartus.claim().verdict())).isEqualTo("✓ consistent");
        assertThat(hamaTartus.claim().label()).isEqualTo("cited ≈50 mi · measured 52.2 mi ✓");
    }

    @Test
    void choosingAClaimHighlightsItsLineAndEndpointsAndShowsTheSentence() {
        view().select(placeLabelled("Aleppo").id());
        MappedClaim claim = claimBetween("Hama", "Tartus");
        Grid<MappedClaim> grid = view().claims().grid();
        view().lists().setSelectedIndex(1); // the user opens the "Distance claims" tab
        com.github.mvysny.kaributesting.v10.GridKt._select(grid, claim); // and clicks the row

        GeoMap map = view().map();
        assertThat(map.getSelectedLineId()).isEqualTo(claim.id());
        assertThat(map.getSelectedId()).as("place selection cleared").isNull();
        assertThat(map.getHighlightedIds()).containsExactlyInAnyOrder(
                claim.claim().from().placeId(), claim.claim().to().placeId());
        assertThat(view().placeList().grid().asSingleSelect().getValue()).isNull();
        String shown = view().excerpts().getElement().getTextRecursively();
        assertThat(shown).contains("Hama → Tartus").contains("about 50 miles").contains("✓ consistent")
                .contains(claim.excerpt().title());

        // choosing a place clears the claim selection again
        view().select(placeLabelled("Homs").id());
        assertThat(map.getSelectedLineId()).isNull();
        assertThat(map.getHighlightedIds()).isEmpty();
        assertThat(grid.asSingleSelect().getValue()).isNull();
    }

    @Test
    void aClaimWhoseVerdictDependsOnTheReferencePointSaysSo() {
        // Homs–Latakia "roughly 75 miles": 76.6 mi to the city (issue 5), and to Hmeimim air base (OSLK,
        // 35.4011 N 35.9487 E) about 64 mi by a flat-earth estimate at 35° N: 0.926° of arc × 111.2 km
        MappedClaim claim = claimBetween("Homs", "Latakia");
        view().selectClaim(claim.id());
        String shown = view().excerpts().getElement().getTextRecursively();
        assertThat(shown).contains("the verdict depends on that choice").doesNotContain("()");
        assertThat(claim.claim().referencePoints().minKm() / 1.609344).isBetween(63.0, 65.0);
        assertThat(claim.claim().referencePoints().maxKm() / 1.609344).isBetween(76.0, 77.0);
    }

    @Test
    void clickingAClaimLineSelectsTheClaim() {
        MappedClaim claim = atlas.claims().stream().filter(MappedClaim::drawable).findFirst().orElseThrow();
        GeoMap map = view().map();
        ComponentUtil.fireEvent(map, new GeoMap.LineClickEvent(map, true, claim.id()));

        assertThat(view().claims().grid().asSingleSelect().getValue()).isEqualTo(claim);
        assertThat(map.getSelectedLineId()).isEqualTo(claim.id());
        assertThat(view().excerpts().getElement().getTextRecursively()).contains(claim.title());
    }

    @Test
    void claimsSortByTheSizeOfTheirDeviationWithUnmeasuredOnesLast() {
        Grid<MappedClaim> grid = view().claims().grid();
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("deviation"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        List<Double> deviations = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid).stream()
                .map(c -> c.claim().deviationPercent()).toList();
        List<Double> measured = deviations.stream().filter(java.util.Objects::nonNull).map(Math::abs).toList();
        assertThat(measured).isSorted();
        int firstNull = deviations.indexOf(null);
        if (firstNull >= 0) {
            assertThat(deviations.subList(firstNull, deviations.size())).containsOnlyNulls();
        }
    }

    @Test
    void aPlaceLinkOpensThePlaceAndTheAddressFollowsSelections() {
        MappedPlace tartus = placeLabelled("Tartus");
        UI.getCurrent().navigate("place/" + tartus.id());
        assertThat(view().map().getSelectedId()).isEqualTo(tartus.id());
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("Tartus");
        assertThat(view().getPageTitle()).startsWith("Tartus");

        // clicking a marker moves to that place's address
        GeoMap map = view().map();
        MappedPlace homs = placeLabelled("Homs");
        ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, homs.id()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("place/" + homs.id());
        assertThat(view().map().getSelectedId()).isEqualTo(homs.id());
    }

    @Test
    void claimAndArticleLinksOpenTheirViews() {
        MappedClaim claim = claimBetween("Hama", "Tartus");
        UI.getCurrent().navigate("claim/" + MapView.encode(claim.id()));
        assertThat(view().map().getSelectedLineId()).isEqualTo(claim.id());
        assertThat(view().claims().grid().asSingleSelect().getValue()).isEqualTo(claim);

        var article = atlas.articles().getFirst();
        UI.getCurrent().navigate("article/" + MapView.encode(article.article().id()));
        assertThat(view().map().getSelectedLineId()).isNull();
        assertThat(view().articleList().grid().asSingleSelect().getValue().id()).isEqualTo(article.article().id());
        String shown = view().excerpts().getElement().getTextRecursively();
        assertThat(shown).contains(article.article().title());
        // a stretch of the body well past the title is shown whole (paragraphs become blocks, so spaces
        // between them are not part of the page text: compare without any)
        String body = article.article().text().strip();
        String sample = body.substring(body.length() / 2, body.length() / 2 + 40);
        assertThat(shown.replaceAll("\\s+", "")).contains(sample.replaceAll("\\s+", ""));
        // its places are highlighted on the map
        assertThat(view().map().getHighlightedIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(atlas.place(id)).isPresent());
    }

    @Test
    void unknownIdsInAddressesSelectNothing() {
        UI.getCurrent().navigate("place/no-such:1");
        assertThat(view().map().getSelectedId()).isNull();
        UI.getCurrent().navigate("claim/nothing");
        assertThat(view().map().getSelectedLineId()).isNull();
        UI.getCurrent().navigate("article/nothing");
        assertThat(view().articleList().grid().asSingleSelect().getValue()).isNull();
    }

    @Test
    void filteringByArticleShowsOnlyThatArticlesPlacesAndClaims() {
        var article = atlas.articles().stream()
                .filter(a -> atlas.claims().stream().anyMatch(c -> c.claim().articleId().equals(a.article().id())))
                .findFirst().orElseThrow();
        view().articleFilter().setValue(java.util.Set.of(article));

        java.util.Set<String> expected = article.resolvedMentions().stream()
                .filter(m -> m.zone() != org.placemap.corpus.Zone.BOILERPLATE)
                .map(m -> m.place().id()).collect(java.util.stream.Collectors.toSet());
        assertThat(markers()).extracting(GeoMap.Marker::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(view().claims().grid().getGenericDataView().getItems().toList())
                .allSatisfy(c -> assertThat(c.claim().articleId()).isEqualTo(article.article().id()));
        assertThat(view().shownAtlas().articleCount()).isEqualTo(1);

        view().articleFilter().clear();
        assertThat(markers()).hasSize(atlas.places().size());
    }

    @Test
    void filteringByKindHidesThoseMarkersAndARequestedPlaceBringsThemBack() {
        view().kindFilter().deselect(org.placemap.gazetteer.PlaceKind.MapCategory.COUNTRY);
        assertThat(markers()).extracting(GeoMap.Marker::category).doesNotContain("country").contains("city");
        assertThat(view().placeList().grid().getGenericDataView().getItems().toList())
                .noneMatch(p -> p.place().kind() == org.placemap.gazetteer.PlaceKind.COUNTRY);

        MappedPlace syria = placeLabelled("Syria");
        UI.getCurrent().navigate("place/" + syria.id());
        assertThat(view().map().getSelectedId()).isEqualTo(syria.id());
        assertThat(markers()).extracting(GeoMap.Marker::category).contains("country");
    }

    @Test
    void pastingAnArticleAddsItsPlacesToTheMapWithoutAReload() throws Exception {
        int before = markers().size();
        AddArticlesDialog dialog = openAddDialog();
        dialog.titleField().setValue("Ferry <b>strike</b> in the north");
        dialog.text().setValue("Ferries between Reykjavik and Akureyri stopped on Monday, the harbour office in "
                + "Reykjavik said.\n\nAkureyri lies about 250 miles from Reykjavik by road.\n");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(dialog.addButton());
        waitFor(() -> dialog.pending() == 0);

        String outcome = dialog.results().getElement().getTextRecursively();
        assertThat(outcome).startsWith("✓ Added “Ferry <b>strike</b> in the north”");
        List<GeoMap.Marker> now = markers();
        assertThat(now).extracting(GeoMap.Marker::label).contains("Reykjavik", "Akureyri");
        assertThat(now.size()).isGreaterThanOrEqualTo(before + 2);
        // the new article is shown, and the same text again is recognised as a duplicate
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("Ferry <b>strike</b> in the north");
        String id = view().articleList().grid().asSingleSelect().getValue().id();
        dialog.text().setValue("Ferries between Reykjavik and Akureyri stopped on Monday, the harbour office in "
                + "Reykjavik said.\n\nAkureyri lies about 250 miles from Reykjavik by road.\n");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(dialog.addButton());
        waitFor(() -> dialog.pending() == 0);
        assertThat(dialog.results().getElement().getChildren().findFirst().orElseThrow().getTextRecursively())
                .startsWith("= ").contains("already in the library");

        // deleting it takes its places off the map again
        dialog.close();
        view().confirmDelete(id);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("delete-confirm")));
        assertThat(markers()).extracting(GeoMap.Marker::label).doesNotContain("Reykjavik", "Akureyri");
        assertThat(library.article(id)).isEmpty();
    }

    @Test
    void aRefusedPasteKeepsWhatTheUserTyped() throws Exception {
        int articles = library.articles().size();
        AddArticlesDialog dialog = openAddDialog();
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("add-url")).setValue("example.org/x");
        String body = "A long article\n\nFerries between Reykjavik and Akureyri stopped.\n";
        dialog.text().setValue(body);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(dialog.addButton());
        waitFor(() -> dialog.pending() == 0);

        assertThat(dialog.results().getElement().getTextRecursively()).startsWith("✗ ").contains("http");
        assertThat(dialog.text().getValue()).isEqualTo(body);
        assertThat(library.articles()).hasSize(articles);
    }

    @Test
    void choosingAPlaceThatTheListFilterHidesClearsTheFilterInsteadOfFailing() {
        view().placeList().search().setValue("Hama");
        MappedPlace tartus = placeLabelled("Tartus");
        GeoMap map = view().map();
        ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, tartus.id()));

        assertThat(map.getSelectedId()).isEqualTo(tartus.id());
        assertThat(view().placeList().grid().asSingleSelect().getValue()).isEqualTo(tartus);
        assertThat(view().placeList().search().getValue()).isEmpty();
    }

    @Test
    void anArticleDeletedElsewhereLeavesTheArticleView() throws Exception {
        String id = library.add(org.placemap.library.NewArticle.ofText(
                "Ferry news\n\nFerries between Reykjavik and Akureyri stopped on Monday.\n")).article().id();
        UI.getCurrent().navigate("article/" + id);
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("Ferry news");

        library.delete(id); // as another session or the REST API would
        MockVaadin.clientRoundtrip(false);

        assertThat(view().excerpts().getElement().getTextRecursively()).doesNotContain("Ferry news");
        assertThat(view().map().getHighlightedIds()).isEmpty();
    }

    @Test
    void anEmptyPasteIsRefusedWithAMessageAndNothingIsAdded() {
        int articles = library.articles().size();
        AddArticlesDialog dialog = openAddDialog();
        dialog.text().setValue("   \n ");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(dialog.addButton());
        assertThat(dialog.text().isInvalid()).isTrue();
        assertThat(dialog.text().getErrorMessage()).isNotBlank();
        assertThat(dialog.pending()).isZero();
        assertThat(library.articles()).hasSize(articles);
    }

    @Test
    void choosingAPlaceBringsItIntoViewWithoutMovingAMapThatAlreadyShowsIt() {
        MappedPlace hama = placeLabelled("Hama");
        view().select(hama.id());
        GeoMap.View moved = view().map().getView();
        assertThat(moved).isNotNull();
        assertThat(moved.south()).isEqualTo(hama.place().point().latitudeDeg());
        assertThat(moved.east()).isEqualTo(hama.place().point().longitudeDeg());
        assertThat(moved.keepIfVisible()).as("a place on screen leaves the map alone").isTrue();
        assertThat(moved.maxZoom()).isEqualTo(MapView.SELECTION_MAX_ZOOM);

        // choosing it again after the reader panned away asks again (a new request, not the same value)
        view().select(null);
        view().select(hama.id());
        assertThat(view().map().getView().seq()).isGreaterThan(moved.seq());
    }

    @Test
    void choosingAClaimBringsBothEndsIntoView() {
        MappedClaim claim = claimBetween("Hama", "Tartus");
        view().selectClaim(claim.id());
        GeoMap.View moved = view().map().getView();
        var hama = claim.claim().from().point();
        var tartus = claim.claim().to().point();
        assertThat(moved.south()).isEqualTo(Math.min(hama.latitudeDeg(), tartus.latitudeDeg()));
        assertThat(moved.north()).isEqualTo(Math.max(hama.latitudeDeg(), tartus.latitudeDeg()));
        assertThat(moved.west()).isEqualTo(Math.min(hama.longitudeDeg(), tartus.longitudeDeg()));
        assertThat(moved.east()).isEqualTo(Math.max(hama.longitudeDeg(), tartus.longitudeDeg()));
    }

    @Test
    void choosingAnArticleOrAFilterFitsTheMapToWhatItShows() {
        var article = atlas.articles().getFirst();
        view().selectArticle(article.article().id());
        GeoMap.View moved = view().map().getView();
        assertThat(moved.keepIfVisible()).as("an article is always fitted").isFalse();
        // every place of the article's focus lies inside the requested area
        var expected = MapFocus.ofOrAll(article.resolvedMentions().stream().map(m -> m.place().id()).distinct()
                .flatMap(id -> atlas.place(id).stream()).toList()).orElseThrow();
        assertThat(moved.south()).isEqualTo(expected.south());
        assertThat(moved.north()).isEqualTo(expected.north());

        // a filter the user changes fits the map to what stays shown: bases only
        view().kindFilter().setValue(java.util.Set.of(org.placemap.gazetteer.PlaceKind.MapCategory.BASE));
        GeoMap.View filtered = view().map().getView();
        assertThat(filtered.seq()).isGreaterThan(moved.seq());
        List<MappedPlace> bases = atlas.places().stream()
                .filter(p -> p.place().kind().category() == org.placemap.gazetteer.PlaceKind.MapCategory.BASE).toList();
        assertThat(bases).isNotEmpty().allSatisfy(b -> {
            double lat = b.place().point().latitudeDeg();
            if (MapFocus.of(bases).orElseThrow().south() <= lat && lat <= MapFocus.of(bases).orElseThrow().north()) {
                assertThat(lat).isBetween(filtered.south(), filtered.north());
            }
        });
    }

    @Test
    void anUnknownLinkSaysSoInsteadOfShowingThePlainMapSilently() {
        UI.getCurrent().navigate("place/geonames:0");
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "No place “geonames:0” is in the gazetteer or mentioned in this library.");
        UI.getCurrent().navigate("claim/nothing");
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "No distance claim “nothing” is in this library.");
    }

    @Test
    void aVerdictThatDependsOnTheReferencePointIsMarkedOnItsLineInTheListAndInTheLegend() {
        // Homs–Latakia: consistent to the city of Latakia, inconsistent to Hmeimim air base (OurAirports OSLK,
        // which names Latakia), so its verdict depends on the point taken; Hama–Tartus has no such facility pair
        MappedClaim homsLatakia = claimBetween("Homs", "Latakia");
        assertThat(ClaimsPanel.dependsOnReference(homsLatakia)).isTrue();
        assertThat(ClaimsPanel.dependsOnReference(claimBetween("Hama", "Tartus"))).isFalse();
        GeoMap.Line line = view().map().getLines().stream().filter(l -> l.id().equals(homsLatakia.id()))
                .findFirst().orElseThrow();
        assertThat(line.style()).endsWith("-depends");
        assertThat(line.label()).endsWith(ClaimsPanel.DEPENDS_MARK);
        assertThat(view().map().getElement().getPropertyRaw("legend").toString()).contains("claim-depends");
    }

    @Test
    void claimsCanBeFilteredByVerdictAndTakenOffTheMap() {
        int drawable = (int) atlas.claims().stream().filter(MappedClaim::drawable).count();
        view().claims().verdicts().setValue(java.util.Set.of(org.placemap.claims.Verdict.INCONSISTENT));
        List<MappedClaim> listed = view().claims().grid().getGenericDataView().getItems().toList();
        assertThat(listed).allMatch(c -> c.claim().verdict() == org.placemap.claims.Verdict.INCONSISTENT);
        assertThat(view().map().getLines()).allMatch(l -> l.style().startsWith("inconsistent"));

        view().claims().verdicts().setValue(java.util.EnumSet.allOf(org.placemap.claims.Verdict.class));
        assertThat(view().map().getLines()).hasSize(drawable);
        view().claims().onMap().setValue(false);
        assertThat(view().map().getLines()).isEmpty();
        assertThat(view().claims().grid().getGenericDataView().getItems().toList()).hasSize(atlas.claims().size());
        view().claims().onMap().setValue(true);
        assertThat(view().map().getLines()).hasSize(drawable);
    }

    @Test
    void exportsTakeTheFiltersOnlyWhenTheReaderAsksForWhatIsShown() {
        var article = atlas.articles().getFirst();
        view().articleFilter().setValue(java.util.Set.of(article));
        view().kindFilter().setValue(java.util.Set.of(org.placemap.gazetteer.PlaceKind.MapCategory.COUNTRY));
        view().claims().verdicts().setValue(java.util.Set.of(org.placemap.claims.Verdict.CONSISTENT));
        assertThat(view().exportUrl("api/places.csv", false)).isEqualTo("api/places.csv");

        view().exportShownOnly().setChecked(true);
        String encodedId = java.net.URLEncoder.encode(article.article().id(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(view().exportUrl("api/places.csv", false)).isEqualTo("api/places.csv?article=" + encodedId + "&kind=country");
        assertThat(view().exportUrl("api/claims.csv", true)).isEqualTo("api/claims.csv?article=" + encodedId + "&verdict=consistent");
        view().kindFilter().setValue(java.util.Set.of());
        assertThat(view().exportUrl("api/places.csv", false)).as("nothing shown, nothing to export").isNull();
    }

    @Test
    void theSearchBoxFindsAnyPlaceOfTheGazetteerInAnySpelling() {
        // "Tartous" is the French spelling of Tartus (GeoNames 163345); "Hmeimim" the air base by Latakia
        assertThat(view().search().results("Tartous")).first().satisfies(p -> {
            assertThat(p.id()).isEqualTo("geonames:163345");
            assertThat(PlaceSearch.label(p)).startsWith(p.name()).contains(" · SY · ").endsWith("34.89, 35.89");
        });
        assertThat(view().search().results("Hmeimim")).anySatisfy(p ->
                assertThat(p.kind()).isEqualTo(org.placemap.gazetteer.PlaceKind.AIR_BASE));
        assertThat(view().search().results("T")).as("one letter looks up nothing").isEmpty();
        // a new user's trial: "Bali" listed Paris first (a loose spelling of a foreign name of Paris); places called
        // exactly what was typed come first, the Indonesian province among them
        java.util.List<org.placemap.gazetteer.Place> bali = view().search().results("Bali");
        int province = java.util.stream.IntStream.range(0, bali.size())
                .filter(i -> bali.get(i).countryCode().equals("ID") && bali.get(i).kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION)
                .findFirst().orElseThrow();
        int paris = java.util.stream.IntStream.range(0, bali.size()).filter(i -> bali.get(i).name().equals("Paris"))
                .findFirst().orElse(Integer.MAX_VALUE);
        assertThat(province).isLessThan(paris);
        assertThat(bali.getFirst().name()).isNotEqualTo("Paris");
    }

    @Test
    void theFoldedFiltersButtonSaysHowManyOfItsFiltersHoldSomethingBack() {
        var toggle = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("filters-toggle"));
        assertThat(toggle.getText()).isEqualTo("Filters");
        view().kindFilter().setValue(java.util.Set.of(org.placemap.gazetteer.PlaceKind.MapCategory.CITY));
        assertThat(toggle.getText()).isEqualTo("Filters (1)");
        view().kindFilter().setValue(java.util.EnumSet.allOf(org.placemap.gazetteer.PlaceKind.MapCategory.class));
        assertThat(toggle.getText()).isEqualTo("Filters");

        com.github.mvysny.kaributesting.v10.ButtonKt._click(toggle);
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getParent().orElseThrow().getElement().getClassList()).contains("pm-filters-open");
    }

    @Test
    void aNameTheGazetteerDoesNotKnowSaysSoUnderTheSearchBoxInsteadOfAnEmptyList() {
        var box = view().search().box();
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(box, "Qqxzvw");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box)).isEmpty();
        assertThat(box.getHelperText()).contains("No place called “Qqxzvw”");

        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(box, "Tartous");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(box)).isNotEmpty();
        assertThat(box.getHelperText()).as("found: no message").isNull();

        // Enter on a name that finds nothing: the box clears and still says why
        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(box, "Qqxzvw");
        assertThat(box.getHelperText()).contains("Qqxzvw");
        assertThat(view().map().getSelectedId()).isNull();
    }

    @Test
    void aFoundPlaceNoArticleMentionsGetsAMarkerAndCanStartAMeasurement() {
        var kiruna = view().search().results("Kiruna").getFirst();
        assertThat(atlas.place(kiruna.id())).as("the samples do not mention Kiruna").isEmpty();
        view().showFound(kiruna);
        // the found place has an address of its own, like a mentioned one
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("place/" + kiruna.id());

        assertThat(markers()).filteredOn(m -> m.category().equals("found")).singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo(kiruna.name()));
        assertThat(view().map().getSelectedId()).isEqualTo(kiruna.id());
        assertThat(view().map().getView().south()).isEqualTo(kiruna.point().latitudeDeg());
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("not mentioned");

        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("measure-from-here")));
        view().measure().pick(placeLabelled("Hama"));
        // Kiruna (67.86 N, 20.23 E) to Hama (35.13 N, 36.76 E): about 3,800 km on the WGS84 ellipsoid
        assertThat(view().measure().distanceMetres()).hasValueSatisfying(m -> assertThat(m / 1000).isBetween(3_700.0, 3_900.0));
        assertThat(view().measure().result().getText()).startsWith(kiruna.name() + " → Hama");
        // the box shows the end that is no listed place, in the box (a new user's trial: it stood below an empty box)
        assertThat(view().measure().fromBox().getPlaceholder()).isEqualTo(kiruna.name());
        assertThat(view().measure().fromBox().getHelperText()).isNull();

        // the link alone (a new tab, a bookmark) shows the same pin and entry
        view().showFound(placeLabelled("Homs").place());
        UI.getCurrent().navigate("place/" + kiruna.id());
        assertThat(view().map().getSelectedId()).isEqualTo(kiruna.id());
        assertThat(markers()).filteredOn(m -> m.category().equals("found")).singleElement()
                .satisfies(m -> assertThat(m.label()).isEqualTo(kiruna.name()));
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("not mentioned");

        // a found place the articles do mention is selected like any other, and the pin goes
        view().showFound(placeLabelled("Homs").place());
        assertThat(view().map().getSelectedId()).isEqualTo(placeLabelled("Homs").id());
        assertThat(markers()).noneMatch(m -> m.category().equals("found"));

        // back to the plain map (Back, or the address "/"): no pin is left standing (a new user's trial)
        UI.getCurrent().navigate("place/" + kiruna.id());
        assertThat(markers()).filteredOn(m -> m.category().equals("found")).hasSize(1);
        UI.getCurrent().navigate("");
        assertThat(markers()).noneMatch(m -> m.category().equals("found"));
        assertThat(view().map().getSelectedId()).isNull();
    }

    @Test
    void seasAreNamedOnTheMapLargestFirst() {
        List<GeoMap.AreaLabel> seas = SeaLabels.of(context.getBean(org.placemap.gazetteer.Gazetteer.class));
        assertThat(seas).extracting(GeoMap.AreaLabel::name).anyMatch(n -> n.contains("Mediterranean"));
        // the Pacific is wider than the Mediterranean, which is wider than the Bosporus
        List<String> names = seas.stream().map(GeoMap.AreaLabel::name).toList();
        int pacific = indexOf(names, "Pacific");
        int mediterranean = indexOf(names, "Mediterranean");
        assertThat(pacific).isNotNegative().isLessThan(mediterranean);
        assertThat(view().map().getElement().getPropertyRaw("areaLabels")).isNotNull();
    }

    private static int indexOf(List<String> names, String part) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    /** Clicks "Add articles", as a user does, and returns the dialog it opens. */
    private static AddArticlesDialog openAddDialog() {
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("add-articles")));
        return _get(AddArticlesDialog.class);
    }

    /** Lets background work hand its results to the UI (ui.access) until the condition holds. */
    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
            MockVaadin.clientRoundtrip(false);
        }
    }

    private MappedClaim claimBetween(String from, String to) {
        return atlas.claims().stream()
                .filter(c -> c.claim().from().name().equals(from) && c.claim().to().name().equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("no claim " + from + " → " + to + " in " + atlas.claims()));
    }

    private List<GeoMap.Marker> markers() {
        return view().map().getMarkers();
    }

    private MappedPlace placeLabelled(String label) {
        return atlas.places().stream().filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no place labelled " + label));
    }
}
