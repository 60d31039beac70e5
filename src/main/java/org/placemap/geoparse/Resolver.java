package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * Scores start from the gazetteer's prior (orders of magnitude, see {@code Gazetteer#candidates}); each
 * pass adds to them:
 * <ol>
 *   <li><b>One sense per name:</b> mentions with the same folded name and cue form one {@link NameGroup},
 *       resolved once. A bare name takes the cue of a facility named the same way elsewhere in the
 *       article ("Khmeimim air base" … "Khmeimim").</li>
 *   <li><b>Kind cue:</b> candidates of the kind the text asks for gain {@link #CUE_BONUS}, except those outside the
 *       countries the rest of the article settles when the name has a candidate inside them
 *       ({@link ContextPasses#keepCuesInTheArticlesCountries}).</li>
 *   <li><b>Apposition</b> ("Paris, Texas"), then <b>document focus</b> on the article's countries and
 *       first-level regions (by codes, and by outline where the sources' codes disagree), <b>proximity</b>, and <b>exact before loose</b>: a spelling variant never beats a
 *       place of the name as written in a country the article's other names are in ({@link ContextPasses}).</li>
 *   <li><b>Weak candidates:</b> unsupported small places are penalised, and a one-word name left with
 *       one is dropped ({@link ContextPasses#penaliseWeak}).</li>
 * </ol>
 * Probabilities are a softmax in base 10 over the final scores; a mention's confidence is the winner's
 * probability times the recogniser's certainty that the name is a place.
 *
 * <h2>Limitations</h2>
 * Containment is by GeoNames country and admin1 codes only (a town's region as the gazetteer records
 * it), not by outlines; a second-level division (county) contains, by these codes, every town of its
 * first-level region, since the gazetteer keeps no admin2 code for towns.
 */
final class Resolver {

    /** Enough to beat a thousandfold population difference: the text's own word outranks the prior. */
    static final double CUE_BONUS = 5.0;
    /**
     * Confidence factor when the winner is a small place that nothing in the article supports ({@link
     * ContextPasses#penaliseWeak}): below the default review threshold (0.6) whatever its share of the probability.
     */
    static final double WEAK_WINNER_FACTOR = 0.5;
    /** Confidence factor when the text named a facility ("X air base") the gazetteer does not have. */
    static final double UNMET_CUE_FACTOR = 0.6;
    static final double COMMENT_WEIGHT = 0.5;
    /** See {@link #isFacilityByAlias}: a hundredfold less likely. */
    static final double FACILITY_ALIAS_PENALTY = 2.0;
    /** See {@link #preferWaterAfterThe}: "the" before a sea's name is a kind cue, as strong as "air base". */
    static final double DEFINITE_WATER_BONUS = CUE_BONUS;
    static final int MAX_CANDIDATES = 30;
    static final int MAX_ALTERNATIVES = 4;

    private final java.util.function.Function<String, java.util.Set<String>> neighbours;
    private final java.util.function.Function<Place, java.util.Optional<Place>> regionAt;
    private final java.util.function.BiPredicate<String, String> codeHasTowns;

    /**
     * @param neighbours the countries bordering a country, by ISO code ({@code Gazetteer#neighbours})
     * @param regionAt the first-level region whose outline holds a place's point ({@code Gazetteer#adminRegionAt})
     * @param codeHasTowns whether some town is filed under a country's first-level code ({@code Gazetteer#hasTownsFiledUnder})
     */
    Resolver(java.util.function.Function<String, java.util.Set<String>> neighbours,
            java.util.function.Function<Place, java.util.Optional<Place>> regionAt,
            java.util.function.BiPredicate<String, String> codeHasTowns) {
        this.neighbours = neighbours;
        this.regionAt = regionAt;
        this.codeHasTowns = codeHasTowns;
    }

    List<Mention> resolve(String text, List<Span> spans) {
        Map<String, NameGroup> groups = group(spans);
        inheritFacilityCues(groups);
        List<NameGroup> all = new ArrayList<>(groups.values());
        for (NameGroup g : all) {
            applyCue(g);
            preferWaterAfterThe(text, g);
        }
        ContextPasses.keepCuesInTheArticlesCountries(all);
        Map<Span, NameGroup> groupOf = new java.util.IdentityHashMap<>();
        for (NameGroup g : all) {
            g.spans.forEach(s -> groupOf.put(s, g));
        }
        List<Span> inOrder = new ArrayList<>(spans);
        inOrder.sort(Comparator.comparingInt(Span::start));
        ContextPasses.addApposition(text, inOrder, groupOf);
        ContextPasses.addFocus(all);
        ContextPasses.addOutlineFocus(all, regionAt, codeHasTowns);
        ContextPasses.addProximity(all);
        ContextPasses.preferExactInRegion(all);
        ContextPasses.markAcrossBorder(all, neighbours);
        List<Mention> out = new ArrayList<>(spans.size());
        for (NameGroup g : all) {
            ContextPasses.penaliseWeak(g, text);
            if (!g.dropped) {
                for (Span s : g.spans) {
                    out.add(mention(s, g));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return ContextPasses.doubtOutliers(ContextPasses.dropFarSpellings(out));
    }

    private static Map<String, NameGroup> group(List<Span> spans) {
        Map<String, NameGroup> groups = new LinkedHashMap<>();
        for (Span s : spans) {
            String key = s.form() == Mention.Form.DEMONYM ? "demonym|" + s.candidates().get(0).place().id() : key(s.text(), s.cue());
            NameGroup g = groups.computeIfAbsent(key, k -> new NameGroup());
            if (g.spans.isEmpty()) {
                g.cue = s.cue();
                g.candidates = capped(s.candidates());
            }
            g.spans.add(s);
            g.namesFacility |= s.suffixCue() && s.cue().isFacility();
            g.weight += s.zone() == Zone.COMMENT ? COMMENT_WEIGHT : 1.0;
        }
        return groups;
    }

    /** The first {@value #MAX_CANDIDATES} of {@code candidates} (best first), the resolver's bound on a group's work. */
    private static List<Candidate> capped(List<Candidate> candidates) {
        return candidates.size() > MAX_CANDIDATES ? candidates.subList(0, MAX_CANDIDATES) : candidates;
    }

    private static String key(String name, KindCue cue) {
        return NameNormalizer.fold(name) + "|" + cue;
    }

    /**
     * "Khmeimim air base" … "Khmeimim": the bare name means the base the article already named. "Jalalabad province" …
     * "Jalalabad": the bare name may mean the division or its seat, so it gains the division's candidates (no cue).
     */
    private static void inheritFacilityCues(Map<String, NameGroup> groups) {
        for (Map.Entry<String, NameGroup> e : groups.entrySet()) {
            NameGroup bare = e.getValue();
            if (bare.cue != KindCue.NONE) {
                continue;
            }
            String name = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
            boolean inherited = false;
            for (KindCue facility : List.of(KindCue.AIR_BASE, KindCue.NAVAL_BASE)) {
                NameGroup cued = groups.get(name + "|" + facility);
                if (cued != null && cued.candidates.stream().anyMatch(c -> facility.wants(c.place().kind()))) {
                    bare.cue = facility;
                    bare.candidates = Lookup.merge(cued.candidates, bare.candidates);
                    inherited = true;
                    break;
                }
            }
            NameGroup division = groups.get(name + "|" + KindCue.ADMIN);
            if (!inherited && division != null) {
                // "Jalalabad province" … "Jalalabad": what the division's own lookup found ("Jalal-Abad", the Kyrgyz city
                // and region, which the bare spelling misses) is a reading of the bare name too; the cue is not
                // inherited (a bare "Kandahar" beside "Kandahar province" is mostly the city), so the context decides
                bare.candidates = capped(Lookup.merge(bare.candidates, division.candidates));
            }
        }
    }

    private static void applyCue(NameGroup g) {
        int n = g.candidates.size();
        g.base = new double[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            Candidate c = g.candidates.get(i);
            boolean wanted = g.cue.wants(c.place().kind());
            any |= wanted;
            g.base[i] = c.score() + (wanted ? CUE_BONUS : 0.0) + (g.cue == KindCue.NONE && isFacilityByAlias(c, g) ? -FACILITY_ALIAS_PENALTY : 0.0);
        }
        // ADMIN and CITY cues fall back to the plain name, and so does "the naval base in Tartus"; only
        // "X air base" with no base X in the gazetteer lowers confidence
        g.cueMet = any || !g.namesFacility;
        g.score = g.base.clone();
    }

    /**
     * "the Atlantic", "the Pacific", "the Baltic": a sea or ocean is named with "the", a town almost never is
     * ("in Atlantic, Iowa"). When some mention of the name follows "the", its sea and strait candidates gain
     * {@link #DEFINITE_WATER_BONUS}, enough that the country's focus and a nearby town ("the Atlantic" in an
     * article about New York) no longer carry a same-name town past the ocean; an apposition ("Atlantic,
     * Iowa") or a kind cue ("the town of Atlantic") still can.
     */
    private static void preferWaterAfterThe(String text, NameGroup g) {
        boolean definite = g.spans.stream().anyMatch(sp -> sp.form() == Mention.Form.NAME && afterThe(text, sp.start()));
        if (!definite || g.cue != KindCue.NONE) {
            return;
        }
        for (int i = 0; i < g.candidates.size(); i++) {
            PlaceKind kind = g.candidates.get(i).place().kind();
            if (kind == PlaceKind.SEA || kind == PlaceKind.STRAIT) {
                g.base[i] += DEFINITE_WATER_BONUS;
                g.score[i] += DEFINITE_WATER_BONUS;
            }
        }
    }

    /** Whether "the " or "The " stands right before {@code start}. */
    static boolean afterThe(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return end - (i + 1) == 3 && end < start && text.regionMatches(true, i + 1, "the", 0, 3);
    }

    /**
     * "England" → England Air Force Base: an airfield or base that the bare name matches only through
     * one of its other names is rarely what a text means without a word such as "air base".
     */
    private static boolean isFacilityByAlias(Candidate c, NameGroup g) {
        PlaceKind kind = c.place().kind();
        if (kind != PlaceKind.AIR_BASE && kind != PlaceKind.AIRPORT && kind != PlaceKind.NAVAL_BASE) {
            return false;
        }
        return !NameNormalizer.fold(c.place().name()).equals(NameNormalizer.fold(g.spans.get(0).text()));
    }

    private static Mention mention(Span s, NameGroup g) {
        if (g.isEmpty()) {
            return new Mention(s.start(), s.end(), s.text(), s.form(), s.zone(), null, 0.0, List.of());
        }
        double[] p = g.probabilities();
        Integer[] order = new Integer[p.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(g.score[b], g.score[a]));
        Place winner = g.candidates.get(order[0]).place();
        List<Candidate> alternatives = new ArrayList<>();
        for (int k = 1; k < order.length && alternatives.size() < MAX_ALTERNATIVES; k++) {
            alternatives.add(new Candidate(g.candidates.get(order[k]).place(), round(g.score[order[k]])));
        }
        double confidence = p[order[0]] * s.recognition() * (g.cueMet ? 1.0 : UNMET_CUE_FACTOR)
                * (g.weakWinner ? WEAK_WINNER_FACTOR : 1.0);
        return new Mention(s.start(), s.end(), s.text(), s.form(), s.zone(), winner,
                Math.min(1.0, Math.max(0.0, round(confidence))), alternatives);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
