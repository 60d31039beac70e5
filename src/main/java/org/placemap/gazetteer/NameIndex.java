package org.placemap.gazetteer;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Key → postings map. A posting is {@code placeIndex << 1 | primaryFlag}; the postings of one key are
 * sorted best-first at build time so a single-tier lookup needs no sort.
 *
 * <p>With half a million keys the cost of building is cache misses in the hash table, so every key is
 * touched by one hash operation while collecting and none while finishing.
 */
final class NameIndex {

    /** One key's entry. For the exact index it also carries the postings of the key's variant key. */
    static final class Slot {
        private static final int[] NONE = new int[0];

        int[] postings = NONE;
        int size;
        String variantKey;
        int[] variantPostings;
    }

    private final HashMap<String, Slot> slots;

    private NameIndex(HashMap<String, Slot> slots) {
        this.slots = slots;
    }

    Slot get(String key) {
        return slots.get(key);
    }

    int keyCount() {
        return slots.size();
    }

    /** For the exact index: attaches each key's variant postings from {@code variant}. */
    void linkVariants(NameIndex variant) {
        for (Slot s : slots.values()) {
            Slot v = s.variantKey == null ? null : variant.get(s.variantKey);
            s.variantPostings = v == null ? null : v.postings;
            s.variantKey = null;
        }
    }

    static int place(int posting) {
        return posting >>> 1;
    }

    static boolean primary(int posting) {
        return (posting & 1) != 0;
    }

    /** Collects postings; {@link #build} sorts them by {@code score(posting)} descending. */
    static final class Builder {
        private final HashMap<String, Slot> slots;

        Builder(int expectedKeys) {
            slots = HashMap.newHashMap(expectedKeys);
        }

        /** Adds a posting; returns the key's slot. */
        Slot add(String key, int placeIndex, boolean primary) {
            Slot s = slots.computeIfAbsent(key, k -> new Slot());
            if (s.size == s.postings.length) {
                s.postings = Arrays.copyOf(s.postings, Math.max(1, s.size * 2));
            }
            s.postings[s.size++] = placeIndex << 1 | (primary ? 1 : 0);
            return s;
        }

        NameIndex build(PostingScore score) {
            for (Slot s : slots.values()) {
                if (s.postings.length != s.size) {
                    s.postings = Arrays.copyOf(s.postings, s.size);
                }
                if (s.size > 1) {
                    sortByScore(s.postings, score);
                }
            }
            return new NameIndex(slots);
        }

        private static void sortByScore(int[] list, PostingScore score) {
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
    }

    @FunctionalInterface
    interface PostingScore {
        double of(int posting);
    }
}
