package org.placemap.gazetteer;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The alternate names of one place as a view of the binary cache's name blob ({@link IndexCache}): name
 * {@code i} is the UTF-8 bytes {@code start[first + i] .. start[first + i + 1]} of {@code blob}, decoded when it
 * is read. A loaded gazetteer holds about 600,000 alternate names; as String objects they took about 30 MB
 * of heap, as views of the memory-mapped cache 32 bytes a place.
 *
 * <h2>Thread safety and cost</h2>
 * Immutable (every mutator throws); the buffers are read with absolute gets only. Each {@link #get} decodes
 * a new String, so a caller that reads the names many times should copy them; {@link #hashCode} is computed
 * once (a racy cache, like {@link String#hashCode}), since {@link Place} hashes its names.
 */
final class PackedNames extends AbstractList<String> implements RandomAccess {

    private final ByteBuffer blob;
    private final IntBuffer start;
    private final int first;
    private final int size;
    private int hash;

    PackedNames(ByteBuffer blob, IntBuffer start, int first, int size) {
        Objects.checkFromIndexSize(first, size + 1, start.capacity());
        this.blob = blob;
        this.start = start;
        this.first = first;
        this.size = size;
    }

    @Override
    public String get(int i) {
        Objects.checkIndex(i, size);
        int from = start.get(first + i);
        byte[] b = new byte[start.get(first + i + 1) - from];
        blob.get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * {@code names.get(i).length()} without decoding when {@code names} is packed: UTF-16 units counted from
     * the UTF-8 lead bytes (a four-byte sequence is two units).
     */
    static int length(List<String> names, int i) {
        if (!(names instanceof PackedNames packed)) {
            return names.get(i).length();
        }
        Objects.checkIndex(i, packed.size);
        int units = 0;
        for (int at = packed.start.get(packed.first + i), end = packed.start.get(packed.first + i + 1); at < end; at++) {
            int b = packed.blob.get(at) & 0xFF;
            if ((b & 0xC0) != 0x80) {
                units += b >= 0xF0 ? 2 : 1;
            }
        }
        return units;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || super.equals(o);
    }
}
