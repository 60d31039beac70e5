package org.placemap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.placemap.atlas.Atlas;
import org.placemap.atlas.MappedClaim;
import org.placemap.distance.Geodesy;
import org.placemap.atlas.MappedPlace;
import org.placemap.map.GeoMap;
import org.placemap.system.PlacemapProperties;

/**
 * The map of every place the articles mention, a list of the places beside it, and the excerpts of the
 * selected place. Map and list stay in step: choosing in one selects in the other.
 */
@Route("")
@PageTitle("placemap")
public class MapView extends VerticalLayout {

    private static final int CLAIM_SEGMENTS = 32;

    private final Atlas atlas;
    private final GeoMap map = new GeoMap();
    private final PlaceList placeList;
    private final ExcerptPanel excerpts = new ExcerptPanel();
    private final MeasurePanel measure;
    private final ClaimsPanel claims;
    private final TabSheet lists = new TabSheet();
    private final List<GeoMap.Line> claimLines;
    private List<GeoMap.Line> measureLine = List.of();

    public MapView(Atlas atlas, PlacemapProperties properties) {
        this.atlas = atlas;
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        map.setId("map");
        map.setMarkers(atlas.places().stream().map(MapView::marker).toList());
        claimLines = atlas.claims().stream().filter(MappedClaim::drawable).map(MapView::line).toList();
        map.setLegend(legend(!claimLines.isEmpty()));
        MapFocus.of(atlas.places()).ifPresent(map::setFocus);
        map.setTileLayer(properties.tileUrl(), properties.tileAttribution());
        measure = new MeasurePanel(atlas.places());
        measure.onLineChange(line -> {
            measureLine = line.stream().toList();
            drawLines();
        });
        drawLines();
        measure.onPickingChange(map::setPicking);
        map.addMarkerClickListener(event -> {
            if (measure.isPicking()) {
                atlas.place(event.getMarkerId()).ifPresent(measure::pick);
            } else {
                select(event.getMarkerId());
            }
        });
        map.addLineClickListener(event -> selectClaim(event.getLineId()));
        map.addMapClickListener(event -> {
            if (measure.isPicking()) {
                measure.pick(event.getLat(), event.getLon());
            }
        });

        placeList = new PlaceList(atlas.places());
        placeList.addSelectionListener(place -> select(place == null ? null : place.id()));

        claims = new ClaimsPanel(atlas.claims());
        claims.addSelectionListener(claim -> selectClaim(claim == null ? null : claim.id()));
        lists.add(new Tab("Places (" + atlas.places().size() + ")"), placeList);
        lists.add(new Tab("Distance claims (" + atlas.claims().size() + ")"), claims);
        lists.addClassName("pm-lists");
        lists.setId("lists");

        Div side = new Div(lists, measure, excerpts);
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
        map.setSelectedLineId(null);
        map.setHighlightedIds(List.of());
        claims.show(null);
        map.setSelectedId(place == null ? null : place.id());
        placeList.show(place);
        excerpts.show(place);
    }

    /**
     * Selects a distance claim by id: its line and both endpoints on the map, its row in the claims
     * list, its sentence and verdict in the excerpt panel; unknown ids clear the selection.
     */
    void selectClaim(String claimId) {
        MappedClaim claim = claimId == null ? null : atlas.claim(claimId).orElse(null);
        map.setSelectedId(null);
        placeList.show(null);
        if (claim == null) {
            map.setSelectedLineId(null);
            map.setHighlightedIds(List.of());
            claims.show(null);
            excerpts.show((MappedPlace) null);
            return;
        }
        map.setSelectedLineId(claim.drawable() ? claim.id() : null);
        map.setHighlightedIds(java.util.stream.Stream.of(claim.claim().from().placeId(), claim.claim().to().placeId())
                .filter(java.util.Objects::nonNull).toList());
        lists.setSelectedIndex(1);
        claims.show(claim);
        excerpts.show(claim);
    }

    private void drawLines() {
        List<GeoMap.Line> all = new ArrayList<>(claimLines);
        all.addAll(measureLine);
        map.setLines(all);
    }

    private static List<GeoMap.LegendEntry> legend(boolean withClaims) {
        List<GeoMap.LegendEntry> entries = new ArrayList<>(PlaceCategories.legend());
        if (withClaims) {
            entries.add(new GeoMap.LegendEntry("claim-consistent", "Cited distance: consistent ✓"));
            entries.add(new GeoMap.LegendEntry("claim-inconsistent", "Cited distance: inconsistent ✗"));
            entries.add(new GeoMap.LegendEntry("claim-unverifiable", "Cited distance: unverifiable ?"));
        }
        return entries;
    }

    /** A claim as a great-circle (geodesic) line between its endpoints, coloured by verdict. */
    private static GeoMap.Line line(MappedClaim c) {
        var from = c.claim().from().point();
        var to = c.claim().to().point();
        return new GeoMap.Line(c.id(), Geodesy.path(from, to, CLAIM_SEGMENTS), c.claim().label(), c.claim().verdict().name().toLowerCase(Locale.ROOT));
    }

    TabSheet lists() {
        return lists;
    }

    ClaimsPanel claims() {
        return claims;
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
