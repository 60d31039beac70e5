package org.placemap.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.placemap.distance.GeoPoint;

/**
 * The binary cache of an {@link Index}: what folding and indexing the derived TSV files produces, in
 * one file of flat arrays that loads with bulk reads instead of parsing, folding and hashing again.
 *
 * <h2>Where and when</h2>
 * One file per content, {@code gazetteer-<key>.bin} in the cache folder ({@link #defaultDirectory()}),
 * never inside the repository. The key is the SHA-256 of the places files' names and bytes, of this
 * format's version and of the class files of the code that decides the index's content (normaliser,
 * prior, builder), so a change to the data or to those rules makes a new file; the three most recently
 * written files are kept. A missing, truncated, corrupt (CRC-32C) or foreign file is ignored and
 * rewritten; a cache folder that cannot be written leaves the gazetteer loading from the TSV files.
 *
 * <h2>Format</h2>
 * Big-endian. Header: magic {@code PMGZ}, int format version, 32-byte key, long payload length, int
 * CRC-32C of the payload. Payload: place count; a string table (feature classes and codes, country and
 * admin-1 codes) and per place its latitude, longitude, kind, those four codes as table indexes,
 * population, prior; the places' names and alternate names as one UTF-8 blob with offsets; then the id,
 * exact, variant, skeleton and abbreviation {@link KeyIndex}es (each: UTF-8 key bytes, key
 * offsets, hash table, posting offsets and postings) and the exact → variant links.
 *
 * <h2>Thread safety</h2>
 * Stateless; two processes writing the same file each write a temporary file and move it into place.
 */
final class IndexCache {

    static final int VERSION = 1;
    private static final int MAGIC = 0x504D475A; // "PMGZ"
    private static final int HEADER_BYTES = 4 + 4 + 32 + 8 + 4;
    private static final int KEEP = 3;
    private static final System.Logger LOG = System.getLogger(IndexCache.class.getName());

    /** The classes whose behaviour is baked into the cached index. */
    private static final List<Class<?>> RULES = List.of(NameNormalizer.class, Prior.class, IndexBuilder.class,
            KeyIndex.class, IndexCache.class, Names.class, PlaceTsv.class, Index.class);

    private IndexCache() {}

