package org.placemap.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the derived gazetteer files in {@code geodata/} from the raw sources (layout of
 * {@code ../shared/geodata}: {@code geonames/}, {@code ourairports/}, {@code naturalearth/}) and
 * regenerates {@code geodata/README.md}. The output depends only on the input bytes: no timestamps, so a
 * rebuild from the same sources gives the same checksums.
 *
 * <p>A malformed source row is reported ({@code file:line: reason}) and skipped; more than 1 % malformed
 * rows in one file fails the build with {@link SourceFormatException} and writes nothing.
 */
public final class GazetteerBuilder {

    static final String CITIES = "geonames/cities500.txt.gz";
    static final String NO_COUNTRY = "geonames/no-country.txt";
    static final String COUNTRY_INFO = "geonames/countryInfo.txt";
    static final String AIRPORTS = "ourairports/airports.csv.gz";
    static final String NE_COUNTRIES = "naturalearth/ne_50m_admin_0_countries.json.gz";
    static final String NE_ADMIN1 = "naturalearth/ne_10m_admin_1_states_provinces.json.gz";
    static final String NE_DISPUTED = "naturalearth/ne_10m_admin_0_disputed_areas.json.gz";
    static final String NE_MARINE = "naturalearth/ne_10m_geography_marine_polys.json.gz";
    static final String NE_REGIONS = "naturalearth/ne_10m_geography_regions_polys.json.gz";

    private GazetteerBuilder() {}

    public static BuildReport build(Path sourceDir, Path outDir) throws IOException {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        Map<String, SourceLog> logs = new LinkedHashMap<>();
        Sources src = new Sources(sourceDir, logs, problems);

        List<Place> cities = GeoNamesSource.read(src.path(CITIES), src.log(CITIES), GeoNamesSource.POPULATED_PLACES);
        List<Place> noCountry = GeoNamesSource.read(src.path(NO_COUNTRY), src.log(NO_COUNTRY),
                GeoNamesSource.WATER_AND_REGIONS);
        List<Place> countries = CountrySource.read(src.path(COUNTRY_INFO), src.path(NE_COUNTRIES), cities,
                src.log(COUNTRY_INFO), src.log(NE_COUNTRIES));
        Map<String, String> isoRegionToAdmin1 = new HashMap<>();
        List<Place> naturalEarth = new ArrayList<>(
                NaturalEarthSource.admin1(src.path(NE_ADMIN1), src.log(NE_ADMIN1), isoRegionToAdmin1));
        naturalEarth.addAll(NaturalEarthSource.disputedAreas(src.path(NE_DISPUTED), src.log(NE_DISPUTED)));
        naturalEarth.addAll(NaturalEarthSource.marine(src.path(NE_MARINE), src.log(NE_MARINE), waterKeys(noCountry)));
        naturalEarth.addAll(NaturalEarthSource.regions(src.path(NE_REGIONS), src.log(NE_REGIONS)));
        List<Place> airports = AirportSource.read(src.path(AIRPORTS), isoRegionToAdmin1, src.log(AIRPORTS));
        logs.values().forEach(SourceLog::finish);

        Map<String, List<Place>> outputs = new LinkedHashMap<>();
        outputs.put("places-countries.tsv.gz", countries);
        outputs.put("places-geonames-cities500.tsv.gz", cities);
        outputs.put("places-geonames-nocountry.tsv.gz", noCountry);
        outputs.put("places-naturalearth.tsv.gz", naturalEarth);
        outputs.put("places-ourairports.tsv.gz", airports);
        dropDuplicateIds(outputs, problems);

        Files.createDirectories(outDir);
        List<BuildReport.WrittenFile> written = new ArrayList<>();
        Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);
        for (Map.Entry<String, List<Place>> e : outputs.entrySet()) {
            Path target = outDir.resolve(e.getKey());
            Path tmp = outDir.resolve(e.getKey() + ".tmp");
            PlaceTsv.write(tmp, "placemap gazetteer entries; format, sources and licences: README.md", e.getValue());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(new BuildReport.WrittenFile(e.getKey(), e.getValue().size(), sha256(target)));
            e.getValue().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        }
        removeStale(outDir, outputs.keySet());

