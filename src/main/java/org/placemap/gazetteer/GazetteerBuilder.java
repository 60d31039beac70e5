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
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.placemap.distance.GeoPoint;

/**
 * Builds the derived gazetteer files in {@code geodata/} from the raw sources (layout of
 * {@code ../shared/geodata}: {@code geonames/}, {@code ourairports/}, {@code naturalearth/}) and
 * regenerates {@code geodata/README.md}. The output depends only on the input bytes: no timestamps, so a
 * rebuild from the same sources gives the same checksums.
 *
 * <p>GeoNames populated places come from {@code geonames/cities500.txt(.gz)}, or — when the source folder
 * holds the full dump as {@code geonames/allCountries.zip}, {@code .txt} or {@code .txt.gz} — from the
 * full dump, streamed row by row so that its size does not matter to the build's memory.
 *
 * <p>A malformed source row is reported ({@code file:line: reason}) and skipped; more than 1 % malformed
 * rows in one file fails the build with {@link SourceFormatException} and changes nothing: files are
 * written to a staging folder next to the output and moved into place only when every source is read.
 */
public final class GazetteerBuilder {

    static final String CITIES = "geonames/cities500.txt.gz";
    static final List<String> FULL_DUMP = List.of(
            "geonames/allCountries.zip", "geonames/allCountries.txt", "geonames/allCountries.txt.gz");
    static final String NO_COUNTRY = "geonames/no-country.txt";
    static final String COUNTRY_INFO = "geonames/countryInfo.txt";
    static final String AIRPORTS = "ourairports/airports.csv.gz";
    static final String NE_COUNTRIES = "naturalearth/ne_50m_admin_0_countries.json.gz";
    static final String NE_ADMIN1 = "naturalearth/ne_10m_admin_1_states_provinces.json.gz";
    static final String NE_DISPUTED = "naturalearth/ne_10m_admin_0_disputed_areas.json.gz";
    static final String NE_MARINE = "naturalearth/ne_10m_geography_marine_polys.json.gz";
    static final String NE_REGIONS = "naturalearth/ne_10m_geography_regions_polys.json.gz";

    private static final String COMMENT = "placemap gazetteer entries; format, sources and licences: README.md";

    private GazetteerBuilder() {}

    public static BuildReport build(Path sourceDir, Path outDir) throws IOException {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        Map<String, SourceLog> logs = new LinkedHashMap<>();
        Sources src = new Sources(sourceDir, logs, problems);
        Path target = outDir.toAbsolutePath();
        Path staging = target.resolveSibling(target.getFileName() + ".building");
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            Map<String, Shape> shapes = new LinkedHashMap<>();
            Map<String, Double> areas = new HashMap<>();
            Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);

            Map<String, String> isoRegionToAdmin1 = new HashMap<>();
            NaturalEarthSource.RegionMembers regionMembers = new NaturalEarthSource.RegionMembers();
            List<Place> naturalEarth = new ArrayList<>(NaturalEarthSource.admin1(src.path(NE_ADMIN1), src.log(NE_ADMIN1),
                    isoRegionToAdmin1, shapes, regionMembers));
            naturalEarth.addAll(NaturalEarthSource.admin1Regions(regionMembers, areas));
            naturalEarth.addAll(NaturalEarthSource.disputedAreas(src.path(NE_DISPUTED), src.log(NE_DISPUTED), shapes));
            WaterClaims water = new WaterClaims(NaturalEarthSource.marine(src.path(NE_MARINE), src.log(NE_MARINE)), shapes);
            List<Place> regions = NaturalEarthSource.regions(src.path(NE_REGIONS), src.log(NE_REGIONS), shapes);

