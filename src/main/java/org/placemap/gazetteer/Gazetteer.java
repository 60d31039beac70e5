package org.placemap.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.placemap.distance.GeoPoint;

/**
 * In-memory gazetteer: all candidates for a name, ranked by a prior; places by id, near a point, and
 * the areas containing a point.
 *
 * <h2>Algorithm</h2>
 * Every preferred and alternate name is folded at build time into keys of four strengths, each a hash
 * index of key → places pre-sorted by score ({@link KeyIndex}): the exact key ({@link NameNormalizer#fold}),
 * the variant key ({@link NameNormalizer#variant}), the consonant skeleton of the variant key, and — for
 * capitalised abbreviations such as "US" — the letters themselves, case-sensitive. A lookup folds the
 * query the same ways and probes the indexes; no scan happens at query time.
 *
 * <h2>Loading</h2>
 * {@link #load(Path)} reads the derived files in {@code geodata/} and keeps the finished index in a
 * binary cache outside the repository ({@link IndexCache}: by default {@code ~/.cache/placemap}, keyed
 * by the files' SHA-256, rebuilt when they change). Area outlines ({@code outlines.tsv.gz}) are read on
 * the first outline or containment query, not at load.
 *
 * <h2>Performance</h2>
 * Measured in BENCHMARKS.md (JMH, two shared cores, {@code -Xmx512m}): about 0.6 s from a fresh JVM to a
 * ready gazetteer with the cache, 4–8 s without it; 143 MB of heap retained with the shipped 212,000
 * entries (156 MB once the outlines are loaded); over two million exact and three million variant
 * lookups per second on one thread.
 *
 * <h2>Limitations</h2>
 * Names are matched whole; a facility phrase ("Kuweires air base") is split only when the whole phrase
 * matches nothing. Containment uses outlines simplified to about 1 km.
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe once constructed; the outlines load once, under a lock, on first use.
 */
public final class Gazetteer {

    /** Longer queries cannot be place names; refusing them early bounds the cost of a lookup. */
    static final int MAX_QUERY_CHARS = 200;
    /**
     * The most a first-level division without a population of its own gains in its prior from its towns' sum (see
     * {@code IndexBuilder#populateDivisions}); a reader of priors that judged such divisions before it (the geoparser's
     * weak-name threshold) adds it back.
     */
    public static final double DIVISION_POPULATION_CAP = IndexBuilder.DIVISION_POPULATION_CAP;

    /**
     * How far outside every simplified admin-region outline a point may be and still be given the
     * nearest region: coastal towns fall just outside a coast simplified to about 1 km.
     */
    static final double ADMIN_REGION_REACH_KM = 5;

    /** Variant keys shorter than this match by skeleton only entries of {@link #SKELETON_SHORT_MIN_PRIOR}. */
    static final int SKELETON_MIN_LETTERS = 6;
    static final double SKELETON_SHORT_MIN_PRIOR = 3.0;

    private final Index index;
    private final PointIndex points;
    private final boolean fromCache;
    private final OnFirstUse<Outlines> outlines;
    private final OnFirstUse<Lines> lines;
    private final OnFirstUse<Land> land;
    private final OnFirstUse<Map<String, Set<String>>> neighbours;

    /**
     * Indexes {@code places} (areas unknown, no outlines). Ids must be unique.
     *
     * @throws IllegalArgumentException on a duplicate id
     */
    public Gazetteer(Collection<Place> places) {
        this(places, Map.of());
    }

    /**
     * {@link #Gazetteer(Collection)} with the countries' land borders known: {@code borders} maps an ISO code to the
     * codes of the countries it borders (made symmetric here), as {@code lines.tsv.gz} gives them to {@link #load}.
     *
     * @throws IllegalArgumentException on a duplicate id
     */
    public Gazetteer(Collection<Place> places, Map<String, Set<String>> borders) {
        this(IndexBuilder.build(places.toArray(Place[]::new), null), null, false);
        neighbours.preset(LineTsv.symmetric(borders));
    }

    /** {@link #Gazetteer(Collection)} with each place's area in km² (0 unknown), for the prior's extent term. */
    static Gazetteer withAreas(List<Place> places, double[] areaKm2) {
        return new Gazetteer(IndexBuilder.build(places.toArray(Place[]::new), areaKm2), null, false);
    }

