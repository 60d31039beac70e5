package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.placemap.atlas.MappedClaim;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Verdict;

/**
 * The distance claims as a sortable table (by deviation, verdict, places): choosing a row reports the
 * claim; {@link #show} selects a row without reporting it back.
 */
class ClaimsPanel extends Composite<VerticalLayout> {

    private final Grid<MappedClaim> grid = new Grid<>();
    private Consumer<MappedClaim> listener = c -> {};
    private boolean updating;

    private final Paragraph none = new Paragraph("The articles state no distances between places.");

    ClaimsPanel() {
        grid.addColumn(MappedClaim::title).setHeader("Places").setKey("places")
                .setSortable(true).setComparator(Comparator.comparing(MappedClaim::title, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(1).setWidth("9em");
        grid.addColumn(c -> c.claim().cited().label()).setHeader("Cited").setKey("cited")
                .setFlexGrow(0).setWidth("5.5em");
        grid.addColumn(c -> measured(c.claim())).setHeader("Measured").setKey("measured")
                .setFlexGrow(0).setWidth("6.5em");
        grid.addColumn(c -> deviation(c.claim())).setHeader("Dev.").setKey("deviation")
                .setSortable(true).setComparator(ClaimsPanel::byDeviation).setFlexGrow(0).setWidth("5.5em");
        // the symbol only, to fit; its word is in the row's tooltip and in the excerpt panel
        grid.addColumn(c -> c.claim().verdict().symbol()).setHeader("Verdict").setKey("verdict")
                .setSortable(true).setComparator(Comparator.comparing((MappedClaim c) -> c.claim().verdict()))
                .setFlexGrow(0).setWidth("5.5em");
        grid.setTooltipGenerator(c -> verdict(c.claim().verdict()) + ": " + c.claim().reason());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Distance claims");
        grid.setId("claim-list");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                listener.accept(e.getValue());
            }
        });

        VerticalLayout layout = getContent();
        layout.addClassName("pm-claim-list");
        layout.setPadding(false);
        layout.setSpacing(false);
        none.addClassName("pm-empty");
        layout.add(none, grid);
        layout.setFlexGrow(1, grid);
        setClaims(List.of());
    }

    void setClaims(List<MappedClaim> claims) {
        updating = true;
        try {
            grid.setItems(claims);
        } finally {
            updating = false;
        }
        none.setVisible(claims.isEmpty());
        grid.setVisible(!claims.isEmpty());
    }

    void addSelectionListener(Consumer<MappedClaim> listener) {
        this.listener = listener;
    }

    /** Selects and scrolls to {@code claim} (or clears the selection) without notifying the listener. */
    void show(MappedClaim claim) {
        updating = true;
        try {
            if (claim == null) {
                grid.asSingleSelect().clear();
            } else {
                grid.select(claim);
                if (grid.getListDataView().contains(claim)) {
                    grid.scrollToItem(claim);
                }
            }
        } finally {
            updating = false;
        }
    }

    Grid<MappedClaim> grid() {
        return grid;
    }

    /** "52.2 mi" in the cited unit, or "not measured". */
    static String measured(DistanceClaim claim) {
        Double value = claim.measuredInCitedUnit();
        if (value == null) {
            return "not measured";
        }
        String unit = claim.citedUnit() == null ? "km" : claim.citedUnit().symbol();
        return String.format(Locale.ROOT, "%,.1f %s", value, unit);
    }

    /** "+4.3 %", "0 %" inside the cited interval, "—" when not measured. */
    static String deviation(DistanceClaim claim) {
        Double d = claim.deviationPercent();
        if (d == null) {
            return "—";
        }
        return Math.abs(d) < 0.05 ? "0 %" : String.format(Locale.ROOT, "%+.1f %%", d);
    }

    static String verdict(Verdict verdict) {
        return verdict.symbol() + " " + verdict.name().toLowerCase(Locale.ROOT);
    }

    /** By size of the deviation, either sign; claims without one last. */
    private static int byDeviation(MappedClaim a, MappedClaim b) {
        Double x = a.claim().deviationPercent();
        Double y = b.claim().deviationPercent();
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        return Double.compare(Math.abs(x), Math.abs(y));
    }
}