            String fullDump = fullDump(sourceDir);
            String geonamesFile = fullDump != null ? fullDump : CITIES;
            String geonamesOutput = fullDump != null ? "places-geonames-allcountries.tsv.gz" : "places-geonames-cities500.tsv.gz";
            Map<String, GeoPoint> capitals = new HashMap<>();
            RegionCodeCheck codeCheck = new RegionCodeCheck(naturalEarth, src.has(AdminDivisionSource.ADMIN1_CODES)
                    ? RegionCodeCheck.names(src.path(AdminDivisionSource.ADMIN1_CODES)) : Map.of());
            BitSet seen = new BitSet();
            SourceLog geonamesLog = src.log(geonamesFile);
            int streamed;
            try (PlaceTsv.Out out = new PlaceTsv.Out(staging.resolve(geonamesOutput), COMMENT)) {
                GeoNamesSource.read(src.path(geonamesFile), geonamesLog,
                        fullDump != null ? GeoNamesSource.ALL_COUNTRIES : GeoNamesSource.POPULATED_PLACES, p -> {
                            int geonameId = Integer.parseInt(p.id().substring("geonames:".length()));
                            if (seen.get(geonameId)) {
                                problems.add(geonamesOutput + ": duplicate id " + p.id() + " left out");
                                return;
                            }
                            seen.set(geonameId);
                            if (p.kind() == PlaceKind.CAPITAL) {
                                capitals.putIfAbsent(p.countryCode(), p.point());
                            }
                            water.claim(p);
                            codeCheck.sample(p);
                            out.add(p, areaOf(p.id(), shapes, areas));
                            counts.merge(p.kind(), 1, Integer::sum);
                        });
                streamed = out.rows();
            }
            List<Place> noCountry = List.of();
            if (fullDump == null) {
                noCountry = new ArrayList<>(GeoNamesSource.read(src.path(NO_COUNTRY), src.log(NO_COUNTRY), GeoNamesSource.WATER_AND_REGIONS));
                noCountry.removeIf(p -> p.featureCode().equals("ZN") && !GeoNamesSource.UNIONS.contains(p.name()));
                noCountry.replaceAll(GazetteerBuilder::withUnionAbbreviation);
                noCountry.forEach(water::claim);
            }
            if (Files.isRegularFile(sourceDir.resolve(NO_COUNTRY))) {
                regions = atGeoNamesContinentPoints(regions, GeoNamesSource.read(sourceDir.resolve(NO_COUNTRY),
                        new SourceLog(NO_COUNTRY, new ArrayList<>()), GeoNamesSource.CONTINENTS));
            }
            naturalEarth = codeCheck.withoutForeignCodes(naturalEarth, shapes, problems);
            naturalEarth.addAll(NaturalEarthSource.marinePlaces(water.unclaimed(), shapes));
            naturalEarth.addAll(regions);
            List<Place> countries = CountrySource.read(src.path(COUNTRY_INFO), src.path(NE_COUNTRIES), capitals,
                    src.log(COUNTRY_INFO), src.log(NE_COUNTRIES), shapes, areas);
            noCountry = withCompassShortNames(noCountry, countries, naturalEarth);
            naturalEarth = withCountryOfRegion(naturalEarth, countries, shapes);
            Set<String> areaNames = new HashSet<>();
            for (List<Place> named : List.of(countries, naturalEarth)) {
                for (Place p : named) {
                    areaNames.add(NameNormalizer.fold(p.name()));
                    p.alternateNames().forEach(a -> areaNames.add(NameNormalizer.fold(a)));
                }
            }
            List<Place> airports = AirportSource.read(src.path(AIRPORTS), isoRegionToAdmin1, areaNames, src.log(AIRPORTS));
            Set<String> drawnAdmin1 = new HashSet<>();
            for (Place p : naturalEarth) {
                if (p.kind() == PlaceKind.ADMIN_REGION && !p.admin1Code().isEmpty()) {
                    drawnAdmin1.add(p.countryCode() + "." + p.admin1Code());
                }
            }
            // the admin code tables are optional: a source folder without them builds no divisions
            List<Place> divisions = src.has(AdminDivisionSource.ADMIN1_CODES) && src.has(AdminDivisionSource.ADMIN2_CODES)
                    ? AdminDivisionSource.read(src.path(geonamesFile), src.path(AdminDivisionSource.ADMIN1_CODES),
                            src.path(AdminDivisionSource.ADMIN2_CODES), drawnAdmin1, src.log(AdminDivisionSource.ADMIN1_CODES),
                            src.log(AdminDivisionSource.ADMIN2_CODES))
                    : List.of();
            logs.values().forEach(SourceLog::finish);