    /** @param geodataDir the folder of the optional outline and line files, or null for none */
    private Gazetteer(Index index, Path geodataDir, boolean fromCache) {
        this.index = index;
        this.points = new PointIndex(index.places.latitudes(), index.places.longitudes());
        this.fromCache = fromCache;
        this.outlines = new OnFirstUse<>(geodataDir == null ? null : geodataDir.resolve(OutlineTsv.FILE),
                Outlines::read, Outlines.NONE);
        this.lines = new OnFirstUse<>(geodataDir == null ? null : geodataDir.resolve(LineTsv.FILE),
                Lines::read, Lines.NONE);
        this.land = new OnFirstUse<>(geodataDir == null ? null : geodataDir.resolve(LandSource.FILE),
                Land::read, Land.NONE);
        this.neighbours = new OnFirstUse<>(geodataDir == null ? null : geodataDir.resolve(LineTsv.FILE),
                LineTsv::neighbours, Map.of());
    }

    /**
     * Whether countries {@code a} and {@code b} (ISO 3166-1 alpha-2) share a land border, by the border rows of
     * {@code lines.tsv.gz} (Natural Earth 1:10m land boundaries), read on first use without their points; false
     * without that file, for the same code twice, and for unknown or empty codes. Thread-safe.
     *
     * @throws UncheckedIOException when {@code lines.tsv.gz} exists but cannot be read (on first use)
     */
    public boolean bordering(String a, String b) {
        return a != null && b != null && neighbours(a).contains(b);
    }

    /** The ISO codes of the countries that share a land border with {@code country} ({@link #bordering}); never null. */
    public Set<String> neighbours(String country) {
        return country == null ? Set.of() : neighbours.get().getOrDefault(country, Set.of());
    }

    /** What an optional geodata file holds, read once, on first use, by whichever thread asks first. */
    private static final class OnFirstUse<T> {

        interface Reader<T> {
            T read(Path file) throws IOException;
        }

        private final Path file;
        private final Reader<T> reader;
        private final T absent;
        private volatile T value;

        /** @param absent the value when {@code file} is null or does not exist */
        OnFirstUse(Path file, Reader<T> reader, T absent) {
            this.file = file;
            this.reader = reader;
            this.absent = absent;
        }

        /** Sets the value a gazetteer built in memory has instead of a file's. */
        synchronized void preset(T v) {
            value = v;
        }

