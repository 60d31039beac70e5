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

    static final double FOCUS_WEIGHT = 3.0;
    /** The same, for the first-level region (state, province) of a candidate: local news names its own. */
    static final double REGION_FOCUS_WEIGHT = 3.0;
    /** "Paris, Texas": the text itself says which region; enough to beat a thousandfold population. */
    static final double APPOSITION_BONUS = 3.0;
    static final double PROXIMITY_WEIGHT = 1.5;
    static final double PROXIMITY_KM = 150.0;
    static final double ANCHOR_PROBABILITY = 0.6;
    /** The most-mentioned anchors only: bounds the cost on very long texts with thousands of names. */
    static final int MAX_ANCHORS = 64;
    /**
     * A town or airport with a prior below this (a town of roughly under 100,000 people, matched by its
     * own name) that nothing in the article supports is more likely a common word or a name than a place
     * ("Axis", "Arab", "Nato", "Welch", "Millington").
     */
    static final double WEAK_PRIOR = 3.5;
    /**
     * The same for first-level regions, lower: a state or province named alone is meant far more often
     * than a town of the same prior ("Texas" in national news, 3.2).
     */
    static final double WEAK_REGION_PRIOR = 3.0;
    /**
     * A name mentioned more often than this is a topic of the article (a Wikipedia article about a village
     * names it in every paragraph): it is held to {@link #WEAK_REGION_PRIOR} only, not {@link #WEAK_PRIOR}.
     */
    static final double TOPIC_MENTIONS = 3.0;
    static final double WEAK_PENALTY = 1.0;
    /** Context bonus (focus + proximity) below which a candidate counts as unsupported. */
    static final double SUPPORT = 0.3;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private ContextPasses() {}

    /**
     * A kind cue keeps to the article's countries: "the Beni region" in an article about DR Congo is the region of
     * the Congolese town Beni, not Bolivia's El Beni department, though only the department is a region in the
     * gazetteer. The article's countries are those that any other name in it settles (a country, a region or a town
     * whose best candidate has probability at least {@value #SETTLED_PROBABILITY} before any context); a demonym
     * settles none ("Russian forces" fight in Ukraine's Donetsk region); a region or town cue's bonus ({@link Resolver#CUE_BONUS}) is taken back from the candidates
     * outside them when the name has a candidate inside them. With no settled country the cue stands.
     */
    static void keepCuesInTheArticlesCountries(List<NameGroup> groups) {
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (NameGroup g : groups) {
            if (g.isEmpty() || g.cue != KindCue.NONE) {
                continue;
            }
            double[] p = NameGroup.probabilities(g.base);
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            Place c = g.candidates.get(best).place();
            boolean people = g.spans.stream().anyMatch(sp -> sp.form() == Mention.Form.DEMONYM); // "Russian forces" in Ukraine
            if (!people && p[best] >= SETTLED_PROBABILITY && !c.countryCode().isEmpty()) {
                countries.add(c.countryCode());
            }
        }
        if (countries.isEmpty()) {
            return;
        }
        for (NameGroup g : groups) {
            if ((g.cue != KindCue.ADMIN && g.cue != KindCue.CITY) || g.isEmpty()) {
                continue;
            }
            boolean inside = g.candidates.stream().anyMatch(c -> countries.contains(c.place().countryCode()));
            if (!inside) {
                continue;
            }
            for (int i = 0; i < g.candidates.size(); i++) {
                Place c = g.candidates.get(i).place();
                if (g.cue.wants(c.kind()) && !countries.contains(c.countryCode())) {
                    g.base[i] -= Resolver.CUE_BONUS;
                    g.score[i] -= Resolver.CUE_BONUS;
                }
            }
        }
    }

    /**
     * Across the border: a candidate whose country borders the country that at least {@value #ACROSS_BORDER_SHARE}
     * of the article's other names point to ({@code Gazetteer#neighbours}, land borders) is kept when it would be
     * dropped as unsupported ({@link #penaliseWeak}), if the name as written is one of its names, the name is no given
     * name, and the place is a town of at least {@value #ACROSS_BORDER_POPULATION} people or an administrative seat
     * (GeoNames PPLA, PPLA2): "Ramtha" (Jordan), "Akcakale" (Turkey) or "Hermel" (Lebanon) in a report on Syria.
     * Its score is not raised, so it never outranks a candidate in the article's own country or a better-known
     * namesake ("London" in an American story stays in England, not Ontario).
     */
    static void markAcrossBorder(List<NameGroup> groups, java.util.function.Function<String, java.util.Set<String>> neighbours) {
        Mass mass = Mass.of(groups, g -> g.score);
        for (NameGroup g : groups) {
            double others = mass.othersWeight(g);
            g.acrossBorder = new boolean[g.score.length];
            if (!mass.has(g) || others <= 0 || GivenNames.contains(g.spans.getFirst().text())) {
                continue;
            }
            String key = org.placemap.gazetteer.NameNormalizer.fold(g.spans.getFirst().text());
            for (int i = 0; i < g.score.length; i++) {
                Place c = g.candidates.get(i).place();
                boolean standing = c.population() >= ACROSS_BORDER_POPULATION || c.featureCode().equals("PPLA")
                        || c.featureCode().equals("PPLA2");
                if (!standing || c.kind() != PlaceKind.POPULATED_PLACE) {
                    continue;
                }
                boolean across = false;
                for (String n : neighbours.apply(c.countryCode())) {
                    across |= mass.ofOthers(g, n) / others >= ACROSS_BORDER_SHARE;
                }
                g.acrossBorder[i] = across && Lookup.hasArticledName(c, key); // the name test last: it folds names
            }
        }
    }

    /**
     * A name the text places: right after a distance from it ("34 kilometres northwest of Vernon", "about 50 miles
     * from Tartus": {@link DistancePhrase}), right before a distance it is placed at ("Shushi is located about six
     * kilometers south of …", "Baquba, 40 miles north of Baghdad"; not the tail of a longer name, {@link #TAIL_OF_A_NAME}) or right after "in", "near", "outside" or "around" ("officials in
     * Vernon", "the fire near Vernon"). Such a group is never dropped as a likely non-place ({@link #penaliseWeak}),
     * even when its best candidate is a small town nothing else in the article supports or its name is also a given
     * name; which place it is, is still decided by the scores. Prepositions that also take people or firms ("at",
     * "from", "for", "to") do not count.
     */
    static boolean placedByPhrase(String text, NameGroup g) {
        for (Span s : g.spans) {
            if (DistancePhrase.endsAt(text, s.start())
                    || DistancePhrase.followsAsSubject(text, s.end()) && !TAIL_OF_A_NAME.matcher(
                            text.substring(Math.max(0, s.start() - 40), s.start())).find()
                    || PLACING_WORD_BEFORE.matcher(text.substring(Math.max(0, s.start() - 8), s.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * See {@link #placedByPhrase}: a capitalised word and one space right before the name, which is then the tail of a
     * longer name ("Dien Bien Phu City is 474km from …": the distance places the whole name, not "City").
     */
    static final java.util.regex.Pattern TAIL_OF_A_NAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’.-]* $");

    /** See {@link #placedByPhrase}: a placing preposition and one space, ending where the name begins. */
    static final java.util.regex.Pattern PLACING_WORD_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[^\\w])(?:in|near|outside|around) $");

    /** See {@link #markAcrossBorder}: the share of the other names' mass the bordering country must hold. */
    static final double ACROSS_BORDER_SHARE = 0.5;
    /** See {@link #markAcrossBorder}: the smallest town kept across a border, unless it is a seat. */
    static final long ACROSS_BORDER_POPULATION = 10_000;

    /** See {@link #keepCuesInTheArticlesCountries}. */
    static final double SETTLED_PROBABILITY = 0.8;

    /**
     * Document focus: every other group spreads its probability over countries and first-level regions; a
     * candidate gains {@link #FOCUS_WEIGHT} × the share of that mass in its country and
     * {@link #REGION_FOCUS_WEIGHT} × the share in its region. A group's own mass is left out so a name
     * cannot vote for itself. Two rounds: the shares of the second are taken from the probabilities after
     * the first, so that names the article's focus settles ("Savannah" and "Macon" beside "Atlanta") vote
     * with that settled weight for the names still in doubt ("Georgia" the state, not the country); only the
     * second round's bonus is kept.
     */
    static void addFocus(List<NameGroup> groups) {
        Map<NameGroup, double[]> first = focusBonus(groups, g -> g.score);
        Map<NameGroup, double[]> settled = new HashMap<>();
        for (NameGroup g : groups) {
            double[] b = first.get(g);
            double[] s = g.score.clone();
            if (b != null) {
                for (int i = 0; i < s.length; i++) {
                    s[i] += b[i];
                }
            }
            settled.put(g, s);
        }
        Map<NameGroup, double[]> second = focusBonus(groups, settled::get);
        for (NameGroup g : groups) {
            double[] b = second.get(g);
            if (b != null) {
                for (int i = 0; i < g.score.length; i++) {
                    g.score[i] += b[i];
                }
            }
        }
    }

    /** One round of {@link #addFocus}: each group's bonus per candidate, from the scores {@code scores} gives. */
    private static Map<NameGroup, double[]> focusBonus(List<NameGroup> groups,
            java.util.function.Function<NameGroup, double[]> scores) {
        Mass mass = Mass.of(groups, scores);
        Map<NameGroup, double[]> bonus = new HashMap<>();
        for (NameGroup g : groups) {
            double others = mass.othersWeight(g);
            if (!mass.has(g) || others <= 0) {
                continue;
            }
            double[] b = new double[g.score.length];
            java.util.Set<String> ownRegions = ownRegionNames(g);
            for (int i = 0; i < b.length; i++) {
                Place c = g.candidates.get(i).place();
                b[i] += FOCUS_WEIGHT * mass.ofOthers(g, c.countryCode()) / others;
                String region = regionKey(c);
                if (region != null && !(isOwnKey(region) && hasTownNear(g, c))
                        && !(namesakeOfOwnRegion(ownRegions, c) && mass.ofOthers(g, region) / others < NAMESAKE_REGION_SHARE)) {
                    b[i] += REGION_FOCUS_WEIGHT * mass.ofOthers(g, region) / others;
                }
            }
            bonus.put(g, b);
        }
        return bonus;
    }

    /** See {@link #namesakeOfOwnRegion}: the share of the others' mass in its region that still lends a namesake town the region's focus. */
    static final double NAMESAKE_REGION_SHARE = 0.5;

    /**
     * Whether {@code town} shares its own name with a first-level region of its own country among the group's candidates
     * ({@code ownRegions}, from {@link #ownRegionNames}: California, Pennsylvania beside the state of California). Such a town gains nothing from its region's focus
     * unless at least {@value #NAMESAKE_REGION_SHARE} of the other names' mass lies in that region: in "states including
     * Georgia, Oklahoma, Pennsylvania, Wisconsin and California" the listed Pennsylvania lent California, Pennsylvania its
     * focus (GeoVirus), while a list of Isabela's towns with Quirino and Quezon among them keeps those towns (news8). Two
     * small towns that only pull each other there ("miners from Cornwall came to California": Cornwall and California,
     * Pennsylvania) are still read so: each holds most of the other's mass.
     */
    private static boolean namesakeOfOwnRegion(java.util.Set<String> ownRegions, Place town) {
        return town.kind() == PlaceKind.POPULATED_PLACE && !ownRegions.isEmpty()
                && ownRegions.contains(town.countryCode() + "|" + org.placemap.gazetteer.NameNormalizer.fold(town.name()));
    }

    /**
     * "US|california": country code and folded own name of each first-level region among the group's candidates, for
     * {@link #namesakeOfOwnRegion}; made once per group and round, empty for most groups.
     */
    private static java.util.Set<String> ownRegionNames(NameGroup g) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (org.placemap.gazetteer.Candidate o : g.candidates) {
            Place r = o.place();
            if (r.kind() == PlaceKind.ADMIN_REGION && !r.featureCode().equals("ADM2")) {
                names.add(r.countryCode() + "|" + org.placemap.gazetteer.NameNormalizer.fold(r.name()));
            }
        }
        return names;
    }

    /**
     * Where the article's names point: each non-empty group spreads its weight over its candidates' countries and
     * first-level regions ({@link #regionKey}) by their probabilities under the scores given; kept per group, so that
     * a group can be left out of its own context.
     */
    private record Mass(Map<String, Double> all, Map<NameGroup, Map<String, Double>> own, double total) {

        static Mass of(List<NameGroup> groups, java.util.function.Function<NameGroup, double[]> scores) {
            Map<String, Double> all = new HashMap<>();
            Map<NameGroup, Map<String, Double>> own = new HashMap<>();
            double total = 0;
            for (NameGroup g : groups) {
                if (g.isEmpty()) {
                    continue;
                }
                double[] p = NameGroup.probabilities(scores.apply(g));
                Map<String, Double> mine = new HashMap<>();
                for (int i = 0; i < p.length; i++) {
                    Place c = g.candidates.get(i).place();
                    if (!c.countryCode().isEmpty()) {
                        mine.merge(c.countryCode(), g.weight * p[i], Double::sum);
                        String region = regionKey(c);
                        if (region != null) {
                            mine.merge(region, g.weight * p[i], Double::sum);
                        }
                    }
                }
                own.put(g, mine);
                mine.forEach((key, m) -> all.merge(key, m, Double::sum));
                total += g.weight;
            }
            return new Mass(all, own, total);
        }

        /** Whether {@code g} spread any mass (it has candidates). */
        boolean has(NameGroup g) {
            return own.containsKey(g);
        }

        /** The weight of every group but {@code g}. */
        double othersWeight(NameGroup g) {
            return total - g.weight;
        }

        /** The mass the groups other than {@code g} put on {@code key} (a country code or a region key), never negative. */
        double ofOthers(NameGroup g, String key) {
            return Math.max(0, all.getOrDefault(key, 0.0) - own.getOrDefault(g, Map.of()).getOrDefault(key, 0.0));
        }
    }

    /**
     * Exact before loose: when a group's best candidate matched only through a spelling variant (its names do not
     * fold to the name as written: "Qamishli" ~ Kamyshlov) while a candidate of the name as written lies in a
     * country where another name of the article was placed, that candidate is raised just above it. A loose match
     * never beats an exact one in the article's region; elsewhere the scores decide, and so does a kind word the
     * loose match answers ("Hmeimim air base": Khmeimim Air Base, not the village Hmeimim).
     */
    static void preferExactInRegion(List<NameGroup> groups) {
        // how many groups each country won: a group's "other names" are the rest, counted once, not per group
        Map<String, Integer> winners = new HashMap<>();
        for (NameGroup g : groups) {
            if (!g.isEmpty()) {
                winners.merge(g.candidates.get(g.best()).place().countryCode(), 1, Integer::sum);
            }
        }
        for (NameGroup g : groups) {
            if (g.isEmpty() || g.candidates.size() < 2 || g.cue.wants(g.candidates.get(g.best()).place().kind())) {
                continue; // "Hmeimim air base": the text's kind word chose the base, whatever its spelling
            }
            String key = org.placemap.gazetteer.NameNormalizer.fold(g.spans.getFirst().text());
            int best = g.best();
            Place bestPlace = g.candidates.get(best).place();
            if (Lookup.hasName(bestPlace, key)) {
                continue;
            }
            int chosen = -1;
            for (int i = 0; i < g.candidates.size(); i++) {
                Place c = g.candidates.get(i).place();
                String cc = c.countryCode();
                int others = winners.getOrDefault(cc, 0) - (cc.equals(bestPlace.countryCode()) ? 1 : 0);
                if (!cc.isEmpty() && others > 0 && Lookup.hasName(c, key) && (chosen < 0 || g.score[i] > g.score[chosen])) {
                    chosen = i;
                }
            }
            if (chosen >= 0) {
                g.score[chosen] = g.score[best] + EXACT_MARGIN;
            }
        }
    }

    /** How far an exact candidate is raised above the loose one it must beat: enough to win, no more. */
    static final double EXACT_MARGIN = 0.1;

    /** Whether {@code key} is a region's own key ({@link #regionKey}: a region without a code). */
    private static boolean isOwnKey(String key) {
        return key.contains("|@");
    }

    /**
     * Whether {@code g} has a town candidate within {@value #OWN_TOWN_KM} km of {@code region}'s point: "Hama province
     * … Hama" names the city in the province, and a region's own key ({@link #regionKey}), which no town shares, must
     * not carry the bare name from the city to the province; "Cagayan province … Cagayan", whose namesake town lies in
     * the Sulu Sea, may.
     */
    private static boolean hasTownNear(NameGroup g, Place region) {
        for (Candidate c : g.candidates) {
            Place t = c.place();
            if (t.kind() == PlaceKind.POPULATED_PLACE || t.kind() == PlaceKind.CAPITAL) {
                if (t.point() != null && region.point() != null && distanceKm(t, region) <= OWN_TOWN_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    /** See {@link #hasTownNear}: about a province's radius. */
    static final double OWN_TOWN_KM = 100;

    /**
     * "US|TX": the first-level region a town or region candidate lies in, or null when unknown. A first-level region
     * without a code (Natural Earth's Philippine provinces, whose old GeoNames codes now name other regions) is its own
     * key, "PH|@" and its id, so that "Cagayan province" and a bare "Cagayan" in the same article still share it.
     */
    static String regionKey(Place p) {
        if (p.countryCode().isEmpty() || p.kind() == PlaceKind.COUNTRY) {
            return null;
        }
        if (p.admin1Code().isEmpty()) {
            return p.kind() == PlaceKind.ADMIN_REGION ? p.countryCode() + "|@" + p.id() : null;
        }
        return p.countryCode() + "|" + p.admin1Code();
    }

    /**
     * Apposition: "Paris, Texas", "Vanderburgh, Ind.", "Pandi, Bulacan". When a name is followed by a
     * comma and a region or country, the first name's candidates inside one of the second's, and the
     * second's candidates containing one of the first's, gain {@link #APPOSITION_BONUS}. The same holds the
     * other way round for "the Texas town of Paris", "the Ohio city of Athens" (region, place noun, "of",
     * name). Where the codes cannot agree ({@link #nearRegionPoint}: "Taytay, Rizal") nearness counts instead,
     * but only at the name's first mention.
     *
     * @param spans the article's spans in text order
     */
    static void addApposition(String text, List<Span> spans, Map<Span, NameGroup> groupOf) {
        for (int k = 0; k + 1 < spans.size(); k++) {
            Span a = spans.get(k);
            Span b = spans.get(k + 1);
            if (b.start() < a.end() || text.substring(a.end(), b.start()).indexOf('\n') >= 0) {
                continue;
            }
            String between = text.substring(a.end(), b.start()).strip();
            boolean comma = between.equals(",");
            if (!comma && !PLACE_OF.matcher(between).matches()) {
                continue;
            }
            // "Paris, Texas": the second name contains the first; "the Texas town of Paris": the first the second
            NameGroup ga = groupOf.get(comma ? a : b);
            NameGroup gb = groupOf.get(comma ? b : a);
            if (ga == null || gb == null || ga == gb || ga.isEmpty() || gb.isEmpty()) {
                continue;
            }
            // by nearness only where the pair is the name's first mention: "named for Halifax, West Yorkshire" late in
            // an article about Halifax, Massachusetts says nothing of the article's Halifax
            boolean first = ga.spans.getFirst() == (comma ? a : b);
            boolean[] inside = new boolean[ga.candidates.size()];
            boolean[] container = new boolean[gb.candidates.size()];
            for (int j = 0; j < container.length; j++) {
                Place outer = gb.candidates.get(j).place();
                if (outer.kind() != PlaceKind.COUNTRY && outer.kind() != PlaceKind.ADMIN_REGION) {
                    continue;
                }
                for (int i = 0; i < inside.length; i++) {
                    Place in = ga.candidates.get(i).place();
                    if (contains(outer, in) || first && nearRegionPoint(outer, in)) {
                        inside[i] = true;
                        container[j] = true;
                    }
                }
            }
            for (int i = 0; i < inside.length; i++) {
                if (inside[i]) {
                    ga.score[i] += APPOSITION_BONUS;
                }
            }
            for (int j = 0; j < container.length; j++) {
                if (container[j]) {
                    gb.score[j] += APPOSITION_BONUS;
                }
            }
        }
    }

    /** Between a region and a name it contains: "the Texas town of Paris", "the Ohio city of Athens". */
    private static final java.util.regex.Pattern PLACE_OF = java.util.regex.Pattern.compile(
            "(?:city|town|village|port|suburb|county|district|province|region)\\s+of", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether {@code inner} lies in the country or first-level region {@code outer} (by codes). */
    static boolean contains(Place outer, Place inner) {
        if (outer.id().equals(inner.id()) || inner.kind() == PlaceKind.COUNTRY
                || !outer.countryCode().equals(inner.countryCode()) || outer.countryCode().isEmpty()) {
            return false;
        }
        if (outer.kind() == PlaceKind.COUNTRY) {
            return true;
        }
        return inner.kind() != PlaceKind.ADMIN_REGION && !outer.admin1Code().isEmpty() && outer.admin1Code().equals(inner.admin1Code());
    }

    /**
     * "Taytay, Rizal": Natural Earth numbers the provinces of some countries (the Philippines; English counties)
     * where GeoNames codes the regions above them, so the codes cannot agree; a town within {@value
     * #NEAR_REGION_POINT_KM} km of such a region's point is taken to lie in it.
     */
    static boolean nearRegionPoint(Place outer, Place inner) {
        return outer.kind() == PlaceKind.ADMIN_REGION && inner.kind() != PlaceKind.ADMIN_REGION
                && inner.kind() != PlaceKind.COUNTRY && outer.id().startsWith(NATURAL_EARTH)
                && outer.countryCode().equals(inner.countryCode()) && outer.point() != null && inner.point() != null
                && distanceKm(outer, inner) <= NEAR_REGION_POINT_KM;
    }

    private static final String NATURAL_EARTH = "naturalearth:";
    /** How near a Natural Earth region's point a town must be to count as inside it when codes cannot say. */
    static final double NEAR_REGION_POINT_KM = 40;

    /**
     * Proximity: groups already resolved with probability ≥ {@link #ANCHOR_PROBABILITY} to a town or
     * base are anchors; a candidate gains up to {@link #PROXIMITY_WEIGHT}, falling linearly to 0 at
     * {@link #PROXIMITY_KM} from the nearest anchor of another group.
     */
    static void addProximity(List<NameGroup> groups) {
        Map<NameGroup, Place> anchors = anchors(groups);
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
     * Regions that hold the article's towns where the two sources' codes cannot say so. Natural Earth draws the
     * provinces of the Philippines, the counties of England and Ireland and the provinces of Italy and Spain, where
     * GeoNames files towns under the regions above them, so a town's admin1 code never names its province and the
     * region focus ({@link #addFocus}) cannot see that "Ilagan", "Cabagan" and "Santiago City" lie in Isabela
     * province. Here the anchors of the other groups (their best candidates at probability ≥ {@link #ANCHOR_PROBABILITY},
     * towns, bases and airports, as for {@link #addProximity}) are located by outline ({@code regionAt}); a first-level
     * region candidate gains {@link #REGION_FOCUS_WEIGHT} × the share of those anchors it holds, counting only the
     * anchors filed under another code (where the codes agree, the region focus has already counted them). It gains
     * nothing when a town of its group lies inside it ("Cork" with Mallow and Cobh: the city is in its county, and
     * news names the seat, as {@code Lookup#townsYieldToRegions} keeps it). Only regions whose code no town carries
     * ({@code codeHasTowns}: an empty code, or Natural Earth's own numbering) are judged, and the outlines are read only
     * for an article that names one: most articles never load them. At most {@link #MAX_ANCHORS} anchors are located,
     * once per article.
     */
    static void addOutlineFocus(List<NameGroup> groups, java.util.function.Function<Place, java.util.Optional<Place>> regionAt,
            java.util.function.BiPredicate<String, String> codeHasTowns) {
        boolean anyRegion = false;
        for (NameGroup g : groups) {
            anyRegion |= !g.isEmpty() && g.candidates.stream().anyMatch(c -> c.place().kind() == PlaceKind.ADMIN_REGION
                    && !codeHasTowns.test(c.place().countryCode(), c.place().admin1Code()));
        }
        if (!anyRegion) {
            return; // every region candidate's code is some towns': the region focus by codes has seen them
        }
        Map<NameGroup, Place> anchors = anchors(groups);
        if (anchors.size() < 2) {
            return;
        }
        Map<NameGroup, String> heldBy = new HashMap<>(); // anchor group → the id of the region whose outline holds it
        for (Map.Entry<NameGroup, Place> a : anchors.entrySet()) {
            regionAt.apply(a.getValue()).filter(r -> !r.admin1Code().equals(a.getValue().admin1Code()))
                    .ifPresent(r -> heldBy.put(a.getKey(), r.id()));
        }
        if (heldBy.isEmpty()) {
            return;
        }
        for (NameGroup g : groups) {
            if (g.isEmpty()) {
                continue;
            }
            int others = anchors.size() - (anchors.containsKey(g) ? 1 : 0);
            for (int i = 0; i < g.score.length; i++) {
                Place r = g.candidates.get(i).place();
                if (r.kind() != PlaceKind.ADMIN_REGION || others == 0 || codeHasTowns.test(r.countryCode(), r.admin1Code())) {
                    continue;
                }
                int held = 0;
                for (Map.Entry<NameGroup, String> h : heldBy.entrySet()) {
                    if (h.getKey() != g && h.getValue().equals(r.id())) {
                        held++;
                    }
                }
                if (held > 0 && !holdsOwnTown(g, r, regionAt)) {
                    g.score[i] += REGION_FOCUS_WEIGHT * held / others;
                }
            }
        }
    }

    /** Whether a town among {@code g}'s candidates lies inside {@code region} (by outline). */
    private static boolean holdsOwnTown(NameGroup g, Place region, java.util.function.Function<Place, java.util.Optional<Place>> regionAt) {
        for (Candidate c : g.candidates) {
            if (c.place().kind() == PlaceKind.POPULATED_PLACE && c.place().countryCode().equals(region.countryCode())
                    && regionAt.apply(c.place()).filter(r -> r.id().equals(region.id())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The anchors of {@link #addProximity}: the most-mentioned groups' confident best candidates that are points. */
    private static Map<NameGroup, Place> anchors(List<NameGroup> groups) {
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
        return anchors;
    }

    /**
     * Small towns, airports and provinces that gained nothing from context lose {@link #WEAK_PENALTY};
     * a one-word name whose winner is still such a candidate, with no kind cue, is dropped as a likely
     * non-place; a longer name with no kind cue is kept, but its confidence is lowered ({@link Resolver#WEAK_WINNER_FACTOR}), so a
     * reader checks it ("A Red Cross official said": Red Cross, North Carolina, 742 people, in a story about Kenya). The price: a lone mention of a small town in an article about elsewhere is lost.
     * A name the {@code text} places ({@link #placedByPhrase}, asked only of a group about to be dropped) is never
     * dropped.
     */
    static void penaliseWeak(NameGroup g, String text) {
        if (g.isEmpty()) {
            return;
        }
        boolean[] weak = new boolean[g.score.length];
        for (int i = 0; i < weak.length; i++) {
            Candidate c = g.candidates.get(i);
            PlaceKind kind = c.place().kind();
            weak[i] = (kind == PlaceKind.POPULATED_PLACE || kind == PlaceKind.AIRPORT || kind == PlaceKind.ADMIN_REGION)
                    && c.score() < (kind == PlaceKind.ADMIN_REGION || g.weight > TOPIC_MENTIONS ? WEAK_REGION_PRIOR : WEAK_PRIOR)
                            + (mayBeRaisedByItsTowns(c.place()) ? org.placemap.gazetteer.Gazetteer.DIVISION_POPULATION_CAP : 0.0)
                    && g.score[i] - g.base[i] < SUPPORT && !g.cue.wants(kind)
                    && !(i < g.acrossBorder.length && g.acrossBorder[i]);
            if (weak[i]) {
                g.score[i] -= WEAK_PENALTY;
            }
        }
        boolean oneWord = g.spans.stream().noneMatch(s -> s.text().contains(" "));
        g.dropped = oneWord && g.cue == KindCue.NONE && weak[g.best()] && !placedByPhrase(text, g);
        g.weakWinner = !oneWord && g.cue == KindCue.NONE && weak[g.best()];
    }

    /**
     * A first-level division whose prior its towns' population may have raised (one the sources give no population:
     * Natural Earth's), by at most {@code Gazetteer.DIVISION_POPULATION_CAP}: its "weak" threshold is raised by that cap,
     * so a lone "Gulf", "Rivers" or "Maritime" (provinces of Papua New Guinea, Nigeria, Togo) is still dropped, while the
     * raise still ranks "Florida" the state above Florida, Uruguay. The cap is added whether or not the division was
     * raised, or raised by less (a seat of its name, another area of its name, few towns): an approximation, for the
     * candidate does not say how much its prior was raised.
     */
    private static boolean mayBeRaisedByItsTowns(Place p) {
        return p.kind() == PlaceKind.ADMIN_REGION && p.population() == 0 && !p.featureCode().equals("ADM2")
                && !p.admin1Code().isEmpty();
    }

    /**
     * A place GeoNames lists with no population and no seat above the second level (PPL, PPLA3, PPLA4, PPLX …,
     * population 0): a hamlet, a township seat or a neighbourhood nobody counted. Found by its exact name far from everything else an article names, it is judged as
     * a spelling match is ({@link #dropFarSpellings}): news14's floods in Kelantan named the district town of Machang,
     * which the geodata lacks, and three Chinese hamlets called Machang answered it, 3,600 km away.
     */
    private static boolean isUncountedHamlet(Place p) {
        return p.population() == 0 && p.featureCode().startsWith("PPL") && !SEAT_CODES.contains(p.featureCode());
    }

    /** A national, first- or second-level seat, or a seat of government: not a hamlet, counted or not. */
    private static final java.util.Set<String> SEAT_CODES = java.util.Set.of("PPLC", "PPLA", "PPLA2", "PPLG");

    /**
     * Whether a country other than {@code country} holds at least {@value #OUTLIER_CONTEXT} of the article's mentions
     * ({@code byCountry}: mentions by country code): the article is about that other country.
     */
    private static boolean anotherCountryHolds(Map<String, Integer> byCountry, String country) {
        return byCountry.entrySet().stream().anyMatch(e -> !e.getKey().equals(country) && e.getValue() >= OUTLIER_CONTEXT);
    }

    /** A town farther than this from every other town of the article is doubtful when the others share a region. */
    static final double OUTLIER_KM = 3000.0;
    /** How many other towns, each within {@link #OUTLIER_KM} of one of them, make the region the article is about. */
    static final int OUTLIER_CONTEXT = 3;
    /** The factor an outlier's confidence is multiplied by: it then falls below the default review threshold (0.6). */
    static final double OUTLIER_FACTOR = 0.5;
    /** Articles with more distinct towns than this are lists or compilations: no outlier is judged (and the cost stays bounded). */
    static final int OUTLIER_MAX_TOWNS = 200;

    /**
     * "The small communities of St George and Surat, about 500 kilometres west of Brisbane": when every other town
     * of the article lies in one region (at least {@value #OUTLIER_CONTEXT} of them, one within {@value #OUTLIER_KM} km
     * of the others) and one resolved town lies farther than that from all of them, the geoparser probably took a
     * namesake abroad (Surat in India; Queensland's Surat is not in the gazetteer). Its mentions keep their place but
     * their confidence is halved, so the reader finds them under "To check". So do a small town's alone in its country
     * ({@link #strangers}). Countries, regions and seas are not judged; neither is an article with more than {@value
     * #OUTLIER_MAX_TOWNS} distinct towns, and the distance rule needs more than {@value #OUTLIER_CONTEXT}.
     */
    static List<Mention> doubtOutliers(List<Mention> mentions) {
        Map<String, Place> towns = new java.util.LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.place() != null && m.form() != Mention.Form.DEMONYM && isPointLike(m.place().kind())) {
                towns.putIfAbsent(m.place().id(), m.place());
            }
        }
        if (towns.isEmpty() || towns.size() > OUTLIER_MAX_TOWNS) {
            return mentions;
        }
        // each town's neighbours within OUTLIER_KM, counted once; a town with none counts in no other's count, so the
        // others share a region exactly when one of them has OUTLIER_CONTEXT - 1 neighbours
        List<Place> all = new ArrayList<>(towns.values());
        int[] neighbours = new int[all.size()];
        for (int a = 0; a < all.size(); a++) {
            for (int b = a + 1; b < all.size(); b++) {
                if (distanceKm(all.get(a), all.get(b)) <= OUTLIER_KM) {
                    neighbours[a]++;
                    neighbours[b]++;
                }
            }
        }
        boolean region = towns.size() > OUTLIER_CONTEXT && java.util.Arrays.stream(neighbours).anyMatch(n -> n >= OUTLIER_CONTEXT - 1);
        java.util.Set<String> outliers = new java.util.HashSet<>();
        for (int a = 0; a < all.size(); a++) {
            if (neighbours[a] == 0 && region) {
                outliers.add(all.get(a).id());
            }
        }
        outliers.addAll(strangers(mentions, all));
        if (outliers.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.place() != null && outliers.contains(m.place().id()) && m.form() != Mention.Form.DEMONYM
                    ? new Mention(m.start(), m.end(), m.text(), m.form(), m.zone(), m.place(),
                            Math.round(m.confidence() * OUTLIER_FACTOR * 1000) / 1000.0, m.alternatives(), m.decision())
                    : m);
        }
        return out;
    }

    /**
     * "Survivors arriving in the town of Tawila, roughly 80 kilometers from el-Fasher": a small town (under {@value
     * Lookup#NOTABLE_POPULATION} people) in a country nothing else in the article is in, when at least {@value
     * #OUTLIER_CONTEXT} other mentions (towns, regions, the country itself or its demonym) are in one other country,
     * is probably a namesake abroad taken for a place the gazetteer lacks (Aţ Ţawīlah in Yemen for Darfur's Tawila). A
     * large town is not judged: news names Washington or Moscow in any story.
     */
    private static java.util.Set<String> strangers(List<Mention> mentions, List<Place> towns) {
        Map<String, Integer> byCountry = new HashMap<>();
        Map<String, Integer> byPlaceAndCountry = new HashMap<>();
        for (Mention m : mentions) {
            if (m.place() != null && !m.place().countryCode().isEmpty()) {
                byCountry.merge(m.place().countryCode(), 1, Integer::sum);
                byPlaceAndCountry.merge(m.place().id(), 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Place town : towns) {
            String cc = town.countryCode();
            if (cc.isEmpty() || town.population() >= Lookup.NOTABLE_POPULATION) {
                continue;
            }
            int own = byCountry.getOrDefault(cc, 0) - byPlaceAndCountry.getOrDefault(town.id(), 0);
            if (own == 0 && anotherCountryHolds(byCountry, cc)) {
                out.add(town.id());
            }
        }
        return out;
    }

    /** A town found only by a spelling variant lies at least this far from every other town of the article: dropped. */
    static final double FAR_SPELLING_KM = 2500.0;

    /**
     * "Mussini village, some 16 kilometres from Gamboru" (Nigeria): the gazetteer lacks the village, and the loose
     * spelling key finds Mosinee, Wisconsin. A small town (under {@link Lookup#NOTABLE_POPULATION}) that none of its
     * mentions names as written (or a hamlet nobody counted, {@link #isUncountedHamlet}, even by its exact name) (a variant or skeleton match only: {@link Lookup#hasName}), in a country no other name
     * of the article is placed in, and farther than {@value #FAR_SPELLING_KM} km from every other town or base the
     * article names, is a namesake by accident of spelling: its mentions stay, unresolved. A city (population at least
     * {@link Lookup#NOTABLE_POPULATION}) is judged so only when another country holds at least {@value #OUTLIER_CONTEXT}
     * of the article's names ("Jindo" in a story about Korea read Kindu, DR Congo). An article with no other town says
     * nothing against it.
     */
    static List<Mention> dropFarSpellings(List<Mention> mentions) {
        Map<String, Place> towns = new java.util.LinkedHashMap<>();
        Map<String, Boolean> exact = new HashMap<>();
        Map<String, Integer> byCountry = new HashMap<>();
        Map<String, Integer> byPlace = new HashMap<>();
        for (Mention m : mentions) {
            if (m.place() == null || m.form() == Mention.Form.DEMONYM) {
                continue;
            }
            byCountry.merge(m.place().countryCode(), 1, Integer::sum);
            byPlace.merge(m.place().id(), 1, Integer::sum);
            if (isPointLike(m.place().kind())) {
                towns.putIfAbsent(m.place().id(), m.place());
                exact.merge(m.place().id(), Lookup.hasName(m.place(), org.placemap.gazetteer.NameNormalizer.fold(m.text())),
                        Boolean::logicalOr);
            }
        }
        java.util.Set<String> far = new java.util.HashSet<>();
        for (Place t : towns.values()) {
            if (exact.get(t.id()) && !isUncountedHamlet(t) || t.countryCode().isEmpty()) {
                continue; // an exact name stands, unless it is a hamlet nobody counted ("Machang", China, in Kelantan)
            }
            if (t.population() >= Lookup.NOTABLE_POPULATION && !anotherCountryHolds(byCountry, t.countryCode())) {
                continue; // a city's variant spelling needs more against it: another country the article is about
            }
            if (byCountry.getOrDefault(t.countryCode(), 0) > byPlace.get(t.id())) {
                continue; // another name of the article is placed in its country
            }
            boolean others = false;
            boolean near = false;
            for (Place o : towns.values()) {
                if (o != t) {
                    others = true;
                    near |= distanceKm(t, o) <= FAR_SPELLING_KM;
                }
            }
            if (others && !near) {
                far.add(t.id());
            }
        }
        if (far.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            // still a name the text gives (a claim may be said of it), but placed nowhere; the namesake stays among
            // the alternatives for a reader to choose
            out.add(m.place() != null && far.contains(m.place().id())
                    ? new Mention(m.start(), m.end(), m.text(), m.form(), m.zone(), null, 0.0, m.alternatives(), m.decision())
                    : m);
        }
        return out;
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
