package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.NameNormalizer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * Chooses a gazetteer entry for each recognised name.
 *
 * <h2>Algorithm</h2>
 * Scores are in the gazetteer prior's units (orders of magnitude, see {@code Gazetteer#candidates}), and
 * each pass adds to them:
 * <ol>
 *   <li><b>One sense per name:</b> mentions with the same folded name and cue form one group, resolved
 *       once. A bare name takes the cue of a facility named the same way elsewhere in the article
 *       ("Khmeimim air base" … "Khmeimim").</li>
 *   <li><b>Kind cue:</b> candidates of the kind the text asks for gain {@link #CUE_BONUS}.</li>
 *   <li><b>Document focus:</b> each other group spreads its probability mass over countries; a
 *       candidate gains {@link #FOCUS_WEIGHT} × the share of the article's mass in its country.</li>
 *   <li><b>Proximity:</b> groups resolved with probability ≥ {@link #ANCHOR_PROBABILITY} to a point-like
 *       place become anchors; a candidate gains up to {@link #PROXIMITY_WEIGHT}, falling linearly to 0 at
 *       {@link #PROXIMITY_KM} from the nearest anchor of another group.</li>
 * </ol>
 * Probabilities are a softmax in base 10 over the final scores; a mention's confidence is the winner's
 * probability times the recogniser's certainty that the name is a place.
 *
 * <h2>Limitations</h2>
 * No containment yet (a city inside a mentioned region); focus counts countries only.
 */
final class Resolver {

    static final double CUE_BONUS = 5.0;
    static final double FOCUS_WEIGHT = 2.0;
    static final double PROXIMITY_WEIGHT = 1.5;
    static final double PROXIMITY_KM = 150.0;
    /** The most-mentioned anchors only: bounds the cost on very long texts with thousands of names. */
    static final int MAX_ANCHORS = 64;
    static final double ANCHOR_PROBABILITY = 0.6;
    /** Confidence factor when the text asked for a kind (air base) the gazetteer does not have. */
    static final double UNMET_CUE_FACTOR = 0.6;
    static final double COMMENT_WEIGHT = 0.5;
    /**
     * A town, airport or province with a prior below this (a town of roughly under 10,000 people) that
     * nothing in the article supports is more likely a common word or a name than a place ("Axis",
     * "Arab", "Nato", "Gulf").
     */
    static final double WEAK_PRIOR = 3.0;
    static final double WEAK_PENALTY = 1.0;
    /** Context bonus (focus + proximity) below which a candidate counts as unsupported. */
    static final double SUPPORT = 0.3;
    static final int MAX_CANDIDATES = 30;
    static final int MAX_ALTERNATIVES = 4;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Mentions sharing a name and cue, with one score per candidate. */
    private static final class Group {
        final List<Span> spans = new ArrayList<>();
        KindCue cue;
        List<Candidate> candidates = List.of();
        double[] base;
        double[] score;
        double weight;
        boolean cueMet = true;
        boolean namesFacility;
        boolean dropped;
    }

    List<Mention> resolve(List<Span> spans) {
        Map<String, Group> groups = group(spans);
        inheritFacilityCues(groups);
        List<Group> all = new ArrayList<>(groups.values());
        for (Group g : all) {
            applyCue(g);
        }
        addFocus(all);
        addProximity(all);
        for (Group g : all) {
            penaliseWeak(g);
        }
        Map<Span, Mention> mentions = new HashMap<>();
        for (Group g : all) {
            if (g.dropped) {
                continue;
            }
            for (Span s : g.spans) {
                mentions.put(s, mention(s, g));
            }
        }
        List<Mention> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Mention m = mentions.get(s);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static Map<String, Group> group(List<Span> spans) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Span s : spans) {
            Group g = groups.computeIfAbsent(key(s.text(), s.cue()), k -> new Group());
            if (g.spans.isEmpty()) {
                g.cue = s.cue();
                g.candidates = s.candidates().size() > MAX_CANDIDATES ? s.candidates().subList(0, MAX_CANDIDATES) : s.candidates();
            }
            g.spans.add(s);
            g.namesFacility |= s.suffixCue() && s.cue().isFacility();
            g.weight += s.zone() == Zone.COMMENT ? COMMENT_WEIGHT : 1.0;
        }
        return groups;
    }

    private static String key(String name, KindCue cue) {
        return NameNormalizer.fold(name) + "|" + cue;
    }

    private static void inheritFacilityCues(Map<String, Group> groups) {
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            Group bare = e.getValue();
            if (bare.cue != KindCue.NONE) {
                continue;
            }
            String name = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
            for (KindCue facility : List.of(KindCue.AIR_BASE, KindCue.NAVAL_BASE)) {
                Group cued = groups.get(name + "|" + facility);
                if (cued != null && cued.candidates.stream().anyMatch(c -> facility.wants(c.place().kind()))) {
                    bare.cue = facility;
                    bare.candidates = mergeCandidates(cued.candidates, bare.candidates);
                    break;
                }
            }
        }
    }

    private static void applyCue(Group g) {
        int n = g.candidates.size();
        g.base = new double[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            Candidate c = g.candidates.get(i);
            boolean wanted = g.cue.wants(c.place().kind());
            any |= wanted;
            g.base[i] = c.score() + (wanted ? CUE_BONUS : 0.0);
        }
        // ADMIN and CITY cues fall back to the plain name, and so does "the naval base in Tartus"; only
        // "X air base" with no base X in the gazetteer lowers confidence
        g.cueMet = any || !g.namesFacility;
        g.score = g.base.clone();
    }

    private static void addFocus(List<Group> groups) {
        Map<String, Double> mass = new HashMap<>();
        Map<Group, Map<String, Double>> own = new HashMap<>();
        double total = 0;
        for (Group g : groups) {
            if (g.candidates.isEmpty()) {
                continue;
            }
            double[] p = probabilities(g.score);
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
        for (Group g : groups) {
            Map<String, Double> mine = own.get(g);
            if (mine == null) {
                continue;
            }
            double others = total - g.weight;
            if (others <= 0) {
                continue;
            }
            for (int i = 0; i < g.score.length; i++) {
                String cc = g.candidates.get(i).place().countryCode();
                double m = mass.getOrDefault(cc, 0.0) - mine.getOrDefault(cc, 0.0);
                g.score[i] += FOCUS_WEIGHT * Math.max(0, m) / others;
            }
        }
    }

    private static void addProximity(List<Group> groups) {
        List<Group> byWeight = new ArrayList<>(groups);
        byWeight.sort(Comparator.comparingDouble((Group g) -> g.weight).reversed());
        Map<Group, Place> anchors = new HashMap<>();
        for (Group g : byWeight) {
            if (g.candidates.isEmpty() || anchors.size() == MAX_ANCHORS) {
                continue;
            }
            int top = argmax(g.score);
            Place p = g.candidates.get(top).place();
            if (probabilities(g.score)[top] >= ANCHOR_PROBABILITY && isPointLike(p.kind())) {
                anchors.put(g, p);
            }
        }
        for (Group g : groups) {
            double[] bonus = new double[g.score.length];
            for (int i = 0; i < g.score.length; i++) {
                Place c = g.candidates.get(i).place();
                if (!isPointLike(c.kind())) {
                    continue;
                }
                double nearest = Double.MAX_VALUE;
                for (Map.Entry<Group, Place> a : anchors.entrySet()) {
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
     * Small towns, airports and provinces that gained nothing from context lose {@link #WEAK_PENALTY}; a one-word
     * name whose winner is still such a candidate, with no kind cue, is dropped as a likely non-place.
     */
    private static void penaliseWeak(Group g) {
        if (g.candidates.isEmpty()) {
            return;
        }
        boolean[] weak = new boolean[g.score.length];
        for (int i = 0; i < g.score.length; i++) {
            Candidate c = g.candidates.get(i);
            PlaceKind kind = c.place().kind();
            weak[i] = (kind == PlaceKind.POPULATED_PLACE || kind == PlaceKind.AIRPORT || kind == PlaceKind.ADMIN_REGION)
                    && c.score() < WEAK_PRIOR && g.score[i] - g.base[i] < SUPPORT;
            if (weak[i]) {
                g.score[i] -= WEAK_PENALTY;
            }
        }
        boolean oneWord = g.spans.stream().noneMatch(s -> s.text().contains(" "));
        g.dropped = oneWord && g.cue == KindCue.NONE && weak[argmax(g.score)];
    }

    private static Mention mention(Span s, Group g) {
        if (g.candidates.isEmpty()) {
            return new Mention(s.start(), s.end(), s.text(), Mention.Form.NAME, s.zone(), null, 0.0, List.of());
        }
        double[] p = probabilities(g.score);
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(g.score[b], g.score[a]));
        Place winner = g.candidates.get(order[0]).place();
        List<Candidate> alternatives = new ArrayList<>();
        for (int k = 1; k < order.length && alternatives.size() < MAX_ALTERNATIVES; k++) {
            alternatives.add(new Candidate(g.candidates.get(order[k]).place(), round(g.score[order[k]])));
        }
        double confidence = p[order[0]] * s.recognition() * (g.cueMet ? 1.0 : UNMET_CUE_FACTOR);
        return new Mention(s.start(), s.end(), s.text(), Mention.Form.NAME, s.zone(), winner,
                Math.min(1.0, Math.max(0.0, round(confidence))), alternatives);
    }

    /** Softmax in base 10: a score one higher is ten times as likely. */
    static double[] probabilities(double[] scores) {
        double[] p = new double[scores.length];
        if (scores.length == 0) {
            return p;
        }
        double max = scores[argmax(scores)];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.pow(10, scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static int argmax(double[] xs) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] > xs[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Countries, regions and seas are too large for distance to them to mean anything. */
    private static boolean isPointLike(PlaceKind kind) {
        return kind.category() == PlaceKind.MapCategory.CITY || kind.category() == PlaceKind.MapCategory.BASE;
    }

    /** Great-circle distance on a sphere: enough to rank neighbours. */
    static double distanceKm(Place a, Place b) {
        double lat1 = Math.toRadians(a.point().latitudeDeg());
        double lat2 = Math.toRadians(b.point().latitudeDeg());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.point().longitudeDeg() - a.point().longitudeDeg());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static List<Candidate> mergeCandidates(List<Candidate> a, List<Candidate> b) {
        List<Candidate> out = new ArrayList<>(a);
        for (Candidate c : b) {
            if (out.stream().noneMatch(x -> x.place().id().equals(c.place().id()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
