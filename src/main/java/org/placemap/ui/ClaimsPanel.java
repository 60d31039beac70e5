package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.placemap.atlas.MappedClaim;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Verdict;
import org.placemap.claims.VerdictRule;

/**
 * The distance claims as a sortable table (by deviation, verdict, places): choosing a row reports the
 * claim; {@link #show} selects a row without reporting it back. Above it, which verdicts to show (in the
 * table and on the map) and whether claims are drawn on the map at all. A verdict that would change if the
 * other reference point were taken (Latakia the city or Hmeimim air base) is marked with
 * {@value #DEPENDS_MARK}.
 */
class ClaimsPanel extends Composite<VerticalLayout> {

    /** Marks a verdict that depends on the reference point, in the table and in the map's legend. */
    static final String DEPENDS_MARK = "◐";

    private final Grid<MappedClaim> grid = new Grid<>();
    private final CheckboxGroup<Verdict> verdicts = new CheckboxGroup<>();
    private final Checkbox onMap = new Checkbox("Draw on the map", true);
    private final Div controls = new Div();
    private List<MappedClaim> all = List.of();
    private Runnable filterListener = () -> {};
    private Consumer<MappedClaim> listener = c -> {};
    private boolean updating;

    private final Paragraph none = new Paragraph("The articles state no distances between places.");

    ClaimsPanel() {
        grid.addColumn(MappedClaim::title).setHeader("Places").setKey("places")
                .setSortable(true).setComparator(Comparator.comparing(MappedClaim::title, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(1).setWidth("4.6em");
        // widths that fit the side panel (440 px) and a phone (390 px) without a horizontal scroll: the places wrap
        grid.addColumn(c -> c.claim().cited().label()).setHeader("Cited").setKey("cited")
                .setFlexGrow(0).setWidth("4.2em");
        grid.addColumn(c -> measured(c.claim())).setHeader("Measured").setKey("measured")
                .setFlexGrow(0).setWidth("5.7em");
        com.vaadin.flow.component.html.Span deviationHeader = new com.vaadin.flow.component.html.Span("Dev.");
        deviationHeader.setTitle("Measured minus cited, in percent of the cited distance; in km when only the " + SLACK
                + " every claim is allowed (a place's point need not be where the writer measured from) makes it consistent");
        grid.addColumn(c -> deviation(c.claim())).setHeader(deviationHeader).setKey("deviation")
                .setSortable(true).setComparator(deviationOrder(false)).setFlexGrow(0).setWidth("4.4em");
        // the symbol only, to fit; its word is in the row's tooltip and in the excerpt panel
        grid.addColumn(c -> c.claim().verdict().symbol() + (dependsOnReference(c) ? " " + DEPENDS_MARK : ""))
                .setHeader("Verdict").setKey("verdict")
                .setSortable(true).setComparator(Comparator.comparing((MappedClaim c) -> c.claim().verdict()))
                .setFlexGrow(0).setWidth("5.8em");
        // claims without a measurement stay last whichever way the deviation is sorted (a grid reverses its
        // comparator for a descending sort, which put the unmeasured ones first, above the largest deviations)
        grid.addSortListener(e -> e.getSortOrder().stream().findFirst()
                .filter(o -> "deviation".equals(o.getSorted().getKey()))
                .ifPresent(o -> grid.getDataCommunicator().setInMemorySorting(
                        deviationOrder(o.getDirection() == com.vaadin.flow.data.provider.SortDirection.DESCENDING))));
        grid.setTooltipGenerator(c -> verdict(c.claim().verdict()) + ": " + c.claim().reason()
                + (dependsOnReference(c) ? " " + DEPENDS_MARK + " The verdict depends on the reference point." : ""));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Distance claims");
        grid.setId("claim-list");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                listener.accept(e.getValue());
            }
        });

