package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Builds an {@link Index} from places: folds every name (in parallel; it is the costly part), collects
 * postings per key, sorts each key's postings best first and packs everything into {@link KeyIndex}es.
 */
final class IndexBuilder {

    private IndexBuilder() {}

    /**
     * @param areaKm2 area of each place in km² (0 when unknown), for the prior; null for all unknown
     * @throws IllegalArgumentException on a duplicate id
     */
    static Index build(Place[] places, double[] areaKm2) {
        int n = places.length;
        double[] prior = new double[n];
        List<String> idList = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            prior[i] = Prior.of(places[i], areaKm2 == null ? 0 : areaKm2[i]);
            idList.add(places[i].id());
        }
        populateDivisions(places, prior);
        belowNamesakeCapitals(places, prior);
        KeyIndex ids = KeyIndex.of(idList, null);
        for (int i = 0; i < n; i++) {
            if (ids.find(places[i].id()) != i) {
                throw new IllegalArgumentException("duplicate place id: " + places[i].id());
            }
        }

        PlaceKeys[] keys = new PlaceKeys[n];
        IntStream.range(0, n).parallel().forEach(i -> keys[i] = PlaceKeys.of(places[i]));
        Map<String, IntList> exact = HashMap.newHashMap(n * 3);
        Map<String, IntList> variant = HashMap.newHashMap(n * 3);
        Map<String, IntList> abbreviations = new HashMap<>();
        int words = 0;
        for (int i = 0; i < n; i++) {
            PlaceKeys k = keys[i];
            for (int j = 0; j < k.exact.length; j++) {
                IntList list = exact.get(k.exact[j]);
                if (list == null) {
                    list = new IntList();
                    list.variantKey = k.variantOfExact[j];
                    exact.put(k.exact[j], list);
                    words = Math.max(words, NameNormalizer.wordCount(k.exact[j]));
                }
                list.add(i << 1 | (j == 0 && k.firstIsPreferred ? 1 : 0));
            }
            for (String v : k.variant) {
                variant.computeIfAbsent(v, x -> new IntList()).add(i);
            }
            for (String a : k.abbreviations) {
                abbreviations.computeIfAbsent(a, x -> new IntList()).add(i);
            }
        }
        PlaceTable table = PlaceTable.of(places);
        Index partial = new Index(table, prior, ids, null, null, null, null, null, words);
        // the exact and variant indexes are independent: pack them on two cores
        List<String> variantKeys = new ArrayList<>(variant.size());
        java.util.concurrent.CompletableFuture<KeyIndex> variantPacked = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> pack(variant, p -> prior[p], variantKeys, null));
        List<IntList> exactLists = new ArrayList<>(exact.size());
        KeyIndex exactIndex = pack(exact, partial::exactScore, null, exactLists);
        KeyIndex variantIndex = variantPacked.join();
        KeyIndex abbreviationIndex = pack(abbreviations, p -> prior[p], null, null);

        int[] exactToVariant = new int[exactIndex.size()];
        for (int k = 0; k < exactToVariant.length; k++) {
            exactToVariant[k] = variantIndex.find(exactLists.get(k).variantKey);
        }
        Map<String, IntList> skeleton = HashMap.newHashMap(variantKeys.size());
        for (int k = 0; k < variantKeys.size(); k++) {
            String s = NameNormalizer.skeletonOfVariant(variantKeys.get(k));
            if (!s.isEmpty()) {
                skeleton.computeIfAbsent(s, x -> new IntList()).add(k);
            }
        }
        KeyIndex skeletonIndex = pack(skeleton, null, null, null);
        return new Index(table, prior, ids, exactIndex, exactToVariant, variantIndex, skeletonIndex,
                abbreviationIndex, words);
    }

    /** See {@link #populateDivisions}: towns this large, or seats, are looked at by every name as the division's namesake. */
    static final long SEAT_NAME_POPULATION = 10_000;
    /**
     * See {@link #populateDivisions}: the most a division's towns add, 0.8 points (a state of millions would gain 3.3 by
     * the full term, which put the divisions before every city of their name in trials): enough
     * for a state to pass the towns of its name abroad, not a capital or a city of a few hundred thousand
     * ("Washington", "Gaza", "Buenos Aires" stay the cities).
     */
    static final double DIVISION_POPULATION_CAP = 0.8;

    /**
     * A first-level division the sources give no population (Natural Earth's: the US states, Canada's provinces,
     * Uruguay's departments …) gains the population term of its towns' sum (the towns of the same country and admin-1
     * code), as a division made from GeoNames' codes does ({@code AdminDivisionSource}): "Florida" alone ranked
     * below the town of Florida, Uruguay (32,000 people), because the state's prior held only its kind and area. So that
     * a division named like its own seat does not pass it by this ("Homs": the city, not the governorate; "Quebec"), one
     * that ranked below a town of its name filed under its code (a seat, or a town of {@value #SEAT_NAME_POPULATION} or
     * more, by any of their names) gains nothing, and neither does one below another area of its own name (a region, a
     * disputed area, a country: "Kurdistan", "Golan").
     */
    static void populateDivisions(Place[] places, double[] prior) {
        Map<String, Long> towns = new HashMap<>();
        Map<String, Double> bestSeat = new HashMap<>();
        Map<String, Double> bestArea = new HashMap<>();
        for (int i = 0; i < places.length; i++) {
            Place p = places[i];
            PlaceKind.MapCategory category = p.kind().category();
            if (category == PlaceKind.MapCategory.REGION || category == PlaceKind.MapCategory.COUNTRY
                    || category == PlaceKind.MapCategory.WATER) {
                bestArea.merge(NameNormalizer.fold(p.name()), prior[i], Math::max);
            }
            if ((p.kind() == PlaceKind.POPULATED_PLACE || p.kind() == PlaceKind.CAPITAL) && !p.admin1Code().isEmpty()) {
                String code = p.countryCode() + "|" + p.admin1Code();
                towns.merge(code, Math.max(0L, p.population()), Long::sum);
                if (p.population() >= SEAT_NAME_POPULATION || p.featureCode().equals("PPLA")) {
                    bestSeat.merge(code + "|" + NameNormalizer.fold(p.name()), prior[i], Math::max);
                    for (String alt : p.alternateNames()) {
                        bestSeat.merge(code + "|" + NameNormalizer.fold(alt), prior[i], Math::max);
                    }
                }
            }
        }
        for (int i = 0; i < places.length; i++) {
            Place p = places[i];
            if (p.kind() != PlaceKind.ADMIN_REGION || p.featureCode().equals("ADM2") || p.population() > 0
                    || p.admin1Code().isEmpty()) {
                continue;
            }
            String code = p.countryCode() + "|" + p.admin1Code();
            long sum = towns.getOrDefault(code, 0L);
            if (sum == 0) {
                continue;
            }
            List<String> names = new ArrayList<>(p.alternateNames());
            names.add(p.name());
            boolean belowItsSeat = false;
            for (String name : names) { // "Homs (Hims)", also called Homs
                String folded = NameNormalizer.fold(name);
                Double seat = bestSeat.get(code + "|" + folded);
                belowItsSeat |= seat != null && seat > prior[i];
                // nor past another area of its name that ranked above it ("Kurdistan": Iraq's region, not Iran's
                // Kordestan province, also called Kurdistan)
                belowItsSeat |= bestArea.getOrDefault(folded, Double.NEGATIVE_INFINITY) > prior[i];
            }
            if (!belowItsSeat) {
                prior[i] += Math.min(DIVISION_POPULATION_CAP, 0.5 * Math.log10(1.0 + sum));
            }
        }
    }

    /**
     * A first-level division named after the national capital that lies in it ranks just below that capital
     * ({@value Prior#BELOW_CAPITAL} lower): "Madrid" is the city, not the Community of Madrid, whose larger
     * population would otherwise put it first. Matched on the folded preferred name, the country and the
     * admin-1 code of both; only the national capital (GeoNames PPLC), the one place of its name every
     * reader knows, so a province named after its seat ("Quebec") keeps its rank.
     */
    static void belowNamesakeCapitals(Place[] places, double[] prior) {
        Map<String, Integer> capitals = new HashMap<>();
        for (int i = 0; i < places.length; i++) {
            Place p = places[i];
            if (p.kind() == PlaceKind.CAPITAL && !p.admin1Code().isEmpty()) {
                capitals.put(p.countryCode() + "|" + p.admin1Code() + "|" + NameNormalizer.fold(p.name()), i);
            }
        }
        for (int i = 0; i < places.length; i++) {
            Place p = places[i];
            if (p.kind() != PlaceKind.ADMIN_REGION || p.admin1Code().isEmpty()) {
                continue;
            }
            Integer capital = capitals.get(p.countryCode() + "|" + p.admin1Code() + "|" + NameNormalizer.fold(p.name()));
            if (capital != null && prior[i] > prior[capital] - Prior.BELOW_CAPITAL) {
                prior[i] = prior[capital] - Prior.BELOW_CAPITAL;
            }
        }
    }

    @FunctionalInterface
    interface PostingScore {
        double of(int posting);
    }

    /**
     * Keys in the map's iteration order (also appended to {@code keysOut} and their lists to
     * {@code listsOut} when given); postings sorted by {@code score} descending (ties: ascending posting).
     */
    private static KeyIndex pack(Map<String, IntList> map, PostingScore score, List<String> keysOut,
                                 List<IntList> listsOut) {
        List<String> keyList = keysOut != null ? keysOut : new ArrayList<>(map.size());
        int[][] postings = new int[map.size()][];
        int k = 0;
        for (Map.Entry<String, IntList> e : map.entrySet()) {
            keyList.add(e.getKey());
            if (listsOut != null) {
                listsOut.add(e.getValue());
            }
            int[] p = e.getValue().toArray();
            if (score != null && p.length > 1) {
                sortByScore(p, score);
            }
            postings[k++] = p;
        }
        return KeyIndex.of(keyList, postings);
    }

    static void sortByScore(int[] list, PostingScore score) {
        if (list.length <= 16) {
            for (int i = 1; i < list.length; i++) {
                int x = list[i];
                double sx = score.of(x);
                int j = i - 1;
                while (j >= 0 && before(x, sx, list[j], score.of(list[j]))) {
                    list[j + 1] = list[j];
                    j--;
                }
                list[j + 1] = x;
            }
            return;
        }
        Integer[] boxed = new Integer[list.length];
        for (int i = 0; i < list.length; i++) {
            boxed[i] = list[i];
        }
        Arrays.sort(boxed, (a, b) -> {
            int byScore = Double.compare(score.of(b), score.of(a));
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        for (int i = 0; i < list.length; i++) {
            list[i] = boxed[i];
        }
    }

    private static boolean before(int a, double sa, int b, double sb) {
        int byScore = Double.compare(sb, sa);
        return byScore != 0 ? byScore < 0 : a < b;
    }

    /** The distinct keys of one place's names: exact (preferred first), variant, abbreviation. */
    private record PlaceKeys(String[] exact, String[] variantOfExact, String[] variant, String[] abbreviations,
                             boolean firstIsPreferred) {
        static PlaceKeys of(Place p) {
            List<String> exact = new ArrayList<>(p.alternateNames().size() + 1);
            List<String> variantOfExact = new ArrayList<>(p.alternateNames().size() + 1);
            List<String> variant = new ArrayList<>(p.alternateNames().size() + 1);
            List<String> abbreviations = new ArrayList<>(1);
            String preferred = NameNormalizer.fold(p.name());
            add(preferred, exact, variantOfExact, variant);
            for (String alt : p.alternateNames()) {
                String abbreviation = Names.abbreviationKey(alt);
                if (abbreviation != null) {
                    if (!abbreviations.contains(abbreviation)) {
                        abbreviations.add(abbreviation);
                    }
                } else {
                    add(NameNormalizer.fold(alt), exact, variantOfExact, variant);
                }
            }
            return new PlaceKeys(exact.toArray(String[]::new), variantOfExact.toArray(String[]::new),
                    variant.toArray(String[]::new), abbreviations.toArray(String[]::new), !preferred.isEmpty());
        }

        private static void add(String key, List<String> exact, List<String> variantOfExact, List<String> variant) {
            if (key.isEmpty() || exact.contains(key)) {
                return;
            }
            exact.add(key);
            String v = NameNormalizer.variantOfFolded(key);
            variantOfExact.add(v);
            if (!variant.contains(v)) {
                variant.add(v);
            }
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[2];
        private int size;
        /** For an exact key: its variant key. */
        String variantKey;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