            Map<String, List<Place>> outputs = new LinkedHashMap<>();
            outputs.put("places-countries.tsv.gz", countries);
            if (fullDump == null) {
                outputs.put("places-geonames-nocountry.tsv.gz", noCountry);
            }
            outputs.put("places-naturalearth.tsv.gz", naturalEarth);
            outputs.put("places-geonames-admin.tsv.gz", divisions);
            outputs.put("places-ourairports.tsv.gz", airports);
            Set<String> written = dropDuplicateIds(outputs, problems);
            for (Map.Entry<String, List<Place>> e : outputs.entrySet()) {
                PlaceTsv.write(staging.resolve(e.getKey()), COMMENT, e.getValue(), id -> areaOf(id, shapes, areas));
                e.getValue().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
            }
            Map<String, Shape> outlines = new LinkedHashMap<>();
            shapes.forEach((id, shape) -> {
                if (written.contains(id) || isStreamedId(id, seen)) {
                    outlines.put(id, shape);
                }
            });
            OutlineTsv.write(staging.resolve(OutlineTsv.FILE), outlines);
            // borders and coasts are optional: a source folder without the line layers builds none
            int lineCount = -1;
            if (src.has(LineSource.NE_BOUNDARIES) && src.has(LineSource.NE_COASTLINE)) {
                LineSource.Countries lineCountries = LineSource.countries(src.path(NE_COUNTRIES), src.path(COUNTRY_INFO),
                        new SourceLog(NE_COUNTRIES, new ArrayList<>()));
                List<LineTsv.Line> lines = new ArrayList<>(
                        LineSource.borders(src.path(LineSource.NE_BOUNDARIES), lineCountries, src.log(LineSource.NE_BOUNDARIES)));
                lines.addAll(LineSource.coasts(src.path(LineSource.NE_COASTLINE), lineCountries, src.log(LineSource.NE_COASTLINE)));
                src.log(LineSource.NE_BOUNDARIES).finish();
                src.log(LineSource.NE_COASTLINE).finish();
                LineTsv.write(staging.resolve(LineTsv.FILE), lines);
                lineCount = lines.size();
            }

            // the 1:10m land for the map's close zooms is optional too
            int landCells = -1;
            if (src.has(LandSource.NE_LAND)) {
                Map<String, Shape> land = LandSource.cells(src.path(LandSource.NE_LAND), src.log(LandSource.NE_LAND));
                src.log(LandSource.NE_LAND).finish();
                OutlineTsv.write(staging.resolve(LandSource.FILE), land);
                landCells = land.size();
            }

            Map<String, Integer> entries = new LinkedHashMap<>();
            entries.put("places-countries.tsv.gz", countries.size());
            entries.put(geonamesOutput, streamed);
            outputs.forEach((name, places) -> entries.putIfAbsent(name, places.size()));
            entries.put(OutlineTsv.FILE, outlines.size());
            if (lineCount >= 0) {
                entries.put(LineTsv.FILE, lineCount);
            }
            if (landCells >= 0) {
                entries.put(LandSource.FILE, landCells);
            }

            Files.createDirectories(target);
            List<BuildReport.WrittenFile> files = new ArrayList<>();
            for (Map.Entry<String, Integer> e : entries.entrySet()) {
                Path to = target.resolve(e.getKey());
                Files.move(staging.resolve(e.getKey()), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                files.add(new BuildReport.WrittenFile(e.getKey(), e.getValue(), sha256(to)));
            }
            removeStale(target, entries.keySet());

            List<BuildReport.SourceSummary> sources = new ArrayList<>();
            for (SourceLog l : logs.values()) {
                sources.add(new BuildReport.SourceSummary(l.file(), l.rows(), l.used(), l.bad(), sha256(sourceDir.resolve(l.file()))));
            }
            BuildReport report = new BuildReport(counts, files, sources, problems, Duration.ofNanos(System.nanoTime() - start));
            GeodataReadme.write(target.resolve("README.md"), report, ProvenanceTable.read(sourceDir.resolve("README.md")));
            return report;
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Natural Earth continents placed at GeoNames' point for the continent of the same name (Europe 48.7 N
     * 9.1 E, where GeoNames-based tools and evaluations put it, not Natural Earth's polygon point in
     * Belarus); the outline stays Natural Earth's.
     */
    static List<Place> atGeoNamesContinentPoints(List<Place> regions, List<Place> continents) {
        Map<String, GeoPoint> points = new HashMap<>();
        continents.forEach(c -> points.put(NameNormalizer.fold(c.name()), c.point()));
        List<Place> out = new ArrayList<>(regions.size());
        for (Place p : regions) {
            GeoPoint point = p.featureCode().equals("CONT") ? points.get(NameNormalizer.fold(p.name())) : null;
            out.add(point == null ? p : new Place(p.id(), p.name(), p.alternateNames(), point, p.kind(),
                    p.featureClass(), p.featureCode(), p.countryCode(), p.admin1Code(), p.population()));
        }
        return out;
    }

