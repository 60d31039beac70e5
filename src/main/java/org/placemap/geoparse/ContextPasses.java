package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * The resolution passes that look at the whole article. Each adds to {@link NameGroup#score}, in the
 * gazetteer prior's units (orders of magnitude).
 */
final class ContextPasses {

    static final double FOCUS_WEIGHT = 2.0;
    static final double PROXIMITY_WEIGHT = 1.5;
    static final double PROXIMITY_KM = 150.0;
    static final double ANCHOR_PROBABILITY = 0.6;
    /** The most-mentioned anchors only: bounds the cost on very long texts with thousands of names. */
    static final int MAX_ANCHORS = 64;
    /**
     * A town, airport or province with a prior below this (a town of roughly under 10,000 people) that
     * nothing in the article supports is more likely a common word or a name than a place ("Axis",
     * "Arab", "Nato", "Gulf").
     */
    static final double WEAK_PRIOR = 3.0;
    static final double WEAK_PENALTY = 1.0;
    /** Context bonus (focus + proximity) below which a candidate counts as unsupported. */
    static final double SUPPORT = 0.3;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private ContextPasses() {}

    /**
     * Document focus: every other group spreads its probability over countries; a candidate gains
     * {@link #FOCUS_WEIGHT} × the share of that mass in its country. A group's own mass is left out so
     * a name cannot vote for itself.
     */
    static void addFocus(List<NameGroup> groups) {
        Map<String, Double> mass = new HashMap<>();
        Map<NameGroup, Map<String, Double>> own = new HashMap<>();
        double total = 0;
        for (NameGroup g : groups) {
            if (g.isEmpty()) {
                continue;
            }
            double[] p = g.probabilities();
            Map<String, Double> mine = new HashMap<>();
            for (int i = 0; i < p.length; i++) {
                String cc = g.candidates.get(i).place().countryCode();
                if (!cc.isEmpty()) {
                    mine.merge(cc, g.weight * p[i], Double::sum);
                }
            }
            own.put(g, mine);
            mine.forEach((cc, m) -> mass.merge(cc, m, Double::sum));
            total += g.weight;
        }
        for (NameGroup g : groups) {
            Map<String, Double> mine = own.get(g);
            double others = total - g.weight;
            if (mine == null || others <= 0) {
                continue;
            }
            for (int i = 0; i < g.score.length; i++) {
                String cc = g.candidates.get(i).place().countryCode();
                double m = mass.getOrDefault(cc, 0.0) - mine.getOrDefault(cc, 0.0);
                g.score[i] += FOCUS_WEIGHT * Math.max(0, m) / others;
            }
        }
    }

    /**
     * Proximity: groups already resolved with probability ≥ {@link #ANCHOR_PROBABILITY} to a town or
     * base are anchors; a candidate gains up to {@link #PROXIMITY_WEIGHT}, falling linearly to 0 at
     * {@link #PROXIMITY_KM} from the nearest anchor of another group.
     */
    static void addProximity(List<NameGroup> groups) {
        List<NameGroup> byWeight = new ArrayList<>(groups);
        byWeight.sort(Comparator.comparingDouble((NameGroup g) -> g.weight).reversed());
        Map<NameGroup, Place> anchors = new HashMap<>();
        for (NameGroup g : byWeight) {
            if (g.isEmpty() || anchors.size() == MAX_ANCHORS) {
                continue;
            }
            int top = g.best();
            Place p = g.candidates.get(top).place();
            if (g.probabilities()[top] >= ANCHOR_PROBABILITY && isPointLike(p.kind())) {
                anchors.put(g, p);
            }
        }
        for (NameGroup g : groups) {
            double[] bonus = new double[g.score.length];
            for (int i = 0; i < bonus.length; i++) {
                Place c = g.candidates.get(i).place();
                if (!isPointLike(c.kind())) {
                    continue;
                }
                double nearest = Double.MAX_VALUE;
                for (Map.Entry<NameGroup, Place> a : anchors.entrySet()) {
                    if (a.getKey() != g && !a.getValue().id().equals(c.id())) {
                        nearest = Math.min(nearest, distanceKm(c, a.getValue()));
                    }
                }
                bonus[i] = PROXIMITY_WEIGHT * Math.max(0, 1 - nearest / PROXIMITY_KM);
            }
            for (int i = 0; i < bonus.length; i++) {
                g.score[i] += bonus[i];
            }
        }
    }

    /**
     * Small towns, airports and provinces that gained nothing from context lose {@link #WEAK_PENALTY};
     * a one-word name whose winner is still such a candidate, with no kind cue, is dropped as a likely
     * non-place. The price: a lone mention of a small town in an article about elsewhere is lost.
     */
    static void penaliseWeak(NameGroup g) {
        if (g.isEmpty()) {
            return;
        }
        boolean[] weak = new boolean[g.score.length];
        for (int i = 0; i < weak.length; i++) {
            Candidate c = g.candidates.get(i);
            PlaceKind kind = c.place().kind();
            weak[i] = (kind == PlaceKind.POPULATED_PLACE || kind == PlaceKind.AIRPORT || kind == PlaceKind.ADMIN_REGION)
                    && c.score() < WEAK_PRIOR && g.score[i] - g.base[i] < SUPPORT;
            if (weak[i]) {
                g.score[i] -= WEAK_PENALTY;
            }
        }
        boolean oneWord = g.spans.stream().noneMatch(s -> s.text().contains(" "));
        g.dropped = oneWord && g.cue == KindCue.NONE && weak[g.best()];
    }

    /** Countries, regions and seas are too large for distance to them to mean anything. */
    private static boolean isPointLike(PlaceKind kind) {
        return kind.category() == PlaceKind.MapCategory.CITY || kind.category() == PlaceKind.MapCategory.BASE;
    }

    /** Great-circle distance on the mean-radius sphere: enough to rank neighbours. */
    static double distanceKm(Place a, Place b) {
        double lat1 = Math.toRadians(a.point().latitudeDeg());
        double lat2 = Math.toRadians(b.point().latitudeDeg());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.point().longitudeDeg() - a.point().longitudeDeg());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
