package org.placemap.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;

/**
 * A Leaflet map drawn over an offline vector base map (Natural Earth country outlines), with markers
 * and lines. Knows nothing of articles or places: it shows what it is given and reports clicks by id.
 *
 * <p>State travels to the browser as element properties, so it survives detach and re-attach. The
 * browser reports a marker click as {@code marker-click} with the marker's id only; the server keeps
 * the objects behind the ids.
 */
@Tag("placemap-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.22")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "@types/topojson-client", version = "3.1.5")
@JsModule("./components/placemap-map.ts")
public class GeoMap extends Component implements HasSize {

    /**
     * A point marker.
     *
     * @param id       opaque id, echoed back in click events
     * @param lat      latitude in degrees
     * @param lon      longitude in degrees
     * @param label    accessible name and tooltip text (shown as text, never as HTML)
     * @param category style key; the legend names the categories given to {@link #setLegend}
     */
    /**
     * A point marker.
     *
     * @param category style key of its shape (e.g. "city", "base")
     * @param flag     "" or a mark drawn on the shape: "check" (a badge: a place whose reading is doubtful)
     */
    public record Marker(String id, double lat, double lon, String label, String category, String flag) {
        public Marker {
            Objects.requireNonNull(id);
            Objects.requireNonNull(label);
            Objects.requireNonNull(category);
            Objects.requireNonNull(flag);
        }

        /** A marker without a flag. */
        public Marker(String id, double lat, double lon, String label, String category) {
            this(id, lat, lon, label, category, "");
        }
    }

    /**
     * A polyline through {@code points} ([lat, lon] pairs, degrees). A line of exactly two points is drawn
     * along the great circle between them (the browser adds a point every 100 km or so, up to 64), so a
     * long line curves as on a globe; a line of more points is drawn through them as given.
     *
     * @param style style key (e.g. "consistent", "inconsistent", "measure")
     */
    public record Line(String id, List<double[]> points, String label, String style) {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A latitude/longitude box in degrees. */
    public record Bounds(double south, double west, double north, double east) {}

    /**
     * A move of the map, asked for by the application: the area to bring into view, the zoom the move may
     * not exceed, and whether an area already inside the view leaves the map where it is. {@code seq} makes
     * each request a new value, so asking twice for the same area moves the map twice (after the user
     * panned away in between).
     */
    public record View(double south, double west, double north, double east, double maxZoom, boolean keepIfVisible,
            int seq) {}

    /**
     * The name of an area drawn on the map itself (a sea), at {@code lat, lon}; shown only while the area,
     * from {@code west} to {@code east}, is wider on screen than the name.
     */
    public record AreaLabel(String name, double lat, double lon, double west, double east) {}

    /** One legend row: the category key and the text shown for it. */
    public record LegendEntry(String category, String label) {}

    private List<Marker> markers = List.of();
    private List<Line> lines = List.of();
    private List<String> highlightedIds = List.of();
    private View view;
    private int views;

    public GeoMap() {
        setTileLayer("", "");
        setMarkers(List.of());
        setLines(List.of());
        setLegend(List.of());
        setHighlightedIds(List.of());
        setSizeFull();
    }

    public void setMarkers(List<Marker> markers) {
        this.markers = List.copyOf(markers);
        getElement().setPropertyList("markers", this.markers);
    }

    public List<Marker> getMarkers() {
        return markers;
    }