        /** @throws UncheckedIOException when the file exists but cannot be read */
        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        try {
                            v = file == null || !Files.isRegularFile(file) ? absent : reader.read(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /**
     * Loads the derived files in {@code geodataDir} (see geodata/README.md), through the binary cache in
     * the default cache folder (system property {@code placemap.gazetteer.cache-dir}, environment
     * variable {@code PLACEMAP_GAZETTEER_CACHE_DIR}, else {@code ~/.cache/placemap}; {@code off} turns it
     * off), after the index shipped with the app when there is one for this data ({@code gazetteer/} next to the
     * extracted app's jar, read-only; also skipped when the cache is off).
     */
    public static Gazetteer load(Path geodataDir) throws IOException {
        Path cacheDir = IndexCache.defaultDirectory();
        return load(geodataDir, cacheDir == null ? null : IndexCache.shippedDirectory(), cacheDir);
    }

    /**
     * Loads the derived files in {@code geodataDir}, using and refreshing a binary cache in
     * {@code cacheDir}; null reads the TSV files every time. A cache that cannot be read or written is
     * skipped with a log message, never an error.
     *
     * @throws IOException when the geodata files are missing or malformed (with file and line)
     */
    public static Gazetteer load(Path geodataDir, Path cacheDir) throws IOException {
        return load(geodataDir, null, cacheDir);
    }

    /**
     * As {@link #load(Path, Path)}, first looking for the index in {@code shippedDir} (read-only: the index the
     * package step ships with the app; null for none), then in {@code cacheDir}.
     */
    static Gazetteer load(Path geodataDir, Path shippedDir, Path cacheDir) throws IOException {
        List<Path> files = PlaceTsv.files(geodataDir);
        byte[] key = null;
        Path cacheFile = null;
        if (shippedDir != null) {
            key = IndexCache.key(files);
            Path shipped = IndexCache.file(shippedDir, key);
            Index index = IndexCache.read(shipped, key);
            if (index != null) {
                return new Gazetteer(index, geodataDir, true);
            }
        }
        if (cacheDir != null) {
            key = key != null ? key : IndexCache.key(files);
            cacheFile = IndexCache.file(cacheDir, key);
            Index cached = IndexCache.read(cacheFile, key);
            if (cached != null) {
                return new Gazetteer(cached, geodataDir, true);
            }
        }
        PlaceTsv.Rows rows = PlaceTsv.readAll(geodataDir);
        Index index = IndexBuilder.build(rows.places().toArray(Place[]::new), rows.areaKm2());
        if (cacheFile != null) {
            try {
                IndexCache.write(cacheFile, key, index);
            } catch (IOException | UncheckedIOException | SecurityException e) {
                System.getLogger(Gazetteer.class.getName()).log(System.Logger.Level.WARNING,
                        "gazetteer cache " + cacheFile + " not written (loading will parse geodata each time): " + e);
            }
        }
        return new Gazetteer(index, geodataDir, false);
    }

    /**
     * The geodata folder the application and the command line read by default: system property
     * {@code placemap.geodata-dir}, else environment variable {@code PLACEMAP_GEODATA_DIR} (also
     * {@code PLACEMAP_GEODATADIR}, Spring's spelling), else {@code geodata}. One setting, so that a
     * gazetteer built from the full GeoNames dump (see geodata/README.md) is used everywhere.
     */
    public static Path defaultGeodataDir() {
        for (String value : new String[] {System.getProperty("placemap.geodata-dir"),
                System.getenv("PLACEMAP_GEODATA_DIR"), System.getenv("PLACEMAP_GEODATADIR")}) {
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        return Path.of("geodata");
    }

    /** True when this gazetteer came from the binary cache rather than from parsing the TSV files. */
    public boolean loadedFromCache() {
        return fromCache;
    }

    /**
     * All entries whose preferred or alternate name matches {@code name}, best first; never null.
     *
     * <p>Matching, strongest first: an entry matches when the query's {@linkplain NameNormalizer#fold
     * exact key} equals the key of one of its names; the entries that share the {@linkplain
     * NameNormalizer#variant variant key} are added after them. Failing any exact match, the variant
     * key alone decides. A query written in capitals (US, U.S., U.S.A., UAE) also matches the
     * abbreviations an entry lists, case-sensitively. Only when none of these matches anything are the
     * entries whose variant key has the same consonant skeleton and lies within one edit (two for
     * keys longer than five letters) taken: Hims → Homs, Humaymim → Hmeimim.
     *
     * <p>Each candidate's score is its prior plus a match bonus, documented in {@link Prior}: kind
     * weight + 0.5·log10(1 + population) + 0.5·log10(1 + area km²/10,000) + seat bonus (PPLA 0.5, PPLA2
     * 0.2) + 1.0 for the preferred name, 0.7 for an alternate name or abbreviation, 0 for a variant-only
     * match (0.3 when the query is one edit from one of the entry's spellings), −0.3 for a skeleton match.
     * Ties keep build order.
     *
     * <p>A name that matches nothing but is a facility phrase is looked up by the place name inside it
     * ({@link FacilityPhrase}): "Kuweires air base" gives the air bases and airports called Kuweires, or
     * when there are none, the places called Kuweires; "naval base in Tartus" and "port of Latakia" give
     * the places, since the sources have no naval bases or ports.
     *
     * <p>Unknown, null, empty, blank or over-long (more than {@value #MAX_QUERY_CHARS} characters) names give
     * an empty list.
     */
    public List<Candidate> candidates(String name) {
        if (name == null || name.length() > MAX_QUERY_CHARS) {
            return List.of();
        }
        String key = NameNormalizer.fold(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Candidate> found = lookup(key, Names.abbreviationKey(name));
        if (found.isEmpty()) {
            FacilityPhrase phrase = FacilityPhrase.parse(key);
            if (phrase != null) {
                found = lookup(phrase.bareKey(), null);
                List<Candidate> facilities = found.stream().filter(c -> phrase.kinds().contains(c.place().kind())).toList();
                return facilities.isEmpty() ? found : facilities;
            }
        }
        return found;
    }

    /**
     * Only the entries one of whose names has the same {@linkplain NameNormalizer#fold exact key} as
     * {@code name} (or, for a query in capitals, the same abbreviation), best first, scored as in
     * {@link #candidates}: no variant or skeleton matches, no facility phrases. For recognisers that must
     * not turn ordinary words into places by a loose spelling.
     */
    public List<Candidate> exactCandidates(String name) {
        if (name == null || name.length() > MAX_QUERY_CHARS) {
            return List.of();
        }
        CandidateCollector hits = new CandidateCollector(index);
        int e = index.exact.find(NameNormalizer.fold(name));
        if (e >= 0) {
            hits.addExact(e);
        }
        addAbbreviation(Names.abbreviationKey(name), hits);
        return hits.result();
    }

    private List<Candidate> lookup(String key, String abbreviation) {
        CandidateCollector hits = new CandidateCollector(index);
        int e = index.exact.find(key);
        String variantKey = null;
        if (e >= 0) {
            hits.addExact(e);
            int v = index.exactToVariant[e];
            if (v >= 0) {
                hits.addVariantPlaces(index.variant, v, key);
            }
        } else {
            variantKey = NameNormalizer.variantOfFolded(key);
            int v = index.variant.find(variantKey);
            if (v >= 0) {
                hits.addVariantPlaces(index.variant, v, key);
            }
        }
        addAbbreviation(abbreviation, hits);
        if (hits.isEmpty() && variantKey != null && key.indexOf(' ') < 0) {
            addSkeletonMatches(variantKey, hits);
        }
        return hits.result();
    }

    private void addAbbreviation(String abbreviation, CandidateCollector hits) {
        if (abbreviation != null) {
            int a = index.abbreviations.find(abbreviation);
            if (a >= 0) {
                hits.addPlaces(index.abbreviations, a, Prior.EXACT_ALTERNATE);
            }
        }
    }

    /**
     * Spellings that differ in their vowels, for one-word queries: entries whose variant key has the
     * query's consonant skeleton and is one edit away (Humaymim → Hmeimim). A short name is changed by one
     * vowel into too many others (Hamas → Khomas, Hames), so below {@value #SKELETON_MIN_LETTERS} letters
     * only major places are trusted: those with a prior of at least {@value #SKELETON_SHORT_MIN_PRIOR} (a
     * city of about a million, a country) — the places news respells (Hims → Homs). Phrases are left out:
     * with the words run together, "Raqqa city" would become "Ras al Khaimah City".
     */
    private void addSkeletonMatches(String variantKey, CandidateCollector hits) {
        String skeleton = NameNormalizer.skeletonOfVariant(variantKey);
        int s = skeleton.isEmpty() ? -1 : index.skeleton.find(skeleton);
        if (s < 0) {
            return;
        }
        boolean shortName = variantKey.length() < SKELETON_MIN_LETTERS;
        for (int i = index.skeleton.postingsFrom(s); i < index.skeleton.postingsTo(s); i++) {
            int v = index.skeleton.posting(i);
            if (NameNormalizer.editDistance(variantKey, index.variant.key(v), 1) <= 1) {
                hits.addPlaces(index.variant, v, Prior.SKELETON, shortName ? SKELETON_SHORT_MIN_PRIOR : Double.NEGATIVE_INFINITY);
            }
        }
    }

    public Optional<Place> byId(String id) {
        int i = id == null ? -1 : index.ids.find(id);
        return i < 0 ? Optional.empty() : Optional.of(index.places.get(i));
    }

    /**
     * The {@code n} entries nearest to {@code point} by great-circle distance, nearest first.
     * A spherical approximation (mean Earth radius) is enough for ranking neighbours.
     */
    public List<Place> nearest(GeoPoint point, int n) {
        if (point == null || n <= 0) {
            return List.of();
        }
        int[] hits = points.nearest(point.latitudeDeg(), point.longitudeDeg(), n);
        List<Place> out = new ArrayList<>(hits.length);
        for (int i : hits) {
            out.add(index.places.get(i));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The outline of an area entry (admin region, country, disputed area, sea or strait, physical
     * region) for drawing it: simplified polygons, bounding box and area. Empty for points (cities,
     * bases) and for entries the sources give no polygon.
     *
     * @throws UncheckedIOException when {@code outlines.tsv.gz} exists but cannot be read (on first use)
     */
    public Optional<Outline> outline(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Outlines o = outlines();
        int i = o.find(id);
        return i < 0 ? Optional.empty() : Optional.of(o.outline(i));
    }

    /**
     * Every entry whose outline contains {@code point}, smallest area first: typically the admin
     * region, then the country, then the continent or a physical region; a sea for a point at sea.
     *
     * @throws UncheckedIOException when {@code outlines.tsv.gz} exists but cannot be read (on first use)
     */
    public List<Place> areasAt(GeoPoint point) {
        if (point == null) {
            return List.of();
        }
        Outlines o = outlines();
        List<Place> out = new ArrayList<>();
        for (int i : o.containing(point.latitudeDeg(), point.longitudeDeg())) {
            byId(o.id(i)).ifPresent(out::add);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The first-level admin region (governorate, oblast, state …) containing {@code point}; for a point
     * just outside every simplified region outline (a town on the coast) the region whose edge is
     * nearest, if within {@value #ADMIN_REGION_REACH_KM} km. Empty at sea and without outlines.
     *
     * @throws UncheckedIOException when {@code outlines.tsv.gz} exists but cannot be read (on first use)
     */
    public Optional<Place> adminRegionAt(GeoPoint point) {
        for (Place p : areasAt(point)) {
            if (p.kind() == PlaceKind.ADMIN_REGION) {
                return Optional.of(p);
            }
        }
        if (point == null) {
            return Optional.empty();
        }
        Outlines o = outlines();
        List<double[]> near = o.near(point.latitudeDeg(), point.longitudeDeg(), ADMIN_REGION_REACH_KM,
                i -> byId(o.id(i)).map(p -> p.kind() == PlaceKind.ADMIN_REGION).orElse(false));
        return near.isEmpty() ? Optional.empty() : byId(o.id((int) near.get(0)[1]));
    }

    /**
     * The land borders and coastlines ({@code lines.tsv.gz}), read on first use; {@link Lines#NONE} when the
     * geodata folder has none or the gazetteer was built in memory.
     *
     * @throws UncheckedIOException when {@code lines.tsv.gz} exists but cannot be read (on first use)
     */
    public Lines lines() {
        return lines.get();
    }

    /**
     * The 1:10m land in grid cells ({@code land.tsv.gz}), read on first use; {@link Land#NONE} when the
     * geodata folder has none or the gazetteer was built in memory.
     *
     * @throws UncheckedIOException when {@code land.tsv.gz} exists but cannot be read (on first use)
     */
    public Land land() {
        return land.get();
    }

    private Outlines outlines() {
        return outlines.get();
    }

    /**
     * "US|PA" and "PH|02": the country and first-level codes that Natural Earth's regions carry ({@code drawn}) and
     * that towns are filed under ({@code towns}).
     */
    private record CodeSets(java.util.Set<String> drawn, java.util.Set<String> towns) {}

    /** Built on first use, in one pass over the places, then read without locks. */
    private volatile CodeSets codeSets;

    private CodeSets codeSets() {
        CodeSets sets = codeSets;
        if (sets == null) {
            synchronized (this) {
                sets = codeSets;
                if (sets == null) {
                    java.util.Set<String> drawn = new java.util.HashSet<>();
                    java.util.Set<String> towns = new java.util.HashSet<>();
                    PlaceTable table = index.places; // codes and kinds from the columns: no records made
                    for (int i = 0, n = table.size(); i < n; i++) {
                        String admin1 = table.admin1Code(i);
                        if (admin1.isEmpty()) {
                            continue;
                        }
                        PlaceKind kind = table.kind(i);
                        if (kind == PlaceKind.ADMIN_REGION && table.peek(i).id().startsWith("naturalearth:")) {
                            drawn.add(table.countryCode(i) + "|" + admin1);
                        } else if (kind == PlaceKind.POPULATED_PLACE || kind == PlaceKind.CAPITAL) {
                            towns.add(table.countryCode(i) + "|" + admin1);
                        }
                    }
                    codeSets = sets = new CodeSets(java.util.Set.copyOf(drawn), java.util.Set.copyOf(towns));
                }
            }
        }
        return sets;
    }

    /**
     * Whether a first-level region Natural Earth draws carries {@code countryCode}'s first-level code {@code admin1Code}
     * (its GeoNames code, kept at build time only where it still names the region's area). A town filed under such a
     * code lies in that region; GeoNames' own undrawn divisions (Munster, which holds Limerick) do not count.
     */
    public boolean hasDrawnRegionCoded(String countryCode, String admin1Code) {
        return !admin1Code.isEmpty() && codeSets().drawn().contains(countryCode + "|" + admin1Code);
    }

    /**
     * Whether some town (a populated place or capital) is filed under {@code countryCode}'s first-level code {@code
     * admin1Code}. A region whose code no town carries cannot be matched to its towns by codes (Natural Earth numbers
     * the Philippine provinces, GeoNames files their towns by region); only its outline can say which towns it holds.
     */
    public boolean hasTownsFiledUnder(String countryCode, String admin1Code) {
        return !admin1Code.isEmpty() && codeSets().towns().contains(countryCode + "|" + admin1Code);
    }

    /** A first-level division's seat lies at most this far from the division's point, or inside its outline. */
    public static final double MAX_SEAT_KM = 400;

    /** "NG|27": the most populous seat of a first-level division (GeoNames PPLA) by country and admin-1 code; on first use. */
    private volatile java.util.Map<String, Place> regionalSeats;

    private java.util.Map<String, Place> regionalSeats() {
        java.util.Map<String, Place> seats = regionalSeats;
        if (seats == null) {
            synchronized (this) {
                seats = regionalSeats;
                if (seats == null) {
                    seats = new java.util.HashMap<>();
                    PlaceTable table = index.places; // a record only for each PPLA, the rest read from the columns
                    for (int i = 0, n = table.size(); i < n; i++) {
                        if (table.featureCode(i).equals("PPLA") && !table.countryCode(i).isEmpty()
                                && !table.admin1Code(i).isEmpty()) {
                            seats.merge(table.countryCode(i) + "|" + table.admin1Code(i), table.peek(i),
                                    (a, b) -> a.population() >= b.population() ? a : b);
                        }
                    }
                    regionalSeats = seats;
                }
            }
        }
        return seats;
    }

    /**
     * The seat of the first-level division {@code region} ("the Borno state capital": Maiduguri; "the city of Nabatieh":
     * Nabatîyé et Tahta, which GeoNames does not call Nabatieh): the most populous PPLA that GeoNames files under the
     * region's country and admin-1 code, when it lies within {@value #MAX_SEAT_KM} km of the region's point or inside the
     * region's outline (Natural Earth's codes do not match GeoNames' in every country; the seat of a vast state lies far
     * from its middle: Manaus, 435 km from the Amazonas label point); null otherwise. The first call walks every place
     * once (thread-safe); later calls are a map lookup.
     */
    public Place regionalSeat(Place region) {
        if (region == null || region.kind() != PlaceKind.ADMIN_REGION || region.admin1Code().isEmpty()
                || region.point() == null) {
            return null;
        }
        Place seat = regionalSeats().get(region.countryCode() + "|" + region.admin1Code());
        if (seat == null) {
            return null;
        }
        return org.placemap.distance.Geodesy.distanceMetres(seat.point(), region.point()) / 1_000.0 <= MAX_SEAT_KM
                || areasAt(seat.point()).stream().anyMatch(a -> a.id().equals(region.id())) ? seat : null;
    }

    /**
     * The entries of the given kinds, in load order. The kind is read from the index's columns, so only the
     * places returned are made into records (a walk over {@link #places()} makes a record of each of the
     * 229,000 entries, reading their ids and names through the memory-mapped index): for the few thousand
     * countries, capitals, seas or bases a component needs at start. Not kept: each call walks the kinds again.
     */
    public List<Place> places(Set<PlaceKind> kinds) {
        PlaceTable table = index.places;
        List<Place> out = new ArrayList<>();
        for (int i = 0, n = table.size(); i < n; i++) {
            if (kinds.contains(table.kind(i))) {
                out.add(table.peek(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Every entry, in load order: a view that makes each record as it is read (without keeping records that
     * lookups have not made; see {@code PlaceTable}), so a walk over all places costs time, not memory.
     */
    public List<Place> places() {
        PlaceTable table = index.places;
        return new java.util.AbstractList<>() {
            @Override
            public Place get(int i) {
                return table.peek(i);
            }

            @Override
            public int size() {
                return table.size();
            }
        };
    }

    /** Number of entries. */
    public int size() {
        return index.places.size();
    }

    /** Largest number of words in any indexed name (bounds the n-gram window of recognition). */
    public int maxNameWords() {
        return index.maxNameWords;
    }

    int exactKeyCount() {
        return index.exact.size();
    }

    int variantKeyCount() {
        return index.variant.size();
    }

    Index index() {
        return index;
    }
}
