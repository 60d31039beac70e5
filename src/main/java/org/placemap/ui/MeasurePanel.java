package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.placemap.atlas.MappedPlace;
import org.placemap.distance.GeoPoint;
import org.placemap.distance.Geodesy;
import org.placemap.distance.Units;
import org.placemap.map.GeoMap;

/**
 * Measures the geodesic distance between two places or points. Endpoints come from the two lists
 * (keyboard), or, while measuring is on, from clicks on markers or anywhere on the map; a third pick
 * starts a new measurement.
 */
class MeasurePanel extends Composite<Details> {
    static final String LINE_ID = "measure";
    private static final int PATH_SEGMENTS = 64;

    /** One end of a measurement: a place, or a point picked on the map. */
    record Endpoint(String label, GeoPoint point, MappedPlace place) {}

    private final ComboBox<MappedPlace> fromBox = new ComboBox<>("From");
    private final ComboBox<MappedPlace> toBox = new ComboBox<>("To");
    private final RadioButtonGroup<Units> units = new RadioButtonGroup<>("Units");
    private final Button toggle = new Button("Measure on the map");
    private final Button clear = new Button("Clear");
    private final Span result = new Span();
    private final Paragraph hint = new Paragraph();
    private Endpoint from;
    private Endpoint to;
    private boolean picking;
    private boolean updating;
    private Consumer<Optional<GeoMap.Line>> lineListener = line -> {};
    private Consumer<Boolean> pickingListener = on -> {};