    public void setLines(List<Line> lines) {
        this.lines = List.copyOf(lines);
        getElement().setPropertyList("lines", this.lines);
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLegend(List<LegendEntry> entries) {
        getElement().setPropertyList("legend", List.copyOf(entries));
    }

    /**
     * The area to show when the map first opens; without one the map fits all markers. Also moves an
     * open map there.
     */
    public void setFocus(Bounds bounds) {
        getElement().setPropertyBean("viewBounds", bounds);
    }

    /**
     * Brings {@code bounds} into view: at once when the way is long, animated when it is short (less than a
     * view's width away). A single point keeps the current zoom within 5 to {@code maxZoom}; an area is
     * fitted, no closer than {@code maxZoom}. With {@code keepIfVisible}, an area that is already inside the
     * view leaves the map where it is, so choosing a place that is on screen does not jolt the map.
     */
    public void showArea(Bounds bounds, double maxZoom, boolean keepIfVisible) {
        view = new View(bounds.south(), bounds.west(), bounds.north(), bounds.east(), maxZoom, keepIfVisible, ++views);
        getElement().setPropertyBean("view", view);
    }

    /** Names of seas and other areas to write on the map where they fit, largest first. */
    public void setAreaLabels(List<AreaLabel> labels) {
        getElement().setPropertyList("areaLabels", List.copyOf(labels));
    }

    /** The last move asked for with {@link #showArea}, or null. */
    public View getView() {
        return view;
    }

    /** Highlights the marker with this id; {@code null} clears the selection. */
    public void setSelectedId(String markerId) {
        getElement().setProperty("selectedId", markerId == null ? "" : markerId);
    }

    public String getSelectedId() {
        String id = getElement().getProperty("selectedId", "");
        return id.isEmpty() ? null : id;
    }

    /**
     * Marks these markers as related to the current selection (e.g. the two ends of a selected line),
     * less strongly than the selected marker; an empty list clears them.
     */
    public void setHighlightedIds(List<String> markerIds) {
        this.highlightedIds = List.copyOf(markerIds);
        getElement().setPropertyList("highlightedIds", this.highlightedIds);
    }

    public List<String> getHighlightedIds() {
        return highlightedIds;
    }

    /**
     * Draws raster tiles from {@code urlTemplate} (e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png})
     * under the vector layer; blank disables tiles, leaving the offline base map alone.
     */
    public void setTileLayer(String urlTemplate, String attribution) {
        getElement().setProperty("tileUrl", urlTemplate == null ? "" : urlTemplate);
        getElement().setProperty("tileAttribution", attribution == null ? "" : attribution);
    }

    public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
        return addListener(MarkerClickEvent.class, listener);
    }

    /** Highlights the line with this id (and opens its label); {@code null} clears it. */
    public void setSelectedLineId(String lineId) {
        getElement().setProperty("selectedLineId", lineId == null ? "" : lineId);
    }

    public String getSelectedLineId() {
        String id = getElement().getProperty("selectedLineId", "");
        return id.isEmpty() ? null : id;
    }

    /** Clicks (or Enter) on a line other than a measurement. */
    public Registration addLineClickListener(ComponentEventListener<LineClickEvent> listener) {
        return addListener(LineClickEvent.class, listener);
    }

    /** Clicks on the map itself (not on a marker or line), with the clicked position. */
    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    /** Shows a crosshair cursor while the user is expected to pick points on the map. */
    public void setPicking(boolean picking) {
        getElement().setProperty("picking", picking);
    }

    /** Fired when a marker is clicked, or activated with the keyboard. */
    @DomEvent("marker-click")
    public static class MarkerClickEvent extends ComponentEvent<GeoMap> {
        private final String markerId;

        public MarkerClickEvent(GeoMap source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient);
            this.markerId = markerId;
        }

        public String getMarkerId() {
            return markerId;
        }
    }

    /** Fired when a line is clicked or activated with the keyboard. */
    @DomEvent("line-click")
    public static class LineClickEvent extends ComponentEvent<GeoMap> {
        private final String lineId;

        public LineClickEvent(GeoMap source, boolean fromClient, @EventData("event.detail.id") String lineId) {
            super(source, fromClient);
            this.lineId = lineId;
        }

        public String getLineId() {
            return lineId;
        }
    }

    /**
     * Fired when the map background is clicked. The browser's numbers are untrusted: latitude is clamped
     * to -90..90 and longitude wrapped into -180..180 (the map repeats the world sideways).
     */
    @DomEvent("map-click")
    public static class MapClickEvent extends ComponentEvent<GeoMap> {
        private final double lat;
        private final double lon;

        public MapClickEvent(GeoMap source, boolean fromClient, @EventData("event.detail.lat") double lat,
                @EventData("event.detail.lon") double lon) {
            super(source, fromClient);
            this.lat = Double.isFinite(lat) ? Math.max(-90, Math.min(90, lat)) : 0;
            this.lon = Double.isFinite(lon) ? wrapLongitude(lon) : 0;
        }

        public double getLat() {
            return lat;
        }

        public double getLon() {
            return lon;
        }

        static double wrapLongitude(double lon) {
            double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
            return wrapped == -180 && lon > 0 ? 180 : wrapped;
        }
    }
}
