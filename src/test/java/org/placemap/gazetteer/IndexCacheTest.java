package org.placemap.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary index cache: used when valid, rebuilt when the data changes or the file is damaged. */
class IndexCacheTest {

    @TempDir
    Path tmp;

    private Path geodata;
    private Path cache;

    @BeforeEach
    void buildFixture() throws IOException {
        geodata = tmp.resolve("geodata");
        cache = tmp.resolve("cache");
        GazetteerBuilder.build(Fixture.sourceDir(), geodata);
    }

    @Test
    void secondLoadComesFromTheCacheAndIsTheSameIndex() throws IOException {
        Gazetteer first = Gazetteer.load(geodata, cache);
        Gazetteer second = Gazetteer.load(geodata, cache);
        assertFalse(first.loadedFromCache());
        assertTrue(second.loadedFromCache());
        assertEquals(first.places(), second.places());
        Index a = first.index();
        Index b = second.index();
        assertArrayEquals(a.prior, b.prior);
        assertArrayEquals(a.exactToVariant, b.exactToVariant);
        assertEquals(a.maxNameWords, b.maxNameWords);
        for (KeyIndex[] pair : new KeyIndex[][] {{a.ids, b.ids}, {a.exact, b.exact}, {a.variant, b.variant},
                {a.skeleton, b.skeleton}, {a.abbreviations, b.abbreviations}}) {
            assertTrue(pair[0].sameAs(pair[1]), pair[0].toString());
        }
        for (String name : List.of("Homs", "Hama", "Tartoos", "Humaymim", "Kuweires air base", "Mediterranean")) {
            assertEquals(first.candidates(name), second.candidates(name), name);
        }
    }

    @Test
    void aCachedIndexKeepsKeysAndAlternateNamesInTheMappedFileNotOnTheHeap() throws IOException {
        Gazetteer.load(geodata, cache);
        Gazetteer mapped = Gazetteer.load(geodata, cache);
        assertTrue(mapped.loadedFromCache());
        Index index = mapped.index();
        for (KeyIndex k : List.of(index.ids, index.exact, index.variant, index.skeleton, index.abbreviations)) {
            assertTrue(k.chars.isDirect() && k.table.isDirect() && k.keyStart.isDirect(), k.toString());
        }
        Place withAlternates = mapped.places().stream().filter(p -> p.alternateNames().size() > 1).findFirst().orElseThrow();
        assertTrue(withAlternates.alternateNames() instanceof PackedNames, "alternate names are views of the file");
        assertEquals(List.copyOf(withAlternates.alternateNames()), withAlternates.alternateNames());
    }

    @Test
    void aCachedIndexMakesAPlaceRecordOnlyWhenALookupReachesItAndThenKeepsThatOne() throws IOException {
        Gazetteer built = Gazetteer.load(geodata, cache);
        Gazetteer mapped = Gazetteer.load(geodata, cache);
        assertTrue(mapped.loadedFromCache());
        PlaceTable table = mapped.index().places;
        assertEquals(0, table.madeCount(), "no record before any lookup");
        // a walk over every place makes records without keeping them
        assertEquals(built.places(), mapped.places());
        assertEquals(0, table.madeCount(), "places() keeps nothing");
        Place homs = mapped.candidates("Homs").get(0).place();
        int made = table.madeCount();
        assertTrue(made > 0 && made < table.size() / 2, made + " of " + table.size());
        assertSame(homs, mapped.candidates("Homs").get(0).place(), "the kept record, not a new one");
        assertSame(homs, mapped.byId(homs.id()).orElseThrow());
        assertEquals(built.byId(homs.id()).orElseThrow(), homs);
        assertEquals(made, table.madeCount(), "a second lookup of the same name makes nothing new");
        // the in-memory form holds every record from the start
        assertEquals(built.size(), built.index().places.madeCount());
    }

    @Test
    void aWalkOverSomeKindsReadsTheKindColumnAndMakesOnlyThoseRecords() throws IOException {
        Gazetteer built = Gazetteer.load(geodata, cache);
        Gazetteer mapped = Gazetteer.load(geodata, cache);
        assertTrue(mapped.loadedFromCache());
        Set<PlaceKind> kinds = EnumSet.of(PlaceKind.COUNTRY, PlaceKind.CAPITAL, PlaceKind.AIR_BASE);
        // the same places, in the same order, as filtering every record: in the cached and the in-memory form
        List<Place> filtered = built.places().stream().filter(p -> kinds.contains(p.kind())).toList();
        assertFalse(filtered.isEmpty());
        assertEquals(filtered, mapped.places(kinds));
        assertEquals(filtered, built.places(kinds));
        assertEquals(List.of(), mapped.places(EnumSet.noneOf(PlaceKind.class)));
        assertEquals(0, mapped.index().places.madeCount(), "a walk by kind keeps nothing");
        // the columns the code sets and seats read without records say what the records say
        PlaceTable columns = mapped.index().places;
        List<Place> records = built.places();
        for (int i = 0; i < records.size(); i++) {
            Place p = records.get(i);
            assertEquals(p.kind(), columns.kind(i), p.id());
            assertEquals(p.featureCode(), columns.featureCode(i), p.id());
            assertEquals(p.countryCode(), columns.countryCode(i), p.id());
            assertEquals(p.admin1Code(), columns.admin1Code(i), p.id());
        }
    }

