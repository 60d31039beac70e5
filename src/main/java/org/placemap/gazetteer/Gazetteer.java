package org.placemap.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.placemap.distance.GeoPoint;

/**
 * In-memory gazetteer: all candidates for a name, ranked by a prior.
 *
 * <h2>Algorithm</h2>
 * Every preferred and alternate name is folded twice at construction ({@link NameNormalizer#fold}
 * and {@link NameNormalizer#variant}) into two hash indexes of key → place postings, pre-sorted by
 * prior. A lookup folds the query the same two ways and merges the two posting lists; no string
 * comparison or scan happens at query time.
 *
 * <h2>Performance</h2>
 * With the shipped data (about 212,000 entries, 514,000 exact and 458,000 variant keys): load and index
 * in about 2 s on two cores, about 230 MB of heap after load; a lookup is one or two hash probes plus one
 * object per candidate.
 *
 * <h2>Limitations</h2>
 * Names are matched whole; a facility phrase ("Kuweires air base") is split only when the whole phrase
 * matches nothing. Spellings that differ in a vowel (Homs/Hims, Humaymim/Hmeimim) meet only if the
 * data lists both.
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe once constructed.
 */
public final class Gazetteer {

    /** Longer queries cannot be place names; refusing them early bounds the cost of a lookup. */
    static final int MAX_QUERY_CHARS = 200;

    private final Place[] places;
    private final double[] prior;
    private final Map<String, Integer> byId;
    private final NameIndex exact;
    private final NameIndex variant;
    private final int maxNameWords;
    private final PointIndex points;