    /**
     * GeoNames' compass subregions also answer to the forms news writes ({@link Names#compassShortNames}: "West
     * Africa" for "Western Africa", "Southeast Asia" for "South Eastern Asia"), except a form that is already a name of
     * a country, of another no-country entry or of a Natural Earth area ("South Africa", "North America").
     */
    static List<Place> withCompassShortNames(List<Place> noCountry, List<Place> countries, List<Place> naturalEarth) {
        Set<String> taken = new HashSet<>();
        for (List<Place> named : List.of(countries, naturalEarth, noCountry)) {
            for (Place p : named) {
                taken.add(NameNormalizer.fold(p.name()));
                p.alternateNames().forEach(a -> taken.add(NameNormalizer.fold(a)));
            }
        }
        List<Place> out = new ArrayList<>(noCountry.size());
        for (Place p : noCountry) {
            List<String> forms = p.kind() == PlaceKind.REGION && p.featureCode().equals("RGN")
                    ? Names.compassShortNames(p.name()).stream().filter(f -> !taken.contains(NameNormalizer.fold(f))).toList()
                    : List.of();
            if (forms.isEmpty()) {
                out.add(p);
                continue;
            }
            List<String> alternates = new ArrayList<>(p.alternateNames());
            alternates.addAll(forms);
            out.add(new Place(p.id(), p.name(), alternates, p.point(), p.kind(), p.featureClass(), p.featureCode(),
                    p.countryCode(), p.admin1Code(), p.population()));
        }
        return out;
    }

    /** The share of a region's area that must lie in one country for the region to count as that country's. */
    static final double REGION_IN_COUNTRY_SHARE = 0.9;

