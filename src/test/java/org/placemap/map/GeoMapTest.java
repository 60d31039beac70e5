package org.placemap.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The component's server side: what it hands to the browser, and what it keeps. */
class GeoMapTest {

    @Test
    void stateIsHeldInElementPropertiesSoItSurvivesReattach() {
        GeoMap map = new GeoMap();
        map.setMarkers(List.of(new GeoMap.Marker("a", 35.1, 36.7, "Hama", "city")));
        map.setSelectedId("a");
        Div parent = new Div(map);
        parent.remove(map);
        parent.add(map);

        assertThat(map.getElement().getPropertyRaw("markers")).isNotNull();
        assertThat(map.getMarkers()).extracting(GeoMap.Marker::label).containsExactly("Hama");
        assertThat(map.getSelectedId()).isEqualTo("a");
    }

    @Test
    void clearingTheSelectionLeavesNoId() {
        GeoMap map = new GeoMap();
        map.setSelectedId("a");
        map.setSelectedId(null);
        assertThat(map.getSelectedId()).isNull();
    }

    @Test
    void tileLayerIsASettingAndOffByDefault() {
        GeoMap map = new GeoMap();
        assertThat(map.getElement().getProperty("tileUrl", "")).isEmpty();
        map.setTileLayer("https://tile.example.org/{z}/{x}/{y}.png", "© Example");
        assertThat(map.getElement().getProperty("tileUrl")).isEqualTo("https://tile.example.org/{z}/{x}/{y}.png");
        assertThat(map.getElement().getProperty("tileAttribution")).isEqualTo("© Example");
        map.setTileLayer(null, null);
        assertThat(map.getElement().getProperty("tileUrl")).isEmpty();
    }

    @Test
    void markerClicksArriveAsEventsCarryingOnlyTheId() {
        GeoMap map = new GeoMap();
        StringBuilder clicked = new StringBuilder();
        map.addMarkerClickListener(e -> clicked.append(e.getMarkerId()));
        com.vaadin.flow.component.ComponentUtil.fireEvent(map, new GeoMap.MarkerClickEvent(map, true, "geonames:170017"));
        assertThat(clicked).hasToString("geonames:170017");
    }
}