        verdicts.setItems(Verdict.values());
        verdicts.setItemLabelGenerator(ClaimsPanel::verdict);
        verdicts.setValue(EnumSet.allOf(Verdict.class));
        verdicts.setAriaLabel("Show claims with these verdicts");
        verdicts.setId("claim-verdicts");
        verdicts.addValueChangeListener(e -> {
            if (!updating) {
                refilter();
                filterListener.run();
            }
        });
        onMap.setId("claims-on-map");
        onMap.addValueChangeListener(e -> filterListener.run());
        controls.add(verdicts, onMap);
        controls.addClassName("pm-claim-controls");

        VerticalLayout layout = getContent();
        layout.addClassName("pm-claim-list");
        layout.setPadding(false);
        layout.setSpacing(false);
        none.addClassName("pm-empty");
        layout.add(controls, none, grid);
        layout.setFlexGrow(1, grid);
        setClaims(List.of());
    }

    void setClaims(List<MappedClaim> claims) {
        all = List.copyOf(claims);
        refilter();
    }

    private void refilter() {
        List<MappedClaim> shown = shown();
        updating = true;
        try {
            grid.setItems(shown);
        } finally {
            updating = false;
        }
        controls.setVisible(!all.isEmpty());
        none.setText(all.isEmpty() ? "The articles state no distances between places."
                : "No claim has the verdicts chosen above.");
        none.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
    }

    /** The claims whose verdict is chosen, in the order given. */
    List<MappedClaim> shown() {
        Set<Verdict> chosen = verdicts.getValue();
        return all.stream().filter(c -> chosen.contains(c.claim().verdict())).toList();
    }

    /** Whether the chosen claims are drawn on the map. */
    boolean drawnOnMap() {
        return onMap.getValue();
    }

    /** Runs when the verdicts shown or the map switch change. */
    void onFilterChange(Runnable listener) {
        this.filterListener = listener;
    }

    /** Shows every verdict again (a link to a claim the filter hides). */
    void showAllVerdicts() {
        if (verdicts.getValue().size() < Verdict.values().length) {
            verdicts.setValue(EnumSet.allOf(Verdict.class));
        }
    }

    /** Whether taking the other reference point (a city or the facility named after it) changes the verdict. */
    static boolean dependsOnReference(MappedClaim c) {
        return c.claim().referencePoints() != null && c.claim().referencePoints().verdictDepends();
    }

    CheckboxGroup<Verdict> verdicts() {
        return verdicts;
    }

    Checkbox onMap() {
        return onMap;
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

    private static final String SLACK = String.format(Locale.ROOT, "%.0f km", VerdictRule.SLACK_KM);

    /**
     * "+4.3 %", "0 %" inside the cited interval, "—" when not measured; in km instead ("−1.4 km") when only the
     * rule's fixed {@value VerdictRule#SLACK_KM} km allowance makes the claim consistent, so a short claim's large
     * percentage beside its ✓ does not read as a contradiction of a longer claim's smaller one beside a ✗.
     */
    static String deviation(DistanceClaim claim) {
        Double d = claim.deviationPercent();
        if (d == null) {
            return "—";
        }
        if (Math.abs(d) < 0.05) {
            return "0 %";
        }
        Double km = claim.deviationKm();
        if (km != null && claim.measuredKm() != null && VerdictRule.consistentByAllowanceOnly(claim.cited(), claim.measuredKm())) {
            return String.format(Locale.ROOT, "%+.1f km", km);
        }
        return String.format(Locale.ROOT, "%+.1f %%", d);
    }

    static String verdict(Verdict verdict) {
        return verdict.symbol() + " " + verdict.name().toLowerCase(Locale.ROOT);
    }

    /** By size of the deviation, smallest or (descending) largest first, either sign; claims without one last. */
    static com.vaadin.flow.function.SerializableComparator<MappedClaim> deviationOrder(boolean descending) {
        return (a, b) -> {
            Double x = a.claim().deviationPercent();
            Double y = b.claim().deviationPercent();
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            int bySize = Double.compare(Math.abs(x), Math.abs(y));
            return descending ? -bySize : bySize;
        };
    }
}
