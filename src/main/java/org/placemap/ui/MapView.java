package org.placemap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.placemap.atlas.Atlas;
import org.placemap.atlas.MappedPlace;
import org.placemap.library.ArticleLibrary;
import org.placemap.map.GeoMap;
import org.placemap.system.PlacemapProperties;

/**
 * The map of every place the articles mention, a list of the places beside it, and the excerpts of the
 * selected place. Map and list stay in step: choosing in one selects in the other.
 */
@Route("")
@PageTitle("placemap")
public class MapView extends VerticalLayout {

    private final Atlas atlas;
    private final GeoMap map = new GeoMap();
    private final PlaceList placeList;
    private final ExcerptPanel excerpts = new ExcerptPanel();
    private final MeasurePanel measure;

    public MapView(ArticleLibrary library, PlacemapProperties properties) {
        this.atlas = library.atlas();
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        map.setId("map");
        map.setMarkers(atlas.places().stream().map(MapView::marker).toList());
        map.setLegend(PlaceCategories.legend());
        MapFocus.of(atlas.places()).ifPresent(map::setFocus);
        map.setTileLayer(properties.tileUrl(), properties.tileAttribution());
        measure = new MeasurePanel(atlas.places());
        measure.onLineChange(line -> map.setLines(line.stream().toList()));
        measure.onPickingChange(map::setPicking);
        map.addMarkerClickListener(event -> {
            if (measure.isPicking()) {
                atlas.place(event.getMarkerId()).ifPresent(measure::pick);
            } else {
                select(event.getMarkerId());
            }
        });
        map.addMapClickListener(event -> {
            if (measure.isPicking()) {
                measure.pick(event.getLat(), event.getLon());
            }
        });

        placeList = new PlaceList(atlas.places());
        placeList.addSelectionListener(place -> select(place == null ? null : place.id()));

        Div side = new Div(placeList, measure, excerpts);
        side.addClassName("pm-side");

        HorizontalLayout body = new HorizontalLayout(map, side);
        body.addClassName("pm-body");
        body.setSizeFull();
        body.setSpacing(false);
        body.setFlexGrow(1, map);
        body.setAlignItems(FlexComponent.Alignment.STRETCH);

        add(header(), body);
        setFlexGrow(1, body);
    }

    private Div header() {
        H1 title = new H1("placemap");
        Span summary = new Span(atlas.places().size() + " places in " + atlas.articleCount() + " articles");
        summary.addClassName("pm-summary");
        Div header = new Div(title, summary);
        header.addClassName("pm-header");
        return header;
    }

    /** Selects a place by id in map, list and excerpt panel; unknown ids clear the selection. */
    void select(String placeId) {
        MappedPlace place = placeId == null ? null : atlas.place(placeId).orElse(null);
        map.setSelectedId(place == null ? null : place.id());
        placeList.show(place);
        excerpts.show(place);
    }

    GeoMap map() {
        return map;
    }

    PlaceList placeList() {
        return placeList;
    }

    ExcerptPanel excerpts() {
        return excerpts;
    }

    MeasurePanel measure() {
        return measure;
    }

    private static GeoMap.Marker marker(MappedPlace p) {
        var point = p.place().point();
        return new GeoMap.Marker(p.id(), point.latitudeDeg(), point.longitudeDeg(),
                p.label(), PlaceCategories.cssKey(p.place().kind()));
    }
}
