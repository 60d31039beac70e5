package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.NameNormalizer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * Gazetteer queries as recognition needs them. The gazetteer also matches loose spelling variants
 * (Hmeimim ~ Khmeimim); that helps with rare transliterations of multi-word or cued names but turns too
 * many single English words into villages ("Syrian" ~ Sayyān, "Sunni" ~ Suni), so single words are
 * matched exactly. One instance serves one article: it caches answers, since news repeats its names.
 */
final class Lookup {

    private final Gazetteer gazetteer;
    private final Map<String, List<Candidate>> looseCache = new HashMap<>();
    private final Map<String, List<Candidate>> exactCache = new HashMap<>();

    Lookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    int maxNameWords() {
        return gazetteer.maxNameWords();
    }

    /** Exact and variant matches, best prior first. */
    List<Candidate> loose(String name) {
        return looseCache.computeIfAbsent(name, this::looseUncached);
    }

    private List<Candidate> looseUncached(String name) {
        List<Candidate> found = gazetteer.candidates(name);
        if (found.isEmpty() && name.indexOf('.') > 0) {
            found = gazetteer.candidates(name.replace(".", "")); // "U.S." → "US"
        }
        if (found.isEmpty() && name.contains(" of ") && !name.contains(" of the ")) {
            found = gazetteer.candidates(name.replace(" of ", " of the ")); // "Republic of Congo"
        }
        if (found.isEmpty() && CITY_SHORT_NAMES.containsKey(name)) {
            found = gazetteer.candidates(CITY_SHORT_NAMES.get(name)); // "HCM City": Ho Chi Minh City
        }
        return regionNearCountry(oceanBeforeTowns(townsYieldToRegions(found, name), name), name);
    }

    /** How far below a country its namesake first-level region of another country ranks at most. */
    static final double REGION_BELOW_COUNTRY = 2.5;

