package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects candidates tier by tier, each place once (its best tier), and sorts when tiers mix. */
final class CandidateCollector {
    private final Index index;
    private final List<Candidate> out = new ArrayList<>(4);
    /** Indexes into {@link #out} of the exact matches by an alternate name only, and whether one is by an area's own name. */
    private List<Integer> byAlternate;
    /**
     * Indexes into {@link #out} of the areas matched by their own preferred name; seas count as areas here, so a sea that
     * GeoNames also calls by another's name ranks below that one ("North Sea": not the Caribbean; "Arctic": the region
     * before the Arctic Ocean, "Caribbean" the region before the sea).
     */
    private List<Integer> areasByOwnName;
    private int[] seen = new int[8];
    private Set<Integer> seenSet;
    private int tiers;

    CandidateCollector(Index index) {
        this.index = index;
    }

    void addExact(int key) {
        KeyIndex k = index.exact;
        tiers++;
        for (int i = k.postingsFrom(key); i < k.postingsTo(key); i++) {
            int posting = k.posting(i);
            int place = Index.place(posting);
            if (mark(place)) {
                Place p = index.places.get(place);
                double score = index.exactScore(posting);
                double bonus = score - index.prior[place];
                // seas too: "North Sea" is the North Sea, not the Caribbean, which GeoNames also calls so
                if (bonus >= Prior.EXACT_NAME - 1e-9 && (Prior.isArea(p) || p.kind() == PlaceKind.SEA)) {
                    (areasByOwnName == null ? areasByOwnName = new ArrayList<>(2) : areasByOwnName).add(out.size());
                } else if (bonus < Prior.EXACT_NAME - 1e-9 && (Prior.yieldsToAreaByOwnName(p) || p.kind() == PlaceKind.SEA)) {
                    (byAlternate == null ? byAlternate = new ArrayList<>(2) : byAlternate).add(out.size());
                }
                out.add(new Candidate(p, score));
            }
        }
    }

    void addPlaces(KeyIndex k, int key, double bonus) {
        addPlaces(k, key, bonus, Double.NEGATIVE_INFINITY);
    }

    /** Adds the places of {@code key} whose prior is at least {@code minPrior}. */
    void addPlaces(KeyIndex k, int key, double bonus, double minPrior) {
        int before = out.size();
        for (int i = k.postingsFrom(key); i < k.postingsTo(key); i++) {
            int place = k.posting(i);
            if (index.prior[place] >= minPrior && mark(place)) {
                out.add(new Candidate(index.places.get(place), index.prior[place] + bonus));
            }
        }
        if (out.size() > before) {
            tiers++;
        }
    }

    /**
     * The places of a variant key, each scored {@link Prior#VARIANT}, plus {@link Prior#VARIANT_NEAR} when
     * {@code queryKey} is within one edit of the exact key of one of its names (see {@link Prior}).
     */
    void addVariantPlaces(KeyIndex k, int key, String queryKey) {
        int before = out.size();
        for (int i = k.postingsFrom(key); i < k.postingsTo(key); i++) {
            int place = k.posting(i);
            if (mark(place)) {
                out.add(new Candidate(index.places.get(place), index.prior[place] + Prior.VARIANT
                        + (nearSpelling(index.places.get(place), queryKey) ? Prior.VARIANT_NEAR : 0.0)));
            }
        }
        if (out.size() > before) {
            tiers += 2; // the edit penalty reorders the tier itself
        }
    }

    private static boolean nearSpelling(Place p, String queryKey) {
        if (NameNormalizer.editDistance(queryKey, NameNormalizer.fold(p.name()), 1) <= 1) {
            return true;
        }
        List<String> alternates = p.alternateNames();
        for (int i = 0; i < alternates.size(); i++) {
            // folding keeps the length within a few characters (diacritics, punctuation); the length is
            // read without decoding the name (PackedNames)
            if (Math.abs(PackedNames.length(alternates, i) - queryKey.length()) <= 3
                    && NameNormalizer.editDistance(queryKey, NameNormalizer.fold(alternates.get(i)), 1) <= 1) {
                return true;
            }
        }
        return false;
    }

    private boolean mark(int place) {
        int n = out.size();
        if (seenSet != null) {
            return seenSet.add(place);
        }
        for (int i = 0; i < n; i++) {
            if (seen[i] == place) {
                return false;
            }
        }
        if (n == 32) {
            seenSet = new HashSet<>();
            for (int i = 0; i < n; i++) {
                seenSet.add(seen[i]);
            }
            seenSet.add(place);
            return true;
        }
        if (n == seen.length) {
            seen = Arrays.copyOf(seen, n * 2);
        }
        seen[n] = place;
        return true;
    }

    boolean isEmpty() {
        return out.isEmpty();
    }

    List<Candidate> result() {
        if (out.isEmpty()) {
            return List.of();
        }
        if (byAlternate != null && areasByOwnName != null) {
            // "Cumbria": the English county by its own name, not Cumberland, Maryland, which lists it among its names
            for (int i : byAlternate) {
                Candidate town = out.get(i);
                double cap = Double.POSITIVE_INFINITY;
                for (int a : areasByOwnName) {
                    if (!Prior.keepsRankAgainst(town.place(), out.get(a).place())) {
                        cap = Math.min(cap, out.get(a).score() - Prior.YIELD_MARGIN);
                    }
                }
                if (town.score() > cap) {
                    out.set(i, new Candidate(town.place(), cap));
                }
            }
            out.sort((a, b) -> Double.compare(b.score(), a.score()));
            return Collections.unmodifiableList(out);
        }
        if (tiers > 1) {
            out.sort((a, b) -> Double.compare(b.score(), a.score()));
        }
        return Collections.unmodifiableList(out);
    }
}
