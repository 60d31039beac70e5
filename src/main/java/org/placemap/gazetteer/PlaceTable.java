package org.placemap.gazetteer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.placemap.distance.GeoPoint;

/**
 * The gazetteer's places by position ({@link Index#places}), in one of two forms.
 *
 * <ul>
 *   <li><b>Records</b> ({@link #of(Place[])}): the places a gazetteer was built from in memory, held as they are.
 *   <li><b>Columns</b> ({@link #columns}): what the binary cache ({@link IndexCache}) holds, one primitive array
 *       per field (coordinates, kind, population, four interned codes, the preferred names as one UTF-8 blob)
 *       plus views of the memory-mapped file for the ids and alternate names. A {@link Place} record is made
 *       from them the first time position {@code i} is asked for and kept in a table of made records, so
 *       {@link #get} returns one object for a place however often it is looked up, and only the places that lookups reach take
 *       record-sized memory. As records, the 228,333 places of the shipped gazetteer took about 50 MB of heap
 *       (record, point, id and name strings, names view: about 220 bytes a place); as columns they take
 *       about 60 bytes a place, and a server that has parsed a few articles has made a few thousand records.
 * </ul>
 *
 * <p>{@link #peek} makes a record without keeping it, for walks over every place ({@link Gazetteer#places()}),
 * which would otherwise fill the table.
 *
 * <h2>Thread safety</h2>
 * Safe for concurrent readers. Two threads may both make the record for one position; the first to store it wins
 * (compare-and-exchange) and both return that one. A {@link Place} is an immutable record (final fields), so a
 * reader that sees the reference sees the whole record.
 */
final class PlaceTable {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Place[].class);

    private final Place[] made;
    private final Columns columns;
    private final double[] lat;
    private final double[] lon;

    private PlaceTable(Place[] made, Columns columns, double[] lat, double[] lon) {
        this.made = made;
        this.columns = columns;
        this.lat = lat;
        this.lon = lon;
    }

    /** The places as records, in this order (the array is not copied: the caller gives it up). */
    static PlaceTable of(Place[] places) {
        for (Place p : places) {
            java.util.Objects.requireNonNull(p, "a place");
        }
        double[] lat = new double[places.length];
        double[] lon = new double[places.length];
        for (int i = 0; i < places.length; i++) {
            lat[i] = places[i].point().latitudeDeg();
            lon[i] = places[i].point().longitudeDeg();
        }
        return new PlaceTable(places, null, lat, lon);
    }

    /**
     * Places as columns, all of length {@code n} except as noted; the arrays are not copied.
     *
     * @param codes     the distinct feature class, feature code, country and admin1 strings
     * @param codeIndex four positions in {@code codes} per place: feature class, feature code, country, admin1
     * @param nameStart {@code n + 1} offsets of each preferred name in {@code nameBytes}
     * @param altFirst  {@code n + 1} positions in {@code altStart} of each place's first alternate name
     * @param altStart  offsets of the alternate names in {@code altBlob}, one past the last included
     * @param ids       the place ids; key {@code i} is place {@code i}'s
     */
    static PlaceTable columns(int n, double[] lat, double[] lon, byte[] kind, String[] codes, int[] codeIndex,
                              long[] population, int[] nameStart, byte[] nameBytes, int[] altFirst,
                              IntBuffer altStart, ByteBuffer altBlob, KeyIndex ids) {
        if (lat.length != n || lon.length != n || kind.length != n || codeIndex.length != 4 * n
                || population.length != n || nameStart.length != n + 1 || altFirst.length != n + 1
                || ids.size() != n) {
            throw new IllegalArgumentException("columns of different lengths for " + n + " places");
        }
        Columns c = new Columns(kind, codes, codeIndex, population, nameStart, nameBytes, altFirst, altStart,
                altBlob, ids);
        return new PlaceTable(new Place[n], c, lat, lon);
    }

    int size() {
        return made.length;
    }

    /** Place {@code i}, made once and kept. */
    Place get(int i) {
        Place p = (Place) SLOT.getAcquire(made, i);
        if (p == null) {
            Place mine = columns.place(i, lat[i], lon[i]);
            Place won = (Place) SLOT.compareAndExchangeRelease(made, i, null, mine);
            p = won == null ? mine : won;
        }
        return p;
    }

    /** Place {@code i}: the kept record if it was made, else a new one that is not kept. */
    Place peek(int i) {
        Place p = (Place) SLOT.getAcquire(made, i);
        return p != null ? p : columns.place(i, lat[i], lon[i]);
    }

    /** The kind of place {@code i}, read from its column without making a record. */
    PlaceKind kind(int i) {
        return columns == null ? made[i].kind() : Columns.KINDS[columns.kind[i]];
    }

    /** The feature code of place {@code i} ("PPLA"), without making a record. */
    String featureCode(int i) {
        return columns == null ? made[i].featureCode() : columns.codes[columns.codeIndex[4 * i + 1]];
    }

    /** The country code of place {@code i}, without making a record. */
    String countryCode(int i) {
        return columns == null ? made[i].countryCode() : columns.codes[columns.codeIndex[4 * i + 2]];
    }

    /** The first-level division code of place {@code i}, without making a record. */
    String admin1Code(int i) {
        return columns == null ? made[i].admin1Code() : columns.codes[columns.codeIndex[4 * i + 3]];
    }

    /** Latitudes in degrees by position (shared, not a copy: read only). */
    double[] latitudes() {
        return lat;
    }

    /** Longitudes in degrees by position (shared, not a copy: read only). */
    double[] longitudes() {
        return lon;
    }

    /** How many records have been made and kept (all of them for the records form). */
    int madeCount() {
        int count = 0;
        for (Place p : made) {
            if (p != null) {
                count++;
            }
        }
        return count;
    }

    private record Columns(byte[] kind, String[] codes, int[] codeIndex, long[] population, int[] nameStart,
                           byte[] nameBytes, int[] altFirst, IntBuffer altStart, ByteBuffer altBlob, KeyIndex ids) {

        private static final PlaceKind[] KINDS = PlaceKind.values();

        Place place(int i, double lat, double lon) {
            Objects.checkIndex(i, kind.length);
            String name = new String(nameBytes, nameStart[i], nameStart[i + 1] - nameStart[i], StandardCharsets.UTF_8);
            int alternates = altFirst[i + 1] - altFirst[i];
            List<String> names = alternates == 0 ? List.of() : new PackedNames(altBlob, altStart, altFirst[i], alternates);
            return new Place(ids.key(i), name, names, new GeoPoint(lat, lon), KINDS[kind[i]],
                    codes[codeIndex[4 * i]], codes[codeIndex[4 * i + 1]], codes[codeIndex[4 * i + 2]],
                    codes[codeIndex[4 * i + 3]], population[i]);
        }
    }
}