    @Test
    void changedDataMakesANewCacheFile() throws IOException {
        Gazetteer.load(geodata, cache);
        Path places = geodata.resolve("places-countries.tsv.gz");
        List<String> lines = new java.util.ArrayList<>();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(places)), java.nio.charset.StandardCharsets.UTF_8))) {
            r.lines().forEach(lines::add);
        }
        lines.removeIf(l -> l.startsWith("geonames:163843\t")); // Syria
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(places))) {
            out.write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Gazetteer changed = Gazetteer.load(geodata, cache);

        assertFalse(changed.loadedFromCache());
        assertTrue(changed.byId("geonames:163843").isEmpty());
        assertEquals(2, cacheFiles().size());
        assertTrue(Gazetteer.load(geodata, cache).loadedFromCache());
    }

    @Test
    void damagedCacheIsIgnoredAndRewritten() throws IOException {
        Gazetteer.load(geodata, cache);
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);

        Gazetteer g = Gazetteer.load(geodata, cache);

        assertFalse(g.loadedFromCache());
        assertEquals("Homs", g.byId(GazetteerTest.HOMS_SYRIA).orElseThrow().name());
        assertTrue(Gazetteer.load(geodata, cache).loadedFromCache());
    }

    @Test
    void truncatedOrForeignCacheFileIsIgnored() throws IOException {
        Gazetteer.load(geodata, cache);
        Path file = cacheFiles().get(0);
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 100);
        }
        assertFalse(Gazetteer.load(geodata, cache).loadedFromCache());
        Files.writeString(file, "not a cache");
        assertFalse(Gazetteer.load(geodata, cache).loadedFromCache());
        byte[] key = IndexCache.key(PlaceTsv.files(geodata));
        assertTrue(Gazetteer.load(geodata, cache).loadedFromCache(), "rewritten after the damage");
        assertNull(IndexCache.read(IndexCache.file(cache, key), new byte[32]), "a cache of other data is not used");
    }

    @Test
    void unwritableCacheFolderStillLoadsFromTheFiles() throws IOException {
        Path notAFolder = tmp.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        Gazetteer g = Gazetteer.load(geodata, notAFolder.resolve("cache"));
        assertFalse(g.loadedFromCache());
        assertEquals("Homs", g.byId(GazetteerTest.HOMS_SYRIA).orElseThrow().name());
    }

    @Test
    void noCacheFolderMeansNoCache() throws IOException {
        assertFalse(Gazetteer.load(geodata, null).loadedFromCache());
        assertFalse(Gazetteer.load(geodata, null).loadedFromCache());
    }

    @Test
    void onlyTheNewestCacheFilesAreKept() throws IOException {
        Files.createDirectories(cache);
        for (int i = 0; i < 5; i++) {
            Path old = cache.resolve("gazetteer-old" + i + ".bin");
            Files.writeString(old, "old");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        Gazetteer.load(geodata, cache);
        List<String> left = cacheFiles().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(3, left.size(), left.toString());
        assertTrue(left.containsAll(List.of("gazetteer-old3.bin", "gazetteer-old4.bin")), left.toString());
    }

    @Test
    void anIndexShippedWithTheAppIsReadFirstAndTheUsersCacheIsNeitherReadNorWritten() throws IOException {
        Path shipped = tmp.resolve("app-gazetteer");
        Gazetteer.load(geodata, shipped); // what the package step does: build once into the app's folder
        long shippedBytes = Files.size(IndexCache.file(shipped, IndexCache.key(PlaceTsv.files(geodata))));

        Gazetteer g = Gazetteer.load(geodata, shipped, cache);

        assertTrue(g.loadedFromCache());
        assertEquals("Homs", g.byId(GazetteerTest.HOMS_SYRIA).orElseThrow().name());
        assertFalse(Files.exists(cache), "nothing written to the user's cache");
        assertEquals(shippedBytes, Files.size(IndexCache.file(shipped, IndexCache.key(PlaceTsv.files(geodata)))));
    }

    @Test
    void aShippedIndexOfOtherDataOrDamagedFallsBackToTheUsersCache() throws IOException {
        Path shipped = tmp.resolve("app-gazetteer");
        Gazetteer.load(geodata, shipped);
        Path file;
        try (Stream<Path> s = Files.list(shipped)) {
            file = s.filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(file, bytes);

        Gazetteer g = Gazetteer.load(geodata, shipped, cache);

        assertFalse(g.loadedFromCache(), "the damaged shipped index is not used");
        assertEquals(1, cacheFiles().size(), "the user's cache is made instead");
        assertArrayEquals(bytes, Files.readAllBytes(file), "the shipped index is read-only: never rewritten");
        assertTrue(Gazetteer.load(geodata, shipped, cache).loadedFromCache());
    }

    @Test
    void classesOutsideAJarFileHaveNoShippedIndex() {
        // the tests run from target/classes, a folder: only the extracted app's jar has a gazetteer/ beside it
        assertNull(IndexCache.shippedDirectory());
    }

    @Test
    void cacheFolderSettingCanTurnTheCacheOff() {
        String before = System.getProperty("placemap.gazetteer.cache-dir");
        try {
            System.setProperty("placemap.gazetteer.cache-dir", "off");
            assertNull(IndexCache.defaultDirectory());
            System.setProperty("placemap.gazetteer.cache-dir", tmp.toString());
            assertEquals(tmp, IndexCache.defaultDirectory());
        } finally {
            if (before == null) {
                System.clearProperty("placemap.gazetteer.cache-dir");
            } else {
                System.setProperty("placemap.gazetteer.cache-dir", before);
            }
        }
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }
}
