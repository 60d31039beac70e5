package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;

/**
 * "Find a place": a search box over the whole gazetteer, whether or not an article mentions the place.
 * The text typed is looked up as a whole name with {@link Gazetteer#candidates} (exact, then variant
 * spellings, then one edit off: "Tartous" and "Hmeimim" find Tartus and Hmeimim air base), best first, the
 * places called exactly what was typed (by their own or another name) before the rest, at most {@value #MAX_RESULTS}; fewer than {@value #MIN_CHARS} characters look up nothing. Choosing a
 * result, or pressing Enter on typed text (the best match), reports it; the box then clears itself.
 */
final class PlaceSearch extends Composite<ComboBox<Place>> {
    static final int MAX_RESULTS = 20;
    static final int MIN_CHARS = 2;

    private final Gazetteer gazetteer;
    private Consumer<Place> listener = p -> {};

    PlaceSearch(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        ComboBox<Place> box = getContent();
        box.setId("place-search");
        box.setPlaceholder("Find a place");
        box.setAriaLabel("Find any place in the gazetteer");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setItemLabelGenerator(PlaceSearch::label);
        lookUpIn(box, gazetteer);
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                listener.accept(e.getValue());
                box.clear();
            }
        });
        // Enter on typed text with no suggestion chosen takes the best match
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            List<Place> found = results(e.getDetail());
            found.stream().findFirst().ifPresent(listener);
            box.clear();
            // the box is empty again; say why nothing happened
            box.setHelperText(noneFound(e.getDetail(), found));
        });
        box.addClassName("pm-place-search");
    }

    /**
     * Makes {@code box} look up what is typed in {@code gazetteer} ({@link #results(Gazetteer, String)}),
     * and say under it when a name of {@value #MIN_CHARS} or more characters finds nothing, rather than
     * leaving an empty list that looks like the box is broken.
     */
    static void lookUpIn(ComboBox<Place> box, Gazetteer gazetteer) {
        box.setItems(query -> {
            String typed = query.getFilter().orElse("");
            List<Place> found = results(gazetteer, typed);
            if (query.getOffset() == 0) {
                box.setHelperText(noneFound(typed, found));
            }
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
    }

    /** "No place called “Xyzzy” in the gazetteer…" when a long enough name found nothing; null otherwise. */
    static String noneFound(String typed, List<Place> found) {
        String name = typed == null ? "" : typed.strip();
        return name.length() >= MIN_CHARS && found.isEmpty()
                ? "No place called “" + name + "” in the gazetteer; try another spelling or a nearby town." : null;
    }

    /** The places a name may stand for, best first. */
    List<Place> results(String text) {
        return results(gazetteer, text);
    }

    /** The places of {@code gazetteer} a name may stand for, best first (see the class comment). */
    static List<Place> results(Gazetteer gazetteer, String text) {
        String name = text.strip();
        if (name.length() < MIN_CHARS) {
            return List.of();
        }
        // places called exactly what was typed come first, in the gazetteer's order: a search for "Bali" lists the
        // Bali province and the Balis before Paris, which a loose spelling of a foreign name of Paris also reaches
        String key = org.placemap.gazetteer.NameNormalizer.fold(name);
        List<Place> found = gazetteer.candidates(name).stream().map(Candidate::place).distinct().toList();
        List<Place> exact = found.stream().filter(p -> calledExactly(p, key)).toList();
        return java.util.stream.Stream.concat(exact.stream(), found.stream().filter(p -> !exact.contains(p)))
                .limit(MAX_RESULTS).toList();
    }

    private static boolean calledExactly(Place place, String key) {
        if (org.placemap.gazetteer.NameNormalizer.fold(place.name()).equals(key)) {
            return true;
        }
        for (String alternate : place.alternateNames()) {
            if (org.placemap.gazetteer.NameNormalizer.fold(alternate).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ţarţūs · City or town · SY · 34.89, 35.89": name, kind, country and point, so that same-name places
     * (twenty Springfields in the US) can be told apart.
     */
    static String label(Place place) {
        String where = place.point() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f, %.2f",
                place.point().latitudeDeg(), place.point().longitudeDeg());
        // "US-MN": a first-level code in letters (US states, GB nations) tells same-name counties apart
        return Stream.of(place.name(), PlaceCategories.label(place), place.regionCode(), where)
                .filter(s -> s != null && !s.isEmpty()).reduce((a, b) -> a + " · " + b).orElse(place.id());
    }

    void onChoose(Consumer<Place> listener) {
        this.listener = listener;
    }

    ComboBox<Place> box() {
        return getContent();
    }
}
