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
        assertThat(view().map().getLines()).singleElement().satisfies(line -> {
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
        assertThat(view().map().getLines()).isEmpty();
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

    private List<GeoMap.Marker> markers() {
        return view().map().getMarkers();
    }

    private MappedPlace placeLabelled(String label) {
        return atlas.places().stream().filter(p -> p.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no place labelled " + label));
    }
}