    /**
     * Indexes {@code places}. Ids must be unique.
     *
     * @throws IllegalArgumentException on a duplicate id
     */
    public Gazetteer(Collection<Place> places) {
        this.places = places.toArray(Place[]::new);
        this.prior = new double[this.places.length];
        this.byId = HashMap.newHashMap(this.places.length);
        for (int i = 0; i < this.places.length; i++) {
            if (byId.putIfAbsent(this.places[i].id(), i) != null) {
                throw new IllegalArgumentException("duplicate place id: " + this.places[i].id());
            }
            prior[i] = Prior.of(this.places[i]);
        }
        // folding is the costly part and independent per place: do it on all cores, then index in order
        PlaceKeys[] keys = new PlaceKeys[this.places.length];
        IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = PlaceKeys.of(this.places[i]));
        NameIndex.Builder exactKeys = new NameIndex.Builder(keys.length * 3);
        NameIndex.Builder variantKeys = new NameIndex.Builder(keys.length * 3);
        int words = 0;
        for (int i = 0; i < keys.length; i++) {
            PlaceKeys k = keys[i];
            for (int j = 0; j < k.exact().length; j++) {
                NameIndex.Slot slot = exactKeys.add(k.exact()[j], i, j == 0 && k.firstIsPrimary());
                if (slot.variantKey == null) {
                    slot.variantKey = k.variantOfExact()[j];
                }
                words = Math.max(words, NameNormalizer.wordCount(k.exact()[j]));
            }
            for (int j = 0; j < k.variant().length; j++) {
                variantKeys.add(k.variant()[j], i, false);
            }
        }
        this.variant = variantKeys.build(posting -> prior[NameIndex.place(posting)]);
        this.exact = exactKeys.build(this::exactScore);
        this.exact.linkVariants(this.variant);
        this.maxNameWords = words;
        this.points = new PointIndex(this.places);
    }

    /** Loads the derived files in {@code geodataDir} (see geodata/README.md). */
    public static Gazetteer load(Path geodataDir) throws IOException {
        return new Gazetteer(PlaceTsv.readAll(geodataDir));
    }

    /**
     * All entries whose preferred or alternate name matches {@code name}, best first; never null.
     *
     * <p>An entry matches when the query's {@linkplain NameNormalizer#fold exact key} equals the key of
     * one of its names, or failing that when the {@linkplain NameNormalizer#variant variant keys} are
     * equal. Each candidate's score is its prior plus a match bonus, documented in {@link Prior}:
     * kind weight + 0.5·log10(1 + population) + seat bonus (PPLA 0.5, PPLA2 0.2) + 1.0 for the preferred
     * name, 0.7 for an alternate name, 0 for a variant-only match. Ties keep build order.
     *
     * <p>A name that matches nothing but is a facility phrase is looked up by the place name inside it
     * ({@link FacilityPhrase}): "Kuweires air base" gives the air bases and airports called Kuweires, or
     * when there are none, the places called Kuweires; "naval base in Tartus" and "port of Latakia" give
     * the places, since the sources have no naval bases or ports.
     *
     * <p>Unknown, null, empty, blank or over-long (more than {@value #MAX_QUERY_CHARS} characters) names give
     * an empty list.
     */
    public List<Candidate> candidates(String name) {
        if (name == null || name.length() > MAX_QUERY_CHARS) {
            return List.of();
        }
        String key = NameNormalizer.fold(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = lookup(key);
        if (found.isEmpty()) {
            FacilityPhrase phrase = FacilityPhrase.parse(key);
            if (phrase != null) {
                found = lookup(phrase.bareKey());
                List<Candidate> facilities = found.stream().filter(c -> phrase.kinds().contains(c.place().kind())).toList();
                return facilities.isEmpty() ? found : facilities;
            }
        }
        return found;
    }

    /**
     * Only the entries one of whose names has the same {@linkplain NameNormalizer#fold exact key} as
     * {@code name}, best first, scored as in {@link #candidates}: no variant matches, no facility phrases.
     * For recognisers that must not turn ordinary words into places by a loose spelling.
     */
    public List<Candidate> exactCandidates(String name) {
        if (name == null || name.length() > MAX_QUERY_CHARS) {
            return List.of();
        }
        NameIndex.Slot hit = exact.get(NameNormalizer.fold(name));
        if (hit == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>(hit.postings.length);
        for (int posting : hit.postings) {
            out.add(new Candidate(places[NameIndex.place(posting)], exactScore(posting)));
        }
        return Collections.unmodifiableList(out);
    }

    private List<Candidate> lookup(String key) {
        NameIndex.Slot hit = exact.get(key);
        int[] exactHits;
        int[] variantHits;
        if (hit != null) {
            exactHits = hit.postings;
            variantHits = hit.variantPostings;
        } else {
            NameIndex.Slot v = variant.get(NameNormalizer.variantOfFolded(key));
            exactHits = null;
            variantHits = v == null ? null : v.postings;
        }
        if (exactHits == null && variantHits == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>((exactHits == null ? 0 : exactHits.length)
                + (variantHits == null ? 0 : variantHits.length));
        if (exactHits != null) {
            for (int posting : exactHits) {
                out.add(new Candidate(places[NameIndex.place(posting)], exactScore(posting)));
            }
        }
        if (variantHits != null) {
            boolean needsSort = false;
            for (int posting : variantHits) {
                int placeIndex = NameIndex.place(posting);
                if (exactHits == null || !containsPlace(exactHits, placeIndex)) {
                    out.add(new Candidate(places[placeIndex], prior[placeIndex] + Prior.VARIANT));
                    needsSort = exactHits != null;
                }
            }
            if (needsSort) {
                out.sort((a, b) -> Double.compare(b.score(), a.score()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    public Optional<Place> byId(String id) {
        Integer i = id == null ? null : byId.get(id);
        return i == null ? Optional.empty() : Optional.of(places[i]);
    }

    /**
     * The {@code n} entries nearest to {@code point} by great-circle distance, nearest first.
     * A spherical approximation (mean Earth radius) is enough for ranking neighbours.
     */
    public List<Place> nearest(GeoPoint point, int n) {
        if (point == null || n <= 0) {
            return List.of();
        }
        int[] hits = points.nearest(point.latitudeDeg(), point.longitudeDeg(), n);
        List<Place> out = new ArrayList<>(hits.length);
        for (int i : hits) {
            out.add(places[i]);
        }
        return Collections.unmodifiableList(out);
    }

    /** Every entry, in load order. */
    public List<Place> places() {
        return Collections.unmodifiableList(Arrays.asList(places));
    }

    /** Number of entries. */
    public int size() {
        return places.length;
    }

    /** Largest number of words in any indexed name (bounds the n-gram window of recognition). */
    public int maxNameWords() {
        return maxNameWords;
    }

    int exactKeyCount() {
        return exact.keyCount();
    }

    int variantKeyCount() {
        return variant.keyCount();
    }

    private double exactScore(int posting) {
        return prior[NameIndex.place(posting)] + (NameIndex.primary(posting) ? Prior.EXACT_NAME : Prior.EXACT_ALTERNATE);
    }

    /** The distinct exact keys of a place's names (preferred first) and their variant keys. */
    private record PlaceKeys(String[] exact, String[] variantOfExact, String[] variant, boolean firstIsPrimary) {
        static PlaceKeys of(Place p) {
            List<String> exact = new ArrayList<>(p.alternateNames().size() + 1);
            List<String> variantOfExact = new ArrayList<>(p.alternateNames().size() + 1);
            List<String> variant = new ArrayList<>(p.alternateNames().size() + 1);
            String primary = NameNormalizer.fold(p.name());
            addKeys(primary, exact, variantOfExact, variant);
            for (String alt : p.alternateNames()) {
                addKeys(NameNormalizer.fold(alt), exact, variantOfExact, variant);
            }
            return new PlaceKeys(exact.toArray(String[]::new), variantOfExact.toArray(String[]::new),
                    variant.toArray(String[]::new), !primary.isEmpty());
        }

        private static void addKeys(String key, List<String> exact, List<String> variantOfExact, List<String> variant) {
            if (key.isEmpty() || exact.contains(key)) {
                return;
            }
            String v = NameNormalizer.variantOfFolded(key);
            exact.add(key);
            variantOfExact.add(v);
            if (!variant.contains(v)) {
                variant.add(v);
            }
        }
    }

    private static boolean containsPlace(int[] postings, int placeIndex) {
        for (int posting : postings) {
            if (NameIndex.place(posting) == placeIndex) {
                return true;
            }
        }
        return false;
    }
}