    /**
     * The cache folder: system property {@code placemap.gazetteer.cache-dir}, else environment variable
     * {@code PLACEMAP_GAZETTEER_CACHE_DIR}, else {@code $XDG_CACHE_HOME/placemap} or
     * {@code ~/.cache/placemap}. The value {@code off} turns the cache off (null).
     */
    static Path defaultDirectory() {
        String configured = System.getProperty("placemap.gazetteer.cache-dir");
        if (configured == null) {
            configured = System.getenv("PLACEMAP_GAZETTEER_CACHE_DIR");
        }
        if (configured != null) {
            return configured.isBlank() || configured.equalsIgnoreCase("off") ? null : Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "placemap");
        }
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "placemap");
    }

    /** The content key of {@code files} (see the class comment). */
    static byte[] key(List<Path> files) throws IOException {
        MessageDigest md = sha256();
        md.update(("placemap-gazetteer-cache-" + VERSION).getBytes(StandardCharsets.UTF_8));
        for (Class<?> c : RULES) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                if (in != null) {
                    md.update(in.readAllBytes());
                }
            }
        }
        byte[] buf = new byte[1 << 16];
        for (Path f : files) {
            md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
        }
        return md.digest();
    }

    static Path file(Path directory, byte[] key) {
        return directory.resolve("gazetteer-" + HexFormat.of().formatHex(key, 0, 12) + ".bin");
    }

    /** The cached index, or null when the file is missing or unusable (the reason is logged). */
    static Index read(Path file, byte[] key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEADER_BYTES) {
                throw new IOException("truncated header");
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            if (map.getInt() != MAGIC || map.getInt() != VERSION) {
                throw new IOException("not a version " + VERSION + " gazetteer cache");
            }
            byte[] stored = new byte[32];
            map.get(stored);
            if (!Arrays.equals(stored, key)) {
                throw new IOException("made from other data");
            }
            long length = map.getLong();
            int crc = map.getInt();
            if (length != size - HEADER_BYTES) {
                throw new IOException("payload is " + (size - HEADER_BYTES) + " bytes, header says " + length);
            }
            CRC32C check = new CRC32C();
            check.update(map.slice(HEADER_BYTES, (int) length));
            if ((int) check.getValue() != crc) {
                throw new IOException("checksum mismatch");
            }
            return readPayload(map.position(HEADER_BYTES));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "gazetteer cache " + file + " not used, rebuilding: " + e);
            return null;
        }
    }

    /**
     * Writes {@code index} to {@code file} (via a temporary file in the same folder) and removes all but
     * the {@value #KEEP} newest other cache files.
     */
    static void write(Path file, byte[] key, Index index) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "gazetteer-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Out out = new Out(ch);
                out.skipHeader();
                writePayload(out, index);
                out.finish(key);
                if (ch.size() > Integer.MAX_VALUE) {
                    throw new IOException("index of " + ch.size() + " bytes is too large to cache (limit 2 GB)");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        prune(dir, file);
    }

    private static void prune(Path dir, Path keep) {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "gazetteer-*.bin")) {
            for (Path p : ds) {
                if (!p.getFileName().equals(keep.getFileName())) {
                    others.add(p);
                }
            }
            others.sort((a, b) -> {
                try {
                    return Files.getLastModifiedTime(b).compareTo(Files.getLastModifiedTime(a));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (int i = KEEP - 1; i < others.size(); i++) {
                Files.deleteIfExists(others.get(i));
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not prune gazetteer caches in " + dir + ": " + e);
        }
    }

    private static void writePayload(Out out, Index index) throws IOException {
        Place[] places = index.places;
        int n = places.length;
        out.putInt(n);
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] codeIndex = new int[4 * n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        byte[] kind = new byte[n];
        long[] population = new long[n];
        int[] strStart = new int[n + 1];
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Place p = places[i];
            String[] c = {p.featureClass(), p.featureCode(), p.countryCode(), p.admin1Code()};
            for (int j = 0; j < 4; j++) {
                Integer at = codes.get(c[j]);
                if (at == null) {
                    at = codes.size();
                    codes.put(c[j], at);
                }
                codeIndex[4 * i + j] = at;
            }
            lat[i] = p.point().latitudeDeg();
            lon[i] = p.point().longitudeDeg();
            kind[i] = (byte) p.kind().ordinal();
            population[i] = p.population();
            strStart[i] = strings.size();
            strings.add(p.name());
            strings.addAll(p.alternateNames());
        }
        strStart[n] = strings.size();
        out.putInt(codes.size());
        for (String c : codes.keySet()) {
            byte[] b = c.getBytes(StandardCharsets.UTF_8);
            out.putInt(b.length);
            out.putBytes(b);
        }
        out.putDoubles(lat);
        out.putDoubles(lon);
        out.putBytes(kind);
        out.putInts(codeIndex);
        out.putLongs(population);
        out.putDoubles(index.prior);
        out.putInts(strStart);
        int[] byteStart = new int[strings.size() + 1];
        ByteArray blob = new ByteArray(strings.size() * 12);
        for (int i = 0; i < strings.size(); i++) {
            byteStart[i] = blob.size;
            blob.add(strings.get(i).getBytes(StandardCharsets.UTF_8));
        }
        byteStart[strings.size()] = blob.size;
        out.putInts(byteStart);
        out.putInt(blob.size);
        out.putBytes(blob.bytes, blob.size);
        for (KeyIndex k : List.of(index.ids, index.exact, index.variant, index.skeleton, index.abbreviations)) {
            putKeyIndex(out, k);
        }
        out.putInts(index.exactToVariant);
        out.putInt(index.maxNameWords);
    }

    private static Index readPayload(ByteBuffer in) {
        int n = in.getInt();
        String[] codes = new String[in.getInt()];
        for (int i = 0; i < codes.length; i++) {
            byte[] b = new byte[in.getInt()];
            in.get(b);
            codes[i] = new String(b, StandardCharsets.UTF_8);
        }
        double[] lat = getDoubles(in, n);
        double[] lon = getDoubles(in, n);
        byte[] kind = new byte[n];
        in.get(kind);
        int[] codeIndex = getInts(in, 4 * n);
        long[] population = getLongs(in, n);
        double[] prior = getDoubles(in, n);
        int[] strStart = getInts(in, n + 1);
        int[] byteStart = getInts(in, strStart[n] + 1);
        byte[] blob = new byte[in.getInt()];
        in.get(blob);
        KeyIndex ids = getKeyIndex(in);
        KeyIndex exact = getKeyIndex(in);
        KeyIndex variant = getKeyIndex(in);
        KeyIndex skeleton = getKeyIndex(in);
        KeyIndex abbreviations = getKeyIndex(in);
        int[] exactToVariant = getInts(in, exact.size());
        int maxNameWords = in.getInt();
        if (in.hasRemaining()) {
            throw new IllegalStateException(in.remaining() + " bytes left over");
        }
        PlaceKind[] kinds = PlaceKind.values();
        Place[] places = new Place[n];
        for (int i = 0; i < n; i++) {
            int first = strStart[i];
            String name = utf8(blob, byteStart, first);
            String[] alternates = new String[strStart[i + 1] - first - 1];
            for (int j = 0; j < alternates.length; j++) {
                alternates[j] = utf8(blob, byteStart, first + 1 + j);
            }
            places[i] = new Place(ids.key(i), name, List.of(alternates), new GeoPoint(lat[i], lon[i]), kinds[kind[i]],
                    codes[codeIndex[4 * i]], codes[codeIndex[4 * i + 1]], codes[codeIndex[4 * i + 2]],
                    codes[codeIndex[4 * i + 3]], population[i]);
        }
        return new Index(places, prior, ids, exact, exactToVariant, variant, skeleton, abbreviations, maxNameWords);
    }

    private static String utf8(byte[] blob, int[] start, int i) {
        return new String(blob, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
    }

    private static void putKeyIndex(Out out, KeyIndex k) throws IOException {
        out.putInt(k.chars.length);
        out.putBytes(k.chars);
        out.putInt(k.keyStart.length);
        out.putInts(k.keyStart);
        out.putInt(k.table.length);
        out.putInts(k.table);
        out.putInt(k.postStart == null ? -1 : k.postings.length);
        if (k.postStart != null) {
            out.putInts(k.postStart);
            out.putInts(k.postings);
        }
    }

    private static KeyIndex getKeyIndex(ByteBuffer in) {
        byte[] chars = new byte[in.getInt()];
        in.get(chars);
        int[] keyStart = getInts(in, in.getInt());
        int[] table = getInts(in, in.getInt());
        int postings = in.getInt();
        int[] postStart = postings < 0 ? null : getInts(in, keyStart.length);
        int[] flat = postings < 0 ? null : getInts(in, postings);
        return new KeyIndex(chars, keyStart, table, postStart, flat);
    }

    private static int[] getInts(ByteBuffer in, int n) {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * n);
        return a;
    }

    private static long[] getLongs(ByteBuffer in, int n) {
        long[] a = new long[n];
        in.asLongBuffer().get(a);
        in.position(in.position() + 8 * n);
        return a;
    }

    private static double[] getDoubles(ByteBuffer in, int n) {
        double[] a = new double[n];
        in.asDoubleBuffer().get(a);
        in.position(in.position() + 8 * n);
        return a;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static final class ByteArray {
        byte[] bytes;
        int size;

        ByteArray(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void add(byte[] b) {
            if (size + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + b.length, bytes.length * 2));
            }
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }
    }

    /** Buffered channel writer that keeps a CRC-32C of everything after the header. */
    private static final class Out {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        private final CRC32C crc = new CRC32C();
        private long payload;

        Out(FileChannel ch) {
            this.ch = ch;
        }

        void skipHeader() throws IOException {
            ch.position(HEADER_BYTES);
        }

        private void room(int bytes) throws IOException {
            if (buf.remaining() < bytes) {
                flush();
            }
        }

        private void flush() throws IOException {
            buf.flip();
            crc.update(buf.duplicate());
            payload += buf.remaining();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            buf.clear();
        }

        void putInt(int v) throws IOException {
            room(4);
            buf.putInt(v);
        }

        void putBytes(byte[] b) throws IOException {
            putBytes(b, b.length);
        }

        void putBytes(byte[] b, int length) throws IOException {
            for (int at = 0; at < length; ) {
                room(1);
                int k = Math.min(buf.remaining(), length - at);
                buf.put(b, at, k);
                at += k;
            }
        }

        void putInts(int[] a) throws IOException {
            for (int at = 0; at < a.length; ) {
                room(4);
                int k = Math.min(buf.remaining() / 4, a.length - at);
                buf.asIntBuffer().put(a, at, k);
                buf.position(buf.position() + 4 * k);
                at += k;
            }
        }

        void putLongs(long[] a) throws IOException {
            for (int at = 0; at < a.length; ) {
                room(8);
                int k = Math.min(buf.remaining() / 8, a.length - at);
                buf.asLongBuffer().put(a, at, k);
                buf.position(buf.position() + 8 * k);
                at += k;
            }
        }

        void putDoubles(double[] a) throws IOException {
            for (int at = 0; at < a.length; ) {
                room(8);
                int k = Math.min(buf.remaining() / 8, a.length - at);
                buf.asDoubleBuffer().put(a, at, k);
                buf.position(buf.position() + 8 * k);
                at += k;
            }
        }

        void finish(byte[] key) throws IOException {
            flush();
            ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
            header.putInt(MAGIC).putInt(VERSION).put(key).putLong(payload).putInt((int) crc.getValue()).flip();
            ch.position(0);
            while (header.hasRemaining()) {
                ch.write(header);
            }
            ch.force(false);
        }
    }
}
