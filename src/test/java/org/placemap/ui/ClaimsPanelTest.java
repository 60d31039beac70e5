package org.placemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.placemap.claims.CitedDistance;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Endpoint;
import org.placemap.claims.Hedge;
import org.placemap.claims.VerdictRule;
import org.placemap.corpus.TextRange;
import org.placemap.distance.Units;

/** The claims table's cells, as plain values (no UI needed). */
class ClaimsPanelTest {

    private static DistanceClaim claim(CitedDistance cited, double measuredKm) {
        var judgement = VerdictRule.judge(cited, measuredKm);
        Endpoint a = new Endpoint("A", 0, 1, null, null);
        Endpoint b = new Endpoint("B", 2, 3, null, null);
        return new DistanceClaim("x", "t", 0, 1, new TextRange(0, 1), a, b, cited, measuredKm,
                judgement.deviationPercent(), judgement.verdict(), judgement.reason(), null);
    }

    @Test
    void aShortClaimWithinTheFixedAllowanceShowsItsDifferenceInKilometresNotAPercentage() {
        // "6 km", measured 4.6 km: −23.3 % of 6 km, but 1.4 km short, inside the 2 km every claim is allowed (✓)
        DistanceClaim shortOne = claim(new CitedDistance(6, 6, Units.KILOMETRES, Hedge.NONE, ""), 4.6);
        assertThat(shortOne.verdict()).isEqualTo(org.placemap.claims.Verdict.CONSISTENT);
        assertThat(ClaimsPanel.deviation(shortOne)).isEqualTo("-1.4 km");
        // "100 km", measured 85 km: 15 km short, outside ±10 % ±2 km (✗): the percentage
        DistanceClaim longOne = claim(new CitedDistance(100, 100, Units.KILOMETRES, Hedge.NONE, ""), 85);
        assertThat(longOne.verdict()).isEqualTo(org.placemap.claims.Verdict.INCONSISTENT);
        assertThat(ClaimsPanel.deviation(longOne)).isEqualTo("-15.0 %");
    }

    @Test
    void theDifferenceInKilometresIsToTheNearestEndOfACitedRangeAndZeroInsideIt() {
        // "10–15 km", measured 17 km: 2 km past the range's top (13.3 %); ±10 % gives 16.5 km, the allowance 18.5 km
        DistanceClaim range = claim(new CitedDistance(10, 15, Units.KILOMETRES, Hedge.NONE, ""), 17.0);
        assertThat(range.deviationKm()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ClaimsPanel.deviation(range)).isEqualTo("+2.0 km");
        assertThat(ClaimsPanel.deviation(claim(new CitedDistance(10, 15, Units.KILOMETRES, Hedge.NONE, ""), 12)))
                .isEqualTo("0 %");
        // in miles the allowance is still 2 km: 3 mi = 4.828 km, measured 3.5 km is 1.33 km (27.5 %) short
        DistanceClaim miles = claim(new CitedDistance(3, 3, Units.MILES, Hedge.NONE, ""), 3.5);
        assertThat(ClaimsPanel.deviation(miles)).isEqualTo("-1.3 km");
        // "50 miles", measured 48.9 mi: 1.8 km short but inside ±10 % anyway, so the percentage
        DistanceClaim within = claim(new CitedDistance(50, 50, Units.MILES, Hedge.NONE, ""), 48.9 * 1.609344);
        assertThat(ClaimsPanel.deviation(within)).isEqualTo("-2.2 %");
    }

    /**
     * A new user's trial: sorting by deviation, descending, put the twenty unmeasured claims ("—") first, above the
     * largest deviations. Unmeasured claims stay last in both directions.
     */
    @Test
    void unmeasuredClaimsSortLastWhicheverWayTheDeviationIsSorted() {
        CitedDistance fifty = new CitedDistance(50, 50, Units.KILOMETRES, Hedge.NONE, "");
        org.placemap.atlas.MappedClaim small = new org.placemap.atlas.MappedClaim("s", claim(fifty, 52), null);
        org.placemap.atlas.MappedClaim large = new org.placemap.atlas.MappedClaim("l", claim(fifty, 120), null);
        DistanceClaim unmeasured = new DistanceClaim("x", "t", 0, 1, new TextRange(0, 1), new Endpoint("A", 0, 1, null, null),
                new Endpoint("B", 2, 3, null, null), fifty, null, null, org.placemap.claims.Verdict.UNVERIFIABLE, "no point", null);
        org.placemap.atlas.MappedClaim none = new org.placemap.atlas.MappedClaim("n", unmeasured, null);

        java.util.List<org.placemap.atlas.MappedClaim> ascending = new java.util.ArrayList<>(java.util.List.of(none, large, small));
        ascending.sort(ClaimsPanel.deviationOrder(false));
        assertThat(ascending).extracting(org.placemap.atlas.MappedClaim::id).containsExactly("s", "l", "n");
        java.util.List<org.placemap.atlas.MappedClaim> descending = new java.util.ArrayList<>(java.util.List.of(none, small, large));
        descending.sort(ClaimsPanel.deviationOrder(true));
        assertThat(descending).extracting(org.placemap.atlas.MappedClaim::id).containsExactly("l", "s", "n");

        // and the table sorts so when its Dev. header is clicked twice
        ClaimsPanel panel = new ClaimsPanel();
        panel.setClaims(java.util.List.of(none, small, large));
        var grid = panel.grid();
        var column = grid.getColumnByKey("deviation");
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(column,
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(grid.getGenericDataView().getItems().map(org.placemap.atlas.MappedClaim::id).toList())
                .containsExactly("l", "s", "n");
    }
}