    /**
     * "Georgia": a country and a first-level region of another country with the same own name (the US state) are both
     * what news means by it, but the country's population and area put it almost five points ahead, more than any
     * article's context adds, so "offices across Kentucky, Tennessee, Georgia and Virginia" read the Caucasus. The
     * region is raised to {@value #REGION_BELOW_COUNTRY} below the country: alone the name is still the country, but
     * among the other country's places the article's focus decides.
     */
    private static List<Candidate> regionNearCountry(List<Candidate> found, String name) {
        if (found.size() < 2) {
            return found;
        }
        String key = NameNormalizer.fold(name);
        Candidate country = null;
        for (Candidate c : found) {
            if (c.place().kind() == PlaceKind.COUNTRY && NameNormalizer.fold(c.place().name()).equals(key)) {
                country = c;
                break;
            }
        }
        if (country == null) {
            return found;
        }
        List<Candidate> out = null;
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            Place p = c.place();
            if (p.kind() == PlaceKind.ADMIN_REGION && !p.featureCode().equals("ADM2") && !p.countryCode().isEmpty()
                    && !p.countryCode().equals(country.place().countryCode()) && NameNormalizer.fold(p.name()).equals(key)
                    && c.score() < country.score() - REGION_BELOW_COUNTRY) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(i, new Candidate(p, country.score() - REGION_BELOW_COUNTRY));
            }
        }
        if (out == null) {
            return found;
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(out);
    }

    /** Towns smaller than this are never meant by the first word of an ocean's name. */
    static final long OCEAN_NAMESAKE_POPULATION = 50_000;

    /**
     * "Pacific and Atlantic legs", "the Atlantic": the first word of an ocean's name ("Atlantic Ocean") is the ocean, not
     * one of the small towns named after it (Atlantic, Iowa; Pacific, Missouri), which an article's other American
     * places would otherwise pull it to: those towns rank well below the ocean, where an apposition with its state that
     * the article also names ("Voters in Iowa … In Atlantic, Iowa, …") can still make them the place. Not for compass words ("Southern").
     */
    private static List<Candidate> oceanBeforeTowns(List<Candidate> found, String name) {
        if (found.size() < 2 || Words.COMPASS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return found;
        }
        String ocean = NameNormalizer.fold(name + " Ocean");
        double oceanScore = found.stream().filter(c -> c.place().kind() == PlaceKind.SEA
                && NameNormalizer.fold(c.place().name()).equals(ocean)).mapToDouble(Candidate::score).max().orElse(Double.NaN);
        if (Double.isNaN(oceanScore)) {
            return found;
        }
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            boolean namesake = c.place().kind() == PlaceKind.POPULATED_PLACE && c.place().population() < OCEAN_NAMESAKE_POPULATION;
            out.add(namesake ? new Candidate(c.place(), Math.min(c.score(), oceanScore - OCEAN_NAMESAKE_MARGIN)) : c);
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(out);
    }

    /** How far below the ocean its small namesake towns rank: more than an article's other places add to a town. */
    private static final double OCEAN_NAMESAKE_MARGIN = 5.0;

    /**
     * Short names that a city's own press uses for it all the time and that GeoNames does not list among its alternate
     * names (Vietnam News and VietnamPlus write "HCM City" for Ho Chi Minh City). Looked up only when the short name
     * itself finds nothing, written as given. (An all-capitals short name such as "HCMC" would still be read as an
     * organisation's acronym, so none is listed.)
     */
    static final Map<String, String> CITY_SHORT_NAMES = Map.of("HCM City", "Ho Chi Minh City");

    /** Towns smaller than this yield their rank to a first-level region of their own name that they are not in. */
    static final long YIELDING_TOWN_POPULATION = 100_000;

    /**
     * "Indiana", "Delaware", "Wyoming": a first-level region (state, province) named by its own name outranks a town of
     * fewer than {@value #YIELDING_TOWN_POPULATION} people by the same own name that lies outside it (Indiana,
     * Pennsylvania; Delaware, Ohio; Wyoming, Michigan): the town ranks just below the region. Natural Earth gives first-level
     * regions no population, so a mid-sized town's population term used to beat a state's kind and area. A town inside the
     * region keeps its rank (Guanajuato city in Guanajuato state, Toledo in its province: news names the seat), and so
     * does a capital or a larger city (Washington, D.C., not the state), and so does a town in another country (Paris,
     * Texas keeps its rank against the French region: the article's context decides between countries); context can
     * still choose the town. Where the town lies is read from the codes ({@link #inAnotherRegion}), only when such a
     * pair is among the candidates.
     */
    private List<Candidate> townsYieldToRegions(List<Candidate> found, String name) {
        if (found.size() < 2 || found.stream().noneMatch(c -> c.place().kind() == PlaceKind.ADMIN_REGION)) {
            return found; // most lookups: no region among the candidates, and nothing to fold
        }
        String key = NameNormalizer.fold(name);
        List<Candidate> regions = found.stream().filter(c -> c.place().kind() == PlaceKind.ADMIN_REGION
                && !c.place().featureCode().equals("ADM2") && NameNormalizer.fold(c.place().name()).equals(key)).toList();
        if (regions.isEmpty()) {
            return found;
        }
        List<Candidate> out = null;
        for (int i = 0; i < found.size(); i++) {
            Candidate town = found.get(i);
            Place t = town.place();
            if (t.kind() != PlaceKind.POPULATED_PLACE || t.population() >= YIELDING_TOWN_POPULATION
                    || !NameNormalizer.fold(t.name()).equals(key)) {
                continue;
            }
            double cap = Double.POSITIVE_INFINITY;
            for (Candidate r : regions) {
                if (town.score() >= r.score() && inAnotherRegion(t, r.place())) {
                    cap = Math.min(cap, r.score() - YIELD_MARGIN);
                }
            }
            if (cap < town.score()) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(i, new Candidate(t, cap));
            }
        }
        if (out == null) {
            return found;
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(out);
    }

    /** How far below the region a town that yields to it ranks: enough to order them, too little to matter otherwise. */
    private static final double YIELD_MARGIN = 0.01;

    /**
     * Whether {@code town} lies in another first-level region of the same country than {@code region}: GeoNames files
     * the town under another code, and a region Natural Earth draws carries that code (Indiana, Pennsylvania is in
     * "PA"). In Ireland GeoNames files towns by province and Natural Earth draws counties, so Limerick city is not
     * judged. Read from the codes, which the build keeps only where they still name a drawn region's area
     * ({@code RegionCodeCheck}), not from the outlines: most articles then never load them (about 13 MB of heap).
     */
    private boolean inAnotherRegion(Place town, Place region) {
        return town.countryCode().equals(region.countryCode()) && !town.admin1Code().isEmpty()
                && !town.admin1Code().equals(region.admin1Code())
                && gazetteer.hasDrawnRegionCoded(town.countryCode(), town.admin1Code());
    }

    /** Only entries one of whose names folds exactly to {@code name}'s key. */
    List<Candidate> exact(String name) {
        return exactCache.computeIfAbsent(name, this::exactUncached);
    }

    private List<Candidate> exactUncached(String name) {
        List<Candidate> loose = loose(name);
        if (loose.isEmpty()) {
            return loose;
        }
        String key = NameNormalizer.fold(name);
        String undotted = NameNormalizer.fold(name.replace(".", ""));
        List<Candidate> out = new ArrayList<>(loose.size());
        for (Candidate c : loose) {
            if (hasName(c.place(), key) || hasName(c.place(), undotted)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Endings of English words, not of respelt place names: "Packing" is no "Peking". */
    private static final java.util.regex.Pattern ENGLISH_ENDING =
            java.util.regex.Pattern.compile("(?:ing|ed|ly|tion|ness|ment|ers)$");

    /** Smallest population of a town a one-word variant spelling may name ({@link #oneWord}). */
    static final long NOTABLE_POPULATION = 100_000;

    /**
     * A capital inside the word ("McAllen", "R-Raleigh", "Al-Hasakah"), except in a compound of names of three
     * letters or more joined by hyphens ("Bosnia-Herzegovina", "Sistan-Balouchestan").
     */
    private static boolean hasInnerCapital(String name) {
        if (COMPOUND_OF_NAMES.matcher(name).matches()) {
            return false;
        }
        return name.chars().skip(1).anyMatch(Character::isUpperCase);
    }

    private static final java.util.regex.Pattern COMPOUND_OF_NAMES =
            java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}{2,})+");

    /**
     * For a compound of two names ("Bosnia-Herzegovina", "Sistan-Balouchestan") that matched nothing: the countries
     * and first-level regions named "A and B" (or a respelling of it), which news often writes with a hyphen.
     */
    private List<Candidate> pairWithAnd(String name) {
        int hyphen = name.indexOf('-');
        if (hyphen < 0 || name.indexOf('-', hyphen + 1) >= 0 || !COMPOUND_OF_NAMES.matcher(name).matches()) {
            return List.of();
        }
        String joined = name.substring(0, hyphen) + " and " + name.substring(hyphen + 1);
        return respellings(joined, p -> p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN_REGION);
    }

    /** The loose matches of {@code query} that {@code standing} admits and one of whose names respells it ({@link #hasVariant}). */
    private List<Candidate> respellings(String query, java.util.function.Predicate<Place> standing) {
        String variant = NameNormalizer.variant(query);
        String key = NameNormalizer.fold(query);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : loose(query)) {
            if (standing.test(c.place()) && hasVariant(c.place(), variant, key)) {
                out.add(c);
            }
        }
        return out;
    }

    /** A country, first-level region, capital, air base or town of at least {@value #NOTABLE_POPULATION} people. */
    private static boolean notable(Place p) {
        return switch (p.kind()) {
            case COUNTRY, CAPITAL, ADMIN_REGION, AIR_BASE -> true;
            case POPULATED_PLACE -> p.population() >= NOTABLE_POPULATION;
            default -> false;
        };
    }

    /**
     * Candidates for a name of one word: its exact matches; failing any, the places of some standing (a country, a
     * first-level region, a capital, an air base, a town of at least {@value #NOTABLE_POPULATION} people) one of whose names has
     * the same {@linkplain NameNormalizer#variant variant key}: "Hodeidah" for Al Hudaydah (GeoNames lists
     * "Hodeida"), "Tartous" for Tartus, "Khmeimim" for Hmeimim Air Base; and a compound of two names matching nothing
     * is tried as "A and B" among countries and first-level regions ("Bosnia-Herzegovina", "Sistan-Balouchestan"). A
     * word with another inner capital ("McAllen", "R-Raleigh") keeps to its exact matches. News respells such places; an ordinary word that happens to share a
     * variant key with a village ("Sunni" ~ Suni) stays unmatched, and so do given names and words with an English
     * ending ("-ing", "-ed", "-ly", "-tion", "-ness", "-ment", "-ers"); the caller asks only for words that do not open
     * a sentence or stand in a headline, where any word is capitalised. Vowel-skeleton matches are never taken here.
     */
    List<Candidate> oneWord(String name) {
        List<Candidate> exact = exact(name);
        if (name.length() >= 4 && loose(name).size() > exact.size() && Character.isUpperCase(name.charAt(0))
                && name.chars().skip(1).noneMatch(Character::isUpperCase) && !GivenNames.contains(name)) {
            exact = withArticled(exact, name); // only when a loose match is left over to be the article-less one
        }
        if (!exact.isEmpty() || name.length() < 5 || !Character.isUpperCase(name.charAt(0))
                || hasInnerCapital(name) || GivenNames.contains(name)
                || ENGLISH_ENDING.matcher(name).find()) {
            return exact; // "Julie" is a person and "Packing" a word, whatever they respell
        }
        List<Candidate> pair = pairWithAnd(name);
        if (!pair.isEmpty()) {
            return pair;
        }
        return respellings(name, Lookup::notable);
    }

    /**
     * {@code exact} and the places of some standing one of whose names is an Arabic article and then exactly {@code name}: news drops
     * the article that GeoNames keeps ("Qamishli" for Al Qāmishlī, "Ramtha" for Ar Ramthā, "Hermel" for El Hermel).
     * Added to the exact matches (As-Suwayda, a provincial seat, beside the Yemeni hamlet that GeoNames lists as
     * "Suwayda"), whatever the population, but only for a populated place with people or an
     * administrative seat (GeoNames PPLA…PPLA4, PPLC: Al Qāmishlī lists no population but is a district seat) and
     * for areas: a hamlet with no people listed gains nothing from a word that merely ends like its name. Such a
     * match beats a same-sounding town abroad found only by a loose spelling key (Kamyshlov for "Qamishli").
     */
    private List<Candidate> withArticled(List<Candidate> exact, String name) {
        String key = NameNormalizer.fold(name);
        List<Candidate> out = new ArrayList<>(exact);
        for (Candidate c : loose(name)) {
            Place p = c.place();
            if (exact.stream().anyMatch(e -> e.place() == p)) {
                continue;
            }
            boolean standing = p.kind() != PlaceKind.POPULATED_PLACE || p.population() > 0
                    || p.featureCode().startsWith("PPLA") || p.featureCode().equals("PPLC");
            if (standing && hasNameLessArticle(p, key)) {
                out.add(c);
            }
        }
        if (out.size() > exact.size()) {
            out.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed()); // best prior first, as loose gives them
            return out;
        }
        return exact;
    }

    /** Whether {@code spelling} folds to an Arabic article, a space and then {@code key}: "Al-Qāmishlī" for "qamishli". */
    private static boolean articled(String spelling, String key) {
        if (spelling.length() < key.length() + 3 || spelling.length() > key.length() + 8) {
            return false; // an article of two or three letters and a space, a few marks folded away: no fold needed
        }
        String folded = NameNormalizer.fold(spelling);
        int space = folded.indexOf(' ');
        return space > 0 && folded.length() == space + 1 + key.length() && folded.endsWith(key)
                && Words.ARABIC_ARTICLES.contains(folded.substring(0, space));
    }

    /**
     * Whether one of {@code p}'s names has the variant key {@code variant} and is at most {@value #MAX_RESPELLING_EDITS}
     * edits from the word's own key {@code key}: a respelling (Hodeidah, Hodeida), not a name the variant rules
     * happen to fold onto another (Maasai, Massalia).
     */
    private static boolean hasVariant(Place p, String variant, String key) {
        if (respells(p.name(), variant, key)) {
            return true;
        }
        for (String alt : p.alternateNames()) {
            if (respells(alt, variant, key)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_RESPELLING_EDITS = 2;

    private static boolean respells(String spelling, String variant, String key) {
        return NameNormalizer.variant(spelling).equals(variant)
                && NameNormalizer.editDistance(NameNormalizer.fold(spelling), key, MAX_RESPELLING_EDITS) <= MAX_RESPELLING_EDITS;
    }

    /** Candidates for "name + cue" ("Khmeimim air base", another spelling of "Hmeimim Air Base") and for the bare name. */
    List<Candidate> withCue(String name, KindCue.Match cue) {
        List<Candidate> withPhrase = loose(name + " " + cue.lookupPhrase());
        if (cue.cue() == KindCue.AIR_BASE && withPhrase.isEmpty()) {
            withPhrase = loose(name + " air base");
        }
        return merge(withPhrase, loose(name));
    }

    /**
     * "the city of Nabatieh": when a city is asked for and the candidates hold no town but a first-level division of the
     * name, the division's seat ({@link Gazetteer#regionalSeat}), which GeoNames may spell otherwise ("Nabatîyé et
     * Tahta"), is added as a candidate at the division's score; else {@code candidates} as they are.
     */
    List<Candidate> withSeatOfCity(List<Candidate> candidates) {
        if (candidates.isEmpty() || candidates.stream().anyMatch(c -> KindCue.CITY.wants(c.place().kind()))) {
            return candidates;
        }
        List<Candidate> seats = new ArrayList<>(1);
        for (Candidate c : candidates) {
            if (c.place().kind() == org.placemap.gazetteer.PlaceKind.ADMIN_REGION && !c.place().featureCode().equals("ADM2")) {
                org.placemap.gazetteer.Place seat = gazetteer.regionalSeat(c.place());
                if (seat != null) {
                    seats.add(new Candidate(seat, c.score()));
                }
            }
        }
        return merge(candidates, seats);
    }

    /** Union by place id, best score first. */
    static List<Candidate> merge(List<Candidate> a, List<Candidate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<Candidate> out = new ArrayList<>(a);
        for (Candidate c : b) {
            if (out.stream().noneMatch(x -> x.place().id().equals(c.place().id()))) {
                out.add(c);
            }
        }
        out.sort((x, y) -> Double.compare(y.score(), x.score()));
        return out;
    }

    /** Whether one of {@code p}'s names folds exactly to {@code key}. */
    static boolean hasName(Place p, String key) {
        if (NameNormalizer.fold(p.name()).equals(key)) {
            return true;
        }
        for (String alt : p.alternateNames()) {
            if (alt.length() >= key.length() - 2 && alt.length() <= key.length() + 4 && NameNormalizer.fold(alt).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #hasName}, or one of {@code p}'s names is an Arabic article and then the name ("Qamishli": Al Qāmishlī). */
    static boolean hasArticledName(Place p, String key) {
        return hasName(p, key) || hasNameLessArticle(p, key);
    }

    /** Whether one of {@code p}'s names is an Arabic article and then {@code key} ({@link #articled}). */
    private static boolean hasNameLessArticle(Place p, String key) {
        return articled(p.name(), key) || p.alternateNames().stream().anyMatch(a -> articled(a, key));
    }
}