    /**
     * Natural Earth's named regions (Luzon, Darling Downs, Sinai, the Negev) carry no country; one that lies within a
     * country (at least {@value #REGION_IN_COUNTRY_SHARE} of its outline's area inside the country's 1:50m outline) gets
     * that country's code, so an article about the country supports it as it supports the country's towns ("Luzon" in
     * a Philippine story was a village of that name on Mindanao). Regions across borders (the Sahara, Patagonia, the
     * Balkans), regions that are mostly a disputed area (Crimea) and continents stay without one.
     */
    static List<Place> withCountryOfRegion(List<Place> naturalEarth, List<Place> countries, Map<String, Shape> shapes) {
        List<org.locationtech.jts.geom.Geometry> countryShapes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Place c : countries) {
            Shape shape = shapes.get(c.id());
            if (shape != null && !c.countryCode().isEmpty()) {
                countryShapes.add(LineSource.polygons(shape.polygons()));
                codes.add(c.countryCode());
            }
        }
        List<org.locationtech.jts.geom.Geometry> disputed = new ArrayList<>();
        for (Place d : naturalEarth) {
            Shape shape = shapes.get(d.id());
            if (d.kind() == PlaceKind.DISPUTED_AREA && shape != null) {
                disputed.add(LineSource.polygons(shape.polygons()));
            }
        }
        List<Place> out = new ArrayList<>(naturalEarth.size());
        for (Place p : naturalEarth) {
            Shape shape = shapes.get(p.id());
            if (p.kind() != PlaceKind.REGION || !p.countryCode().isEmpty() || !p.featureCode().isEmpty() || shape == null) {
                out.add(p);
                continue;
            }
            org.locationtech.jts.geom.Geometry region = LineSource.polygons(shape.polygons());
            double regionArea = region.getArea();
            // a region that is mostly a disputed area (Crimea) is given to no country, whichever outline holds it
            boolean inDispute = disputed.stream().anyMatch(d -> d.getEnvelopeInternal().intersects(region.getEnvelopeInternal())
                    && region.intersection(d).getArea() >= 0.5 * regionArea);
            double area = inDispute ? 0 : regionArea;
            String code = "";
            for (int i = 0; i < countryShapes.size() && area > 0; i++) {
                org.locationtech.jts.geom.Geometry country = countryShapes.get(i);
                if (country.getEnvelopeInternal().intersects(region.getEnvelopeInternal())
                        && region.intersection(country).getArea() >= REGION_IN_COUNTRY_SHARE * area) {
                    code = codes.get(i);
                    break;
                }
            }
            out.add(code.isEmpty() ? p : new Place(p.id(), p.name(), p.alternateNames(), p.point(), p.kind(),
                    p.featureClass(), p.featureCode(), code, p.admin1Code(), p.population()));
        }
        return out;
    }

    /** "European Union" also answers to its capitalised initials, "EU" and "E.U." (matched case-sensitively). */
    private static Place withUnionAbbreviation(Place p) {
        if (!p.featureCode().equals("ZN")) {
            return p;
        }
        List<String> alternates = new ArrayList<>(p.alternateNames());
        String initials = Names.initials(p.name());
        if (initials != null && !alternates.contains(initials)) {
            alternates.add(initials);
        }
        return new Place(p.id(), p.name(), alternates, p.point(), p.kind(), p.featureClass(), p.featureCode(),
                p.countryCode(), p.admin1Code(), p.population());
    }

    private static double areaOf(String id, Map<String, Shape> shapes, Map<String, Double> areas) {
        Double a = areas.get(id);
        if (a != null) {
            return a;
        }
        Shape s = shapes.get(id);
        return s == null ? 0 : s.areaKm2();
    }

    private static boolean isStreamedId(String id, BitSet seen) {
        if (!id.startsWith("geonames:")) {
            return false;
        }
        try {
            return seen.get(Integer.parseInt(id.substring("geonames:".length())));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The full GeoNames dump in the source folder (path relative to it), or null. */
    static String fullDump(Path sourceDir) {
        for (String f : FULL_DUMP) {
            if (Files.isRegularFile(sourceDir.resolve(f))) {
                return f;
            }
        }
        return null;
    }

    /**
     * Natural Earth marine areas, claimed by GeoNames seas and straits of the same name (GeoNames has
     * more alternate names; Natural Earth has the polygon): the GeoNames entry gets the outline, and
     * the marine area no entry of its own. A claim needs the name (or an alternate name) and the
     * GeoNames point near the area's bounding box (within the box's own size, at least a degree), so a
     * small bay cannot take the outline of a namesake elsewhere.
     */
    private static final class WaterClaims {
        private final Map<String, NaturalEarthSource.Marine> byKey;
        private final Map<String, Shape> shapes;
        private final Set<String> claimed = new HashSet<>();

        WaterClaims(Map<String, NaturalEarthSource.Marine> byKey, Map<String, Shape> shapes) {
            this.byKey = byKey;
            this.shapes = shapes;
        }

        void claim(Place p) {
            if (p.kind() != PlaceKind.SEA && p.kind() != PlaceKind.STRAIT) {
                return;
            }
            List<String> names = new ArrayList<>(p.alternateNames().size() + 1);
            names.add(p.name());
            names.addAll(p.alternateNames());
            for (String n : names) {
                String key = NameNormalizer.fold(n);
                NaturalEarthSource.Marine m = byKey.get(key);
                if (m != null && !claimed.contains(key) && near(m.shape().bounds(), p.point())) {
                    claimed.add(key);
                    shapes.put(p.id(), m.shape());
                    return;
                }
            }
        }

        private static boolean near(BoundingBox b, GeoPoint p) {
            double m = Math.max(1, Math.max(b.northDeg() - b.southDeg(), b.eastDeg() - b.westDeg()));
            return p.latitudeDeg() >= b.southDeg() - m && p.latitudeDeg() <= b.northDeg() + m
                    && p.longitudeDeg() >= b.westDeg() - m && p.longitudeDeg() <= b.eastDeg() + m;
        }

        List<NaturalEarthSource.Marine> unclaimed() {
            List<NaturalEarthSource.Marine> out = new ArrayList<>();
            byKey.forEach((key, m) -> {
                if (!claimed.contains(key)) {
                    out.add(m);
                }
            });
            return out;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * {@code --from DIR} (raw sources, required) {@code --to DIR} (default {@link Gazetteer#defaultGeodataDir()}:
     * the setting {@code placemap.geodata-dir} / {@code PLACEMAP_GEODATA_DIR}, else {@code geodata}). Exit
     * status 0 on success, 1 when the build fails, 2 on a usage error. After a build the files are loaded
     * once, which fills the binary index cache (see {@link Gazetteer#load(Path)}) for the next start.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path from = null;
        Path to = Gazetteer.defaultGeodataDir();
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
            out.printf("gazetteer: %,d entries written to %s in %.1f s (GeoNames from %s)%n", report.total(),
                    to.toAbsolutePath(), report.elapsed().toMillis() / 1000.0,
                    fullDump(from) != null ? fullDump(from) : CITIES);
            report.countsByKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.printf("  %-16s %,9d%n", e.getKey(), e.getValue()));
            // index once now, so that the first start of the application finds the binary cache
            long t0 = System.nanoTime();
            Gazetteer.load(to);
            out.printf("index cached in %.1f s%n", (System.nanoTime() - t0) / 1e9);
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

        boolean has(String file) {
            try {
                require(dir, file);
                return true;
            } catch (NoSuchFileException e) {
                return false;
            }
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

    /** Keeps the first entry of each id across {@code outputs}; returns the ids kept. */
    private static Set<String> dropDuplicateIds(Map<String, List<Place>> outputs, List<String> problems) {
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
        return ids;
    }

    /** A file of an earlier layout (or the other GeoNames file) would otherwise still be loaded by the places*.tsv.gz glob. */
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
