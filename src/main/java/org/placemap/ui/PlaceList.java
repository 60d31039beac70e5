package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.placemap.atlas.MappedPlace;
import org.placemap.gazetteer.NameNormalizer;

/**
 * The places as a searchable, sortable table: the keyboard and screen-reader route to every place.
 * Choosing a row reports the place; {@link #show} selects a row without reporting it back.
 */
class PlaceList extends Composite<VerticalLayout> {

    private final Grid<MappedPlace> grid = new Grid<>();
    private final TextField search = new TextField();
    private final com.vaadin.flow.component.html.Div tools = new com.vaadin.flow.component.html.Div(search);
    private ListDataProvider<MappedPlace> data;
    private Consumer<MappedPlace> listener = p -> {};
    private boolean updating;

    PlaceList() {
        data = new ListDataProvider<>(List.of());
        grid.setItems(data);
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<MappedPlace>of(
                        "<span>${item.name}</span>${item.flag ? html`<span class=\"pm-check-badge\">${item.flag}</span>` : ''}")
                        .withProperty("name", MappedPlace::label).withProperty("flag", this::flag))
                .setHeader("Place").setKey("name")
                .setSortable(true).setComparator(Comparator.comparing(MappedPlace::label, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(2);
        grid.addColumn(p -> PlaceCategories.label(p.place())).setHeader("Kind").setKey("kind")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(MappedPlace::mentionCount).setHeader("Mentions").setKey("mentions")
                .setSortable(true).setComparator(Comparator.comparingInt(MappedPlace::mentionCount))
                .setFlexGrow(0).setWidth("6.5em");
        grid.addColumn(MappedPlace::articleCount).setHeader("Articles").setKey("articles")
                .setSortable(true).setComparator(Comparator.comparingLong(MappedPlace::articleCount))
                .setFlexGrow(0).setWidth("6em");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Places mentioned");
        grid.setId("place-list");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                listener.accept(e.getValue());
            }
        });

        search.setPlaceholder("Filter places");
        search.setAriaLabel("Filter places");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> filter(e.getValue()));

        VerticalLayout layout = getContent();
        layout.addClassName("pm-place-list");
        layout.setPadding(false);
        layout.setSpacing(false);
        tools.addClassName("pm-place-list-tools");
        layout.add(tools, grid);
        layout.setFlexGrow(1, grid);
    }

    private double reviewBelow = 0.6;

    /** Mentions the parser is less sure of than this make a place "check this". */
    void setReviewBelow(double below) {
        this.reviewBelow = below;
    }

    /** "Palmyra · check this" for a place the parser is unsure of; "· corrected" when a reader decided a mention. */
    String nameCell(MappedPlace p) {
        String flag = flag(p);
        return p.label() + (flag.isEmpty() ? "" : " · " + flag);
    }

    /** "check this", "corrected", both or "" (shown as a badge after the name). */
    private String flag(MappedPlace p) {
        return java.util.stream.Stream.of(p.toReview(reviewBelow) ? "check this" : "", p.readerDecided() > 0 ? "corrected" : "")
                .filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.joining(" · "));
    }

    /** Replaces the rows, keeping the filter text. */
    void setPlaces(List<MappedPlace> places) {
        updating = true;
        try {
            data = new ListDataProvider<>(places);
            grid.setItems(data);
            filter(search.getValue());
        } finally {
            updating = false;
        }
    }

    void addSelectionListener(Consumer<MappedPlace> listener) {
        this.listener = listener;
    }

    /** Selects and scrolls to {@code place} (or clears the selection) without notifying the listener. */
    void show(MappedPlace place) {
        updating = true;
        try {
            if (place == null) {
                grid.asSingleSelect().clear();
            } else {
                if (!grid.getListDataView().contains(place)) {
                    search.clear(); // the place was chosen on the map or by a link: the filter must not hide it
                    filter("");
                }
                grid.select(place);
                if (grid.getListDataView().contains(place)) {
                    grid.scrollToItem(place);
                }
            }
        } finally {
            updating = false;
        }
    }

    private void filter(String text) {
        String key = NameNormalizer.fold(text == null ? "" : text);
        if (key.isEmpty()) {
            data.clearFilters();
        } else {
            data.setFilter(p -> NameNormalizer.fold(p.label()).contains(key)
                    || NameNormalizer.fold(p.place().name()).contains(key));
        }
    }

    /** Puts {@code filter} beside the text filter, above the table (the "To check" switch). */
    void addTool(com.vaadin.flow.component.Component filter) {
        tools.add(filter);
    }

    Grid<MappedPlace> grid() {
        return grid;
    }

    TextField search() {
        return search;
    }
}
