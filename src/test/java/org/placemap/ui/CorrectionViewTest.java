package org.placemap.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Verdict;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.Corrections;
import org.placemap.library.NewArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Correcting from the excerpt panel, the article view and the claim view (Karibu, real gazetteer), in a
 * context and data folder of its own: each test adds its own article.
 */
@SpringBootTest(properties = "placemap.test-context=corrections-ui")
class CorrectionViewTest {
    private static Routes routes;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleLibrary library;

    @Autowired
    Gazetteer gazetteer;

    private String articleId;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.placemap.ui");
    }

    @BeforeEach
    void setUp() throws Exception {
        articleId = library.add(NewArticle.ofText("Fair in Palmyra\n\nThe county fair in Palmyra opened on Friday, and "
                + "the mayor of Palmyra spoke. The port was quiet. The city of Hama lies about 50 miles from Tartus, "
                + "officials said on day " + System.nanoTime() + ".\n")).article().id();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().navigate(MapView.class);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        library.delete(articleId);
    }

    private MapView view() {
        return _get(MapView.class);
    }

    private List<Mention> named(String name) {
        return library.stored(articleId).orElseThrow().mentions().stream().filter(m -> m.text().equals(name)).toList();
    }

    private static Stream<Element> tree(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(CorrectionViewTest::tree));
    }

    private List<Element> correctable() {
        return tree(view().excerpts().getElement()).filter(e -> e.getClassList().contains("pm-correctable")).toList();
    }

    private static void click(Element e) {
        ElementUtilsKt._fireDomEvent(e, new DomEvent(e, "click", JsonNodeFactory.instance.objectNode()));
    }

    private static List<Button> choices(CorrectionDialog dialog) {
        return tree(dialog.getElement()).filter(e -> e.getClassList().contains("pm-correction-choice"))
                .map(e -> (Button) e.getComponent().orElseThrow()).toList();
    }

    private static String placeOf(Button choice) {
        return choice.getElement().getAttribute("data-place");
    }

    @Test
    void aNameInAPlacesExcerptsIsCorrectedInTwoClicksAndUndone() {
        Mention palmyra = named("Palmyra").get(0);
        view().select(palmyra.place().id());
        Element mark = correctable().stream().filter(e -> e.getAttribute("data-span").equals(palmyra.start() + "-" + palmyra.end()))
                .findFirst().orElseThrow();

        click(mark); // one
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        Button keep = _get(dialog, Button.class, spec -> spec.withId("correction-keep"));
        assertThat(keep.getText()).startsWith("Keep: " + palmyra.place().name());
        assertThat(placeOf(keep)).isEqualTo(palmyra.place().id());
        Button other = choices(dialog).stream().filter(b -> !placeOf(b).equals(palmyra.place().id())).findFirst().orElseThrow();
        String chosen = placeOf(other);
        ButtonKt._click(other); // two

        assertThat(dialog.isOpened()).isFalse();
        Mention now = named("Palmyra").get(0);
        assertThat(now.place().id()).isEqualTo(chosen);
        assertThat(now.decidedBy()).isEqualTo("reader");
        assertThat(named("Palmyra").get(1).place().id()).as("this mention only").isEqualTo(palmyra.place().id());
        Button undo = _get(Button.class, spec -> spec.withId("undo-correction"));
        assertThat(undo.isVisible()).isTrue();
        // the name went to a place not in view: the notification offers to go there
        ButtonKt._click(_get(Button.class, spec -> spec.withId("correction-show")));
        assertThat(view().map().getSelectedId()).isEqualTo(chosen);

        ButtonKt._click(undo);
        assertThat(named("Palmyra").get(0).place().id()).isEqualTo(palmyra.place().id());
        assertThat(named("Palmyra").get(0).decision()).isNull();
        assertThat(undo.isVisible()).isFalse();
    }

    @Test
    void applyToAllInTheArticleChangesEveryMentionOfTheName() {
        List<Mention> before = named("Palmyra");
        view().selectArticle(articleId);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("correct-places")));
        Element mark = correctable().stream().filter(e -> e.getAttribute("data-span").equals(before.get(1).start() + "-"
                + before.get(1).end())).findFirst().orElseThrow();
        click(mark);
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        dialog.scope().setValue(Corrections.Scope.ARTICLE);
        Button other = choices(dialog).stream().filter(b -> !placeOf(b).equals(before.get(0).place().id())).findFirst().orElseThrow();
        ButtonKt._click(other);

        assertThat(named("Palmyra")).hasSameSizeAs(before).allSatisfy(m -> {
            assertThat(m.place().id()).isEqualTo(placeOf(other));
            assertThat(m.decidedBy()).isEqualTo("reader");
        });
        // the article view, still in correcting mode, marks them as the reader's (the title is its heading)
        assertThat(tree(view().excerpts().getElement()).filter(e -> e.getClassList().contains("pm-decided")).count())
                .isEqualTo(before.stream().filter(m -> m.zone() != org.placemap.corpus.Zone.TITLE).count());
    }

    @Test
    void notAPlaceFromTheArticleViewAndAMissedNameAddedFromSelectedWords() {
        Mention hama = named("Hama").get(0);
        view().selectArticle(articleId);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("correct-places")));
        click(correctable().stream().filter(e -> e.getAttribute("data-span").equals(hama.start() + "-" + hama.end()))
                .findFirst().orElseThrow());
        ButtonKt._click(_get(Button.class, spec -> spec.withId("correction-not-a-place")));
        assertThat(named("Hama").get(0).isRejected()).isTrue();

        String text = library.stored(articleId).orElseThrow().text();
        int port = text.indexOf("port");
        assertThat(named("port")).isEmpty();
        // a sloppy selection (" port w") is trimmed and widened to the whole word
        view().excerpts().selected(articleId, port - 1, port + 3);
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        Place tartus = gazetteer.candidates("Tartus").get(0).place();
        @SuppressWarnings("unchecked")
        ComboBox<Place> search = (ComboBox<Place>) _get(dialog, ComboBox.class, spec -> spec.withId("correction-search"));
        search.setValue(tartus);
        Mention added = named("port").get(0);
        assertThat(added.start()).isEqualTo(port);
        assertThat(added.place().id()).isEqualTo(tartus.id());
        assertThat(added.decidedBy()).isEqualTo("reader");
    }

    @Test
    void aClaimEndCorrectedInTheClaimViewGetsItsNewMeasurementAndVerdictAtOnce() {
        DistanceClaim claim = library.stored(articleId).orElseThrow().claims().get(0);
        assertThat(claim.verdict()).isEqualTo(Verdict.CONSISTENT);
        String claimId = library.atlas().claims().stream().filter(c -> c.claim().articleId().equals(articleId))
                .findFirst().orElseThrow().id();
        view().selectClaim(claimId);
        Button fixTo = tree(view().excerpts().getElement()).filter(e -> e.getClassList().contains("pm-fix-end"))
                .map(e -> (Button) e.getComponent().orElseThrow())
                .filter(b -> b.getText().contains(claim.to().name())).findFirst().orElseThrow();
        ButtonKt._click(fixTo);
        CorrectionDialog dialog = _get(CorrectionDialog.class);
        Place aleppo = gazetteer.candidates("Aleppo").get(0).place();
        @SuppressWarnings("unchecked")
        ComboBox<Place> search = (ComboBox<Place>) _get(dialog, ComboBox.class, spec -> spec.withId("correction-search"));
        search.setValue(aleppo);

        DistanceClaim after = library.stored(articleId).orElseThrow().claims().get(0);
        assertThat(after.to().placeId()).isEqualTo(aleppo.id());
        // Hama–Aleppo is about 120 km: "about 50 miles" (80 km) no longer holds
        assertThat(after.measuredKm()).isBetween(110.0, 135.0);
        assertThat(after.verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("Aleppo").contains("inconsistent");
    }

    @Test
    void aClaimLeftUnmeasuredByACorrectionIsMeasuredAgainInThePanelWhenItsEndIsPlaced() {
        DistanceClaim claim = library.stored(articleId).orElseThrow().claims().get(0);
        String claimId = library.atlas().claims().stream().filter(c -> c.claim().articleId().equals(articleId))
                .findFirst().orElseThrow().id();
        view().selectClaim(claimId);
        java.util.function.Supplier<Button> fixTo = () -> tree(view().excerpts().getElement())
                .filter(e -> e.getClassList().contains("pm-fix-end")).map(e -> (Button) e.getComponent().orElseThrow())
                .filter(b -> b.getText().contains(claim.to().name())).findFirst().orElseThrow();

        ButtonKt._click(fixTo.get());
        ButtonKt._click(_get(Button.class, spec -> spec.withId("correction-not-a-place")));
        assertThat(library.stored(articleId).orElseThrow().claims().get(0).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("unverifiable");

        // the claim has no line now: the panel must still follow it
        ButtonKt._click(fixTo.get());
        Place aleppo = gazetteer.candidates("Aleppo").get(0).place();
        @SuppressWarnings("unchecked")
        ComboBox<Place> search = (ComboBox<Place>) _get(_get(CorrectionDialog.class), ComboBox.class,
                spec -> spec.withId("correction-search"));
        search.setValue(aleppo);
        assertThat(library.stored(articleId).orElseThrow().claims().get(0).verdict()).isEqualTo(Verdict.INCONSISTENT);
        assertThat(view().excerpts().getElement().getTextRecursively()).contains("inconsistent").doesNotContain("unverifiable");
        assertThat(view().map().getSelectedLineId()).isEqualTo(claimId);
    }

    @Test
    void theToCheckFilterShowsOnlyDoubtfulPlacesFlaggedOnTheMapAndConfirmingOneTakesItOff() {
        double below = 0.6; // placemap.review-below, default
        List<org.placemap.atlas.MappedPlace> doubtful = library.atlas().places().stream().filter(p -> p.toReview(below)).toList();
        assertThat(doubtful).as("the samples hold a mention below 0.6 (Tartus, 0.57)").isNotEmpty();
        com.vaadin.flow.component.checkbox.Checkbox filter = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("review-filter"));
        assertThat(filter.getLabel()).isEqualTo("To check (" + doubtful.size() + ")");

        filter.setValue(true);
        List<org.placemap.map.GeoMap.Marker> markers = view().map().getMarkers();
        assertThat(markers).extracting(org.placemap.map.GeoMap.Marker::id)
                .containsExactlyInAnyOrderElementsOf(doubtful.stream().map(org.placemap.atlas.MappedPlace::id).toList());
        assertThat(markers).allSatisfy(m -> assertThat(m.flag()).isEqualTo("check"));
        assertThat(view().placeList().grid().getListDataView().getItems().map(p -> view().placeList().nameCell(p)))
                .allSatisfy(name -> assertThat(name).endsWith("· check this"));

        // confirming the parser's reading of every doubtful mention of one place takes it off the list
        org.placemap.atlas.MappedPlace first = doubtful.get(0);
        List<Corrections.Result> made = new java.util.ArrayList<>();
        for (var parsed : library.atlas().articles()) {
            for (Mention m : parsed.mentions()) {
                if (m.place() != null && m.place().id().equals(first.id()) && m.decision() == null && m.confidence() < below) {
                    made.add(library.corrections().correct(parsed.article().id(), m.start(), m.end(), first.id(),
                            Corrections.Scope.MENTION, null));
                }
            }
        }
        view().setAtlas(library.atlas());
        assertThat(view().map().getMarkers()).extracting(org.placemap.map.GeoMap.Marker::id).doesNotContain(first.id());
        made.forEach(r -> library.corrections().undo(r.batch()));
    }

    @Test
    void theDateRangeShowsOnlyArticlesPublishedInItAndSaysHowManyUndatedItHides() throws Exception {
        String january = library.add(new NewArticle(null, null, java.time.LocalDate.of(2024, 1, 10),
                "Ferries in Reykjavik\n\nFerries left Reykjavik on day " + System.nanoTime() + ".", null,
                NewArticle.Format.TEXT)).article().id();
        String february = library.add(new NewArticle(null, null, java.time.LocalDate.of(2024, 2, 10),
                "Snow in Akureyri\n\nSnow closed Akureyri on day " + System.nanoTime() + ".", null,
                NewArticle.Format.TEXT)).article().id();
        try {
            view().setAtlas(library.atlas());
            var from = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("date-from"));
            var to = _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("date-to"));
            // an ISO date typed by hand is read whatever the browser's locale; a US slashed date still is
            for (var picker : List.of(from, to)) {
                assertThat(picker.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd", "yyyy/M/d", "d.M.yyyy",
                        "M/d/yyyy");
            }
            from.setValue(java.time.LocalDate.of(2024, 2, 1));
            List<String> labels = view().map().getMarkers().stream().map(org.placemap.map.GeoMap.Marker::label).toList();
            assertThat(labels).contains("Akureyri").doesNotContain("Reykjavik");
            long undated = library.articles().stream().filter(r -> r.publishedDate() == null && r.status()
                    == org.placemap.library.ArticleRecord.Status.PARSED).count();
            assertThat(undated).as("the samples carry no date").isPositive();
            assertThat(_get(MapView.class).summary().getText()).endsWith("; " + undated + " undated hidden");

            from.setValue(java.time.LocalDate.of(2024, 1, 1));
            to.setValue(java.time.LocalDate.of(2024, 1, 31));
            labels = view().map().getMarkers().stream().map(org.placemap.map.GeoMap.Marker::label).toList();
            assertThat(labels).contains("Reykjavik").doesNotContain("Akureyri");
            // the Articles tab lists what the map shows
            assertThat(view().articlesTab().getLabel()).isEqualTo("Articles (1 of " + library.articles().size() + ")");
            from.clear();
            to.clear();
            assertThat(view().map().getMarkers().stream().map(org.placemap.map.GeoMap.Marker::label).toList())
                    .contains("Reykjavik", "Akureyri", "Hama");
        } finally {
            library.delete(january);
            library.delete(february);
        }
    }
}