        List<BuildReport.SourceSummary> sources = new ArrayList<>();
        for (SourceLog l : logs.values()) {
            sources.add(new BuildReport.SourceSummary(l.file(), l.rows(), l.used(), l.bad(), sha256(sourceDir.resolve(l.file()))));
        }
        BuildReport report = new BuildReport(counts, written, sources, problems, Duration.ofNanos(System.nanoTime() - start));
        GeodataReadme.write(outDir.resolve("README.md"), report, ProvenanceTable.read(sourceDir.resolve("README.md")));
        return report;
    }

    /**
     * {@code --from DIR} (raw sources, required) {@code --to DIR} (default {@code geodata}). Exit status 0
     * on success, 1 when the build fails, 2 on a usage error.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path from = null;
        Path to = Path.of("geodata");
        for (int i = 0; i < args.length; i++) {
            String next = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--from" -> from = next == null ? null : Path.of(args[++i]);
                case "--to" -> to = next == null ? null : Path.of(args[++i]);
                default -> {
                    err.println("unknown argument: " + args[i]);
                    return usage(err);
                }
            }
            if (next == null) {
                return usage(err);
            }
        }
        if (from == null || to == null) {
            return usage(err);
        }
        try {
            BuildReport report = build(from, to);
            report.problems().forEach(p -> err.println("skipped " + p));
            out.printf("gazetteer: %,d entries written to %s in %.1f s%n", report.total(), to.toAbsolutePath(),
                    report.elapsed().toMillis() / 1000.0);
            report.countsByKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("  %-16s %,9d%n", e.getKey(), e.getValue()));
            return 0;
        } catch (IOException | SourceFormatException | UncheckedIOException e) {
            err.println("gazetteer build failed: " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: gazetteer build --from SOURCE_DIR [--to GEODATA_DIR]");
        return 2;
    }

    /** Resolves source files and keeps one log per file, named by its path relative to the source folder. */
    private record Sources(Path dir, Map<String, SourceLog> logs, List<String> problems) {
        Path path(String file) throws NoSuchFileException {
            return require(dir, file);
        }

        SourceLog log(String file) throws NoSuchFileException {
            String name = dir.relativize(path(file)).toString().replace('\\', '/');
            return logs.computeIfAbsent(name, k -> new SourceLog(k, problems));
        }
    }

    /** The source file, gzip-compressed or not (test fixtures are plain text). */
    static Path require(Path dir, String file) throws NoSuchFileException {
        Path p = dir.resolve(file);
        Path other = dir.resolve(file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file + ".gz");
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (Files.isRegularFile(other)) {
            return other;
        }
        throw new NoSuchFileException(p.toString(), null, "source file missing");
    }

    private static Set<String> waterKeys(List<Place> places) {
        Set<String> keys = new HashSet<>();
        for (Place p : places) {
            if (p.kind() == PlaceKind.SEA || p.kind() == PlaceKind.STRAIT) {
                keys.add(NameNormalizer.fold(p.name()));
                p.alternateNames().forEach(a -> keys.add(NameNormalizer.fold(a)));
            }
        }
        return keys;
    }

    private static void dropDuplicateIds(Map<String, List<Place>> outputs, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<Place>> e : outputs.entrySet()) {
            List<Place> kept = new ArrayList<>(e.getValue().size());
            for (Place p : e.getValue()) {
                if (ids.add(p.id())) {
                    kept.add(p);
                } else {
                    problems.add(e.getKey() + ": duplicate id " + p.id() + " left out");
                }
            }
            e.setValue(kept);
        }
    }

    /** A file of an earlier layout would otherwise still be loaded by the places*.tsv.gz glob. */
    private static void removeStale(Path outDir, Set<String> current) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(outDir, PlaceTsv.FILE_GLOB)) {
            for (Path p : ds) {
                if (!current.contains(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
