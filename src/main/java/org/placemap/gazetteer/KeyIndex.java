package org.placemap.gazetteer;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * An immutable string → postings map in a handful of flat arrays, so that it costs a few bytes per key
 * instead of a HashMap node, a String and an array each. The arrays are buffers: on the heap when the
 * index was just built, or views of the memory-mapped binary cache ({@link IndexCache}), so that a
 * loaded gazetteer's keys and postings (about 60 MB) live in the page cache, not the Java heap, and only
 * the pages that lookups touch become resident.
 *
 * <h2>Layout</h2>
 * Key {@code k} is the UTF-8 bytes {@code keyStart[k] .. keyStart[k+1]} of one shared array (keys are
 * folded Latin script, so nearly every character is one byte). {@code table} is an open-addressing hash table (linear probing, load ≤ 0.5) holding
 * {@code k + 1}, 0 for empty, hashed with {@link String#hashCode()}. Postings of key {@code k} are
 * {@code postings[postStart[k] .. postStart[k+1]]}; an index built without postings (the id index) has
 * {@code postStart == null}, and a key's position is its value.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction.
 */
final class KeyIndex {

    final ByteBuffer chars;
    final IntBuffer keyStart;
    final IntBuffer table;
    final IntBuffer postStart;
    final IntBuffer postings;
    private final int mask;

    /**
     * Over buffers read with absolute gets only (never their position), so that the views may be shared by
     * threads; {@code postStart} and {@code postings} are both null for an index without postings.
     */
    KeyIndex(ByteBuffer chars, IntBuffer keyStart, IntBuffer table, IntBuffer postStart, IntBuffer postings) {
        if (Integer.bitCount(table.capacity()) != 1) {
            throw new IllegalArgumentException("hash table size " + table.capacity() + " is not a power of two");
        }
        this.chars = chars;
        this.keyStart = keyStart;
        this.table = table;
        this.postStart = postStart;
        this.postings = postings;
        this.mask = table.capacity() - 1;
    }

    KeyIndex(byte[] chars, int[] keyStart, int[] table, int[] postStart, int[] postings) {
        this(ByteBuffer.wrap(chars), IntBuffer.wrap(keyStart), IntBuffer.wrap(table),
                postStart == null ? null : IntBuffer.wrap(postStart), postings == null ? null : IntBuffer.wrap(postings));
    }

    /** {@code keys} in order (key {@code k} gets position k); {@code postings[k]} or null for none. */
    static KeyIndex of(List<String> keys, int[][] postings) {
        byte[][] utf8 = new byte[keys.size()][];
        long total = 0;
        for (int k = 0; k < utf8.length; k++) {
            utf8[k] = keys.get(k).getBytes(StandardCharsets.UTF_8);
            total += utf8[k].length;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many key bytes: " + total);
        }
        byte[] chars = new byte[(int) total];
        int[] keyStart = new int[keys.size() + 1];
        int at = 0;
        for (int k = 0; k < utf8.length; k++) {
            keyStart[k] = at;
            System.arraycopy(utf8[k], 0, chars, at, utf8[k].length);
            at += utf8[k].length;
        }
        keyStart[keys.size()] = at;
        int[] table = new int[tableSize(keys.size())];
        int mask = table.length - 1;
        for (int k = 0; k < keys.size(); k++) {
            int slot = spread(keys.get(k).hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k + 1;
        }
        int[] postStart = null;
        int[] flat = null;
        if (postings != null) {
            postStart = new int[keys.size() + 1];
            long n = 0;
            for (int k = 0; k < keys.size(); k++) {
                postStart[k] = (int) n;
                n += postings[k].length;
            }
            postStart[keys.size()] = (int) n;
            flat = new int[(int) n];
            for (int k = 0; k < keys.size(); k++) {
                System.arraycopy(postings[k], 0, flat, postStart[k], postings[k].length);
            }
        }
        return new KeyIndex(chars, keyStart, table, postStart, flat);
    }

    static int tableSize(int keys) {
        int size = 16;
        while (size < keys * 2L) {
            size <<= 1;
        }
        return size;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Position of {@code key}, or -1. */
    int find(String key) {
        int slot = spread(key.hashCode()) & mask;
        while (true) {
            int v = table.get(slot);
            if (v == 0) {
                return -1;
            }
            if (keyEquals(v - 1, key)) {
                return v - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Compares the stored UTF-8 bytes with {@code key}, encoding it on the fly (one byte per ASCII char). */
    private boolean keyEquals(int k, String key) {
        int at = keyStart.get(k);
        int end = keyStart.get(k + 1);
        int len = key.length();
        if (end - at < len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c = key.charAt(i);
            if (c < 0x80) {
                if (at >= end || chars.get(at++) != c) {
                    return false;
                }
            } else {
                int cp = Character.codePointAt(key, i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                }
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                for (byte x : b) {
                    if (at >= end || chars.get(at++) != x) {
                        return false;
                    }
                }
            }
        }
        return at == end;
    }

    /** The key at {@code k}. */
    String key(int k) {
        int from = keyStart.get(k);
        byte[] b = new byte[keyStart.get(k + 1) - from];
        chars.get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    int size() {
        return keyStart.capacity() - 1;
    }

    int postingsFrom(int k) {
        return postStart.get(k);
    }

    int postingsTo(int k) {
        return postStart.get(k + 1);
    }

    int posting(int i) {
        return postings.get(i);
    }

    @Override
    public String toString() {
        return "KeyIndex[" + size() + " keys" + (postings == null ? "" : ", " + postings.capacity() + " postings") + "]";
    }

    boolean sameAs(KeyIndex o) {
        return chars.equals(o.chars) && keyStart.equals(o.keyStart) && table.equals(o.table)
                && Objects.equals(postStart, o.postStart) && Objects.equals(postings, o.postings);
    }
}
