package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alternate names read from a UTF-8 blob: what they decode to, their lengths, and that they cannot change. */
class PackedNamesTest {

    /** Five names packed the way the binary cache packs them: offsets, then one UTF-8 blob. */
    private static final List<String> NAMES = List.of("Ḩimş", "Homs", "Ἔμεσα", "𐎠𐎼𐎣", "");

    private static PackedNames pack(int first, int size) {
        int[] start = new int[NAMES.size() + 1];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < NAMES.size(); i++) {
            start[i] = all.toString().getBytes(StandardCharsets.UTF_8).length;
            all.append(NAMES.get(i));
        }
        byte[] blob = all.toString().getBytes(StandardCharsets.UTF_8);
        start[NAMES.size()] = blob.length;
        return new PackedNames(ByteBuffer.wrap(blob), IntBuffer.wrap(start), first, size);
    }

    @Test
    void decodesEachNameAndEqualsTheSameNamesAsStrings() {
        PackedNames names = pack(1, 3);
        assertEquals(NAMES.subList(1, 4), names);
        assertEquals(names, NAMES.subList(1, 4));
        assertEquals(NAMES.subList(1, 4).hashCode(), names.hashCode());
        assertEquals(NAMES.subList(1, 4).hashCode(), names.hashCode(), "the cached hash is the same");
    }

    @Test
    void lengthCountsUtf16UnitsWithoutDecodingIncludingSupplementaryCharacters() {
        PackedNames names = pack(0, 5);
        for (int i = 0; i < NAMES.size(); i++) {
            assertEquals(NAMES.get(i).length(), PackedNames.length(names, i), NAMES.get(i));
        }
        assertEquals(6, PackedNames.length(names, 3), "three Old Persian signs are six UTF-16 units");
        assertEquals(4, PackedNames.length(List.of("Homs"), 0), "a plain list answers its own lengths");
    }

    @Test
    void refusesIndexesOutsideItsNamesAndEveryChange() {
        PackedNames names = pack(1, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> names.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> names.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> PackedNames.length(names, 2));
        assertThrows(UnsupportedOperationException.class, () -> names.add("Emesa"));
        assertThrows(UnsupportedOperationException.class, () -> names.set(0, "Emesa"));
        assertThrows(IndexOutOfBoundsException.class, () -> pack(4, 2), "a view past the offsets is refused");
    }

    @Test
    void aPlaceKeepsPackedNamesAsTheyAreAndCopiesAnyOtherList() {
        PackedNames names = pack(0, 2);
        Place packed = new Place("t:1", "Homs", names, new org.placemap.distance.GeoPoint(34.73, 36.71), PlaceKind.POPULATED_PLACE,
                "P", "PPLA", "SY", "11", 775404);
        assertEquals(names, packed.alternateNames());
        assertEquals(true, packed.alternateNames() == names, "not copied onto the heap");
        java.util.ArrayList<String> mutable = new java.util.ArrayList<>(List.of("Emesa"));
        Place copied = new Place("t:2", "Homs", mutable, new org.placemap.distance.GeoPoint(34.73, 36.71), PlaceKind.POPULATED_PLACE,
                "P", "PPLA", "SY", "11", 775404);
        mutable.add("Hims");
        assertEquals(List.of("Emesa"), copied.alternateNames(), "a mutable list is copied");
    }
}
