package org.placemap.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The binary cache of an {@link Index}: what folding and indexing the derived TSV files produces, in
 * one file of flat arrays that loads without parsing, folding and hashing again. The file is memory-mapped:
 * the per-place columns and the preferred names' UTF-8 bytes are copied onto the heap (a {@link PlaceTable}
 * that makes a {@link Place} record when a lookup first reaches it), while the key indexes and the alternate
 * names stay views of the mapping, read through the page cache (about 60 % of the file; see BENCHMARKS.md).
 *
 * <h2>Where and when</h2>
 * One file per content, {@code gazetteer-<key>.bin} in the cache folder ({@link #defaultDirectory()}),
 * never inside the repository. The package step also ships one read-only copy with the extracted app, in
 * {@code gazetteer/} next to its jar ({@link #shippedDirectory()}), so that a fresh machine, or the app copied to
 * another server, starts from it instead of parsing the TSV files; it is read first and never written. The key is the SHA-256 of the places files' names and bytes, of this
 * format's version and of the class files of the code that decides the index's content (normaliser,
 * prior, builder), so a change to the data or to those rules makes a new file; the three most recently
 * written files are kept. A missing, truncated, corrupt (CRC-32C) or foreign file is ignored and
 * rewritten; a cache folder that cannot be written leaves the gazetteer loading from the TSV files.
 *
 * <h2>Format</h2>
 * Big-endian. Header: magic {@code PMGZ}, int format version, 32-byte key, long payload length, int
 * CRC-32C of the payload. Payload: place count; a string table (feature classes and codes, country and
 * admin-1 codes) and per place its latitude, longitude, kind, those four codes as table indexes,
 * population, prior; the places' names (byte offsets, then one UTF-8 blob); for each place the index of its first
 * alternate name, and the alternate names as offsets and a blob of their own; then the id,
 * exact, variant, skeleton and abbreviation {@link KeyIndex}es (each: UTF-8 key bytes, key
 * offsets, hash table, posting offsets and postings) and the exact → variant links.
 *
 * <h2>Thread safety</h2>
 * Stateless; two processes writing the same file each write a temporary file and move it into place.
 */
final class IndexCache {

    static final int VERSION = 2;
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

    /**
     * The read-only index folder shipped with the app: {@code gazetteer/} next to the jar file that holds this
     * class ({@code target/app/gazetteer} for the extracted form, where {@code src/build/aot-cache.sh} has the
     * package step's training run write it). Null when the class is not loaded from a jar file on disk (a classes
     * folder, or nested inside the executable jar) or when there is no such folder.
     */
    static Path shippedDirectory() {
        try {
            CodeSource source = IndexCache.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) {
                return null;
            }
            Path jar = Path.of(location.toURI());
            Path dir = jar.resolveSibling("gazetteer");
            return Files.isRegularFile(jar) && Files.isDirectory(dir) ? dir : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
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

    /**
     * The cached index, or null when the file is missing or unusable (the reason is logged). The checksum is
     * computed by reading the file, not through the mapping, so that checking it leaves none of the file
     * resident in this process; the places' columns are copied onto the heap, while their alternate names
     * ({@link PackedNames}) and the key indexes stay views of the mapping (valid after the channel closes and
     * even after the file is replaced or pruned on POSIX systems: the mapping holds its inode; on Windows a mapped
     * file can be neither deleted nor replaced, so pruning skips it).
     */
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
            if (checksum(ch, HEADER_BYTES, length) != crc) {
                throw new IOException("checksum mismatch");
            }
            return readPayload(new In(ch, map, HEADER_BYTES));
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
        PlaceTable places = index.places;
        int n = places.size();
        out.putInt(n);
        Map<String, Integer> codes = new LinkedHashMap<>();
        int[] codeIndex = new int[4 * n];
        byte[] kind = new byte[n];
        long[] population = new long[n];
        List<String> names = new ArrayList<>(n);
        int[] altFirst = new int[n + 1];
        List<String> alternates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Place p = places.peek(i);
            String[] c = {p.featureClass(), p.featureCode(), p.countryCode(), p.admin1Code()};
            for (int j = 0; j < 4; j++) {
                Integer at = codes.get(c[j]);
                if (at == null) {
                    at = codes.size();
                    codes.put(c[j], at);
                }
                codeIndex[4 * i + j] = at;
            }
            kind[i] = (byte) p.kind().ordinal();
            population[i] = p.population();
            names.add(p.name());
            altFirst[i] = alternates.size();
            alternates.addAll(p.alternateNames());
        }
        altFirst[n] = alternates.size();
        out.putInt(codes.size());
        for (String c : codes.keySet()) {
            byte[] b = c.getBytes(StandardCharsets.UTF_8);
            out.putInt(b.length);
            out.putBytes(b);
        }
        out.putDoubles(places.latitudes()); // the table's own coordinate columns
        out.putDoubles(places.longitudes());
        out.putBytes(kind);
        out.putInts(codeIndex);
        out.putLongs(population);
        out.putDoubles(index.prior);
        putStrings(out, names);
        out.putInts(altFirst);
        putStrings(out, alternates);
        for (KeyIndex k : List.of(index.ids, index.exact, index.variant, index.skeleton, index.abbreviations)) {
            putKeyIndex(out, k);
        }
        out.putInts(index.exactToVariant);
        out.putInt(index.maxNameWords);
    }

    /** {@code strings} as byte offsets (size + 1 ints), blob length and UTF-8 blob. */
    private static void putStrings(Out out, List<String> strings) throws IOException {
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
    }

    private static Index readPayload(In in) throws IOException {
        int n = in.getInt();
        String[] codes = new String[in.getInt()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = new String(in.bytes(in.getInt()), StandardCharsets.UTF_8);
        }
        double[] lat = in.doubles(n);
        double[] lon = in.doubles(n);
        byte[] kind = in.bytes(n);
        int[] codeIndex = in.ints(4 * n);
        long[] population = in.longs(n);
        double[] prior = in.doubles(n);
        int[] nameStart = in.ints(n + 1);
        byte[] nameBytes = in.bytes(in.getInt());
        int[] altFirst = in.ints(n + 1);
        IntBuffer altStart = in.intView(altFirst[n] + 1);
        ByteBuffer altBlob = in.byteView(in.getInt());
        KeyIndex ids = getKeyIndex(in);
        KeyIndex exact = getKeyIndex(in);
        KeyIndex variant = getKeyIndex(in);
        KeyIndex skeleton = getKeyIndex(in);
        KeyIndex abbreviations = getKeyIndex(in);
        int[] exactToVariant = in.ints(exact.size());
        int maxNameWords = in.getInt();
        if (!in.atEnd()) {
            throw new IllegalStateException(in.remaining() + " bytes left over");
        }
        for (byte k : kind) {
            if (k < 0 || k >= PlaceKind.values().length) {
                throw new IllegalStateException("place kind " + k + " out of range");
            }
        }
        PlaceTable places = PlaceTable.columns(n, lat, lon, kind, codes, codeIndex, population, nameStart, nameBytes,
                altFirst, altStart, altBlob, ids);
        return new Index(places, prior, ids, exact, exactToVariant, variant, skeleton, abbreviations, maxNameWords);
    }

    /** CRC-32C of {@code length} bytes of {@code ch} from {@code from}, read in 1 MB chunks. */
    private static int checksum(FileChannel ch, long from, long length) throws IOException {
        CRC32C check = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        for (long at = from, end = from + length; at < end; ) {
            buf.clear().limit((int) Math.min(buf.capacity(), end - at));
            int n = ch.read(buf, at);
            if (n < 0) {
                throw new IOException("file ends before its payload");
            }
            check.update(buf.flip());
            at += n;
        }
        return (int) check.getValue();
    }

    private static void putKeyIndex(Out out, KeyIndex k) throws IOException {
        out.putInt(k.chars.capacity());
        out.putBytes(k.chars);
        out.putInt(k.keyStart.capacity());
        out.putInts(k.keyStart);
        out.putInt(k.table.capacity());
        out.putInts(k.table);
        out.putInt(k.postStart == null ? -1 : k.postings.capacity());
        if (k.postStart != null) {
            out.putInts(k.postStart);
            out.putInts(k.postings);
        }
    }

    private static KeyIndex getKeyIndex(In in) throws IOException {
        ByteBuffer chars = in.byteView(in.getInt());
        IntBuffer keyStart = in.intView(in.getInt());
        IntBuffer table = in.intView(in.getInt());
        int postings = in.getInt();
        IntBuffer postStart = postings < 0 ? null : in.intView(keyStart.capacity());
        IntBuffer flat = postings < 0 ? null : in.intView(postings);
        return new KeyIndex(chars, keyStart, table, postStart, flat);
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

    /**
     * Reads the payload: what becomes heap arrays is copied through the channel (so that none of the file
     * becomes resident through the mapping); what stays on disk is a view of the mapping. Big-endian.
     */
    private static final class In {
        private final FileChannel ch;
        private final ByteBuffer map;
        private int at;

        In(FileChannel ch, ByteBuffer map, int at) {
            this.ch = ch;
            this.map = map;
            this.at = at;
        }

        private ByteBuffer copy(int bytes) throws IOException {
            if (bytes < 0 || bytes > map.capacity() - at) {
                throw new IOException(bytes + " bytes asked at " + at + " of " + map.capacity());
            }
            ByteBuffer b = ByteBuffer.allocate(bytes);
            while (b.hasRemaining()) {
                if (ch.read(b, at + b.position()) < 0) {
                    throw new IOException("file ends at " + (at + b.position()));
                }
            }
            at += bytes;
            return b.flip();
        }

        int getInt() throws IOException {
            return copy(4).getInt();
        }

        byte[] bytes(int n) throws IOException {
            return copy(n).array();
        }

        int[] ints(int n) throws IOException {
            int[] a = new int[n];
            copy(Math.multiplyExact(4, n)).asIntBuffer().get(a);
            return a;
        }

        long[] longs(int n) throws IOException {
            long[] a = new long[n];
            copy(Math.multiplyExact(8, n)).asLongBuffer().get(a);
            return a;
        }

        double[] doubles(int n) throws IOException {
            double[] a = new double[n];
            copy(Math.multiplyExact(8, n)).asDoubleBuffer().get(a);
            return a;
        }

        /** The next {@code n} bytes as a view of the mapping (no copy). */
        ByteBuffer byteView(int n) {
            ByteBuffer view = map.slice(at, n);
            at += n;
            return view;
        }

        /** The next {@code n} big-endian ints as a view of the mapping (no copy). */
        IntBuffer intView(int n) {
            IntBuffer view = map.slice(at, Math.multiplyExact(4, n)).order(ByteOrder.BIG_ENDIAN).asIntBuffer();
            at += 4 * n;
            return view;
        }

        boolean atEnd() {
            return at == map.capacity();
        }

        int remaining() {
            return map.capacity() - at;
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

        void putBytes(ByteBuffer b) throws IOException {
            for (int at = 0, length = b.capacity(); at < length; ) {
                room(1);
                int k = Math.min(buf.remaining(), length - at);
                buf.put(buf.position(), b, at, k);
                buf.position(buf.position() + k);
                at += k;
            }
        }

        void putInts(IntBuffer a) throws IOException {
            for (int at = 0, length = a.capacity(); at < length; ) {
                room(4);
                int k = Math.min(buf.remaining() / 4, length - at);
                buf.asIntBuffer().put(0, a, at, k);
                buf.position(buf.position() + 4 * k);
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