    MeasurePanel() {
        for (ComboBox<MappedPlace> box : List.of(fromBox, toBox)) {
            box.setItems(List.of());
            box.setItemLabelGenerator(MappedPlace::label);
            box.setClearButtonVisible(true);
            box.setWidthFull();
        }
        fromBox.setId("measure-from");
        toBox.setId("measure-to");
        fromBox.addValueChangeListener(e -> {
            if (!updating) setFrom(e.getValue() == null ? null : endpoint(e.getValue()));
        });
        toBox.addValueChangeListener(e -> {
            if (!updating) setTo(e.getValue() == null ? null : endpoint(e.getValue()));
        });

        units.setItems(Units.KILOMETRES, Units.MILES, Units.NAUTICAL_MILES);
        units.setItemLabelGenerator(u -> switch (u) {
            case KILOMETRES -> "km";
            case MILES -> "miles";
            case NAUTICAL_MILES -> "nautical miles";
            case METRES -> "m";
        });
        units.setValue(Units.KILOMETRES);
        units.addValueChangeListener(e -> refresh());

        toggle.setId("measure-toggle");
        toggle.addClickListener(e -> setPicking(!picking));
        clear.setId("measure-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> clear());

        result.setId("measure-result");
        result.addClassName("pm-measure-result");
        result.getElement().setAttribute("aria-live", "polite");
        hint.addClassName("pm-excerpt-meta");

        Div buttons = new Div(toggle, clear);
        buttons.addClassName("pm-measure-buttons");
        Details root = getContent();
        root.setSummaryText("Measure a distance");
        root.addClassName("pm-measure");
        root.setId("measure");
        Div body = new Div(fromBox, toBox, units, buttons, result, hint);
        body.addClassName("pm-measure-body");
        root.add(body);
        refresh();
    }

    /** The places the lists offer; a measurement in progress keeps its ends. */
    void setPlaces(List<MappedPlace> places) {
        updating = true;
        try {
            fromBox.setItems(places);
            toBox.setItems(places);
        } finally {
            updating = false;
        }
        refresh();
    }

    void onLineChange(Consumer<Optional<GeoMap.Line>> listener) {
        this.lineListener = listener;
    }

    void onPickingChange(Consumer<Boolean> listener) {
        this.pickingListener = listener;
    }

    boolean isPicking() {
        return picking;
    }

    void setPicking(boolean on) {
        picking = on;
        if (on) {
            getContent().setOpened(true);
        }
        toggle.setText(on ? "Stop measuring on the map" : "Measure on the map");
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        pickingListener.accept(on);
        refresh();
    }

    /** A place picked on the map: fills the first free end, or starts again after a complete measurement. */
    void pick(MappedPlace place) {
        pick(endpoint(place));
    }

    /** Takes a named point that is not on the map's list of places (a gazetteer search result) as the next end. */
    void pick(String label, GeoPoint point) {
        getContent().setOpened(true);
        pick(new Endpoint(label, point, null));
    }

    void pick(double lat, double lon) {
        pick(new Endpoint(String.format(Locale.ROOT, "%.4f°%s, %.4f°%s", Math.abs(lat), lat >= 0 ? "N" : "S",
                Math.abs(lon), lon >= 0 ? "E" : "W"), new GeoPoint(lat, lon), null));
    }

    private void pick(Endpoint endpoint) {
        if (from == null || to != null) {
            to = null;
            setFrom(endpoint);
        } else {
            setTo(endpoint);
        }
    }

    void clear() {
        from = null;
        to = null;
        refresh();
    }

    /** The geodesic distance in metres, when both ends are set. */
    Optional<Double> distanceMetres() {
        return from == null || to == null ? Optional.empty()
                : Optional.of(Geodesy.distanceMetres(from.point(), to.point()));
    }

    private void setFrom(Endpoint endpoint) {
        from = endpoint;
        refresh();
    }

    private void setTo(Endpoint endpoint) {
        to = endpoint;
        refresh();
    }

    private void refresh() {
        updating = true;
        try {
            fromBox.setValue(from == null ? null : from.place());
            toBox.setValue(to == null ? null : to.place());
            // an end that is no listed place (a point on the map, a place found in the gazetteer) shows its name in the
            // box itself; below it, under an empty box, it read as if no end were chosen (a new user's trial)
            fromBox.setPlaceholder(from != null && from.place() == null ? from.label() : null);
            toBox.setPlaceholder(to != null && to.place() == null ? to.label() : null);
        } finally {
            updating = false;
        }
        Optional<Double> metres = distanceMetres();
        if (metres.isEmpty()) {
            result.setText("");
            hint.setText(picking
                    ? (from == null ? "Click a marker or the map for the first end." : "Click a marker or the map for the second end.")
                    : "Choose two places, or turn on measuring and click two markers or points.");
            lineListener.accept(Optional.empty());
            return;
        }
        double m = metres.get();
        Units unit = units.getValue() == null ? Units.KILOMETRES : units.getValue();
        result.setText(from.label() + " → " + to.label() + ": " + format(m, unit) + " ("
                + List.of(Units.KILOMETRES, Units.MILES, Units.NAUTICAL_MILES).stream()
                        .filter(u -> u != unit).map(u -> format(m, u)).reduce((a, b) -> a + " · " + b).orElse("")
                + ")");
        hint.setText(picking ? "Click again to start a new measurement." : "");
        lineListener.accept(Optional.of(new GeoMap.Line(LINE_ID, Geodesy.path(from.point(), to.point(), PATH_SEGMENTS),
                format(m, unit), "measure")));
    }

    static String format(double metres, Units unit) {
        double value = unit.fromMetres(metres);
        String pattern = value >= 100 ? "%,.0f %s" : value >= 10 ? "%.1f %s" : "%.2f %s";
        return String.format(Locale.ROOT, pattern, value, unit.symbol());
    }

    private static Endpoint endpoint(MappedPlace place) {
        return new Endpoint(place.label(), place.place().point(), place);
    }

    ComboBox<MappedPlace> fromBox() {
        return fromBox;
    }

    ComboBox<MappedPlace> toBox() {
        return toBox;
    }

    RadioButtonGroup<Units> units() {
        return units;
    }

    Span result() {
        return result;
    }

    Button toggle() {
        return toggle;
    }
}
