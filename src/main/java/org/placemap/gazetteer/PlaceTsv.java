package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.placemap.distance.GeoPoint;

/**
 * The derived gazetteer format: GeoNames-like UTF-8 TSV, gzip-compressed, one place per line, lines
 * starting with {@code #} are comments. Columns (see {@link #COLUMNS}): id, name, alternatenames
 * (comma-separated), latitude, longitude (decimal degrees, WGS84), kind ({@link PlaceKind} name),
 * feature class, feature code, country code, admin1 code, population, area in km² (0 when unknown; a
 * file of the earlier 11-column layout reads as all unknown).
 *
 * <p>Written by {@link GazetteerBuilder}; read by {@link Gazetteer#load}. Any malformed line in a derived
 * file is an error (the file is ours), unlike source files, whose bad rows are skipped and reported.
 */
final class PlaceTsv {

    static final List<String> COLUMNS = List.of("id", "name", "alternatenames", "latitude", "longitude",
            "kind", "feature_class", "feature_code", "country_code", "admin1_code", "population", "area_km2");
    static final String FILE_GLOB = "places*.tsv.gz";

    private PlaceTsv() {}

    /** The places of the derived files and the area of each, km² (0 when unknown). */
    record Rows(List<Place> places, double[] areaKm2) {}

    /** The {@value #FILE_GLOB} files in {@code dir}, in file-name order (the order they are read in). */
    static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, FILE_GLOB)) {
            ds.forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new IOException("no " + FILE_GLOB + " files in " + dir.toAbsolutePath());
        }
        files.sort(null);
        return files;
    }

    /** Reads every {@value #FILE_GLOB} file in {@code dir}, in file-name order. */
    static Rows readAll(Path dir) throws IOException {
        List<Place> places = new ArrayList<>(300_000);
        double[][] area = {new double[300_000]};
        Map<String, String> shared = new HashMap<>();
        for (Path f : files(dir)) {
            read(f, places, area, shared);
        }
        return new Rows(places, Arrays.copyOf(area[0], places.size()));
    }

    /** {@code area[0]} grows as needed; entry i of it is the area of {@code into.get(i)}. */
    static void read(Path file, List<Place> into, double[][] area, Map<String, String> shared) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int lineNo = 0;
            String[] f = new String[COLUMNS.size()];
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                try {
                    int at = into.size();
                    if (at == area[0].length) {
                        area[0] = Arrays.copyOf(area[0], at * 2 + 16);
                    }
                    area[0][at] = parse(line, f, shared, into);
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": malformed gazetteer row: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Adds the row's place to {@code into}; returns its area. */
    private static double parse(String line, String[] f, Map<String, String> shared, List<Place> into) {
        int n = Tsv.split(line, '\t', f);
        if (n != f.length && n != f.length - 1) {
            throw new IllegalArgumentException("expected " + f.length + " columns, found " + n);
        }
        List<String> alternates = f[2].isEmpty() ? List.of() : List.of(f[2].split(","));
        into.add(new Place(f[0], f[1], alternates,
                new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])),
                PlaceKind.valueOf(f[5]),
                share(shared, f[6]), share(shared, f[7]), share(shared, f[8]), share(shared, f[9]),
                f[10].isEmpty() ? 0L : Long.parseLong(f[10])));
        double area = n < f.length || f[11].isEmpty() ? 0 : Double.parseDouble(f[11]);
        if (!(area >= 0)) {
            throw new IllegalArgumentException("area is negative or not a number: " + f[11]);
        }
        return area;
    }

    /** Country, admin and feature codes repeat hundreds of thousands of times; keep one copy each. */
    private static String share(Map<String, String> shared, String s) {
        String prior = shared.putIfAbsent(s, s);
        return prior == null ? s : prior;
    }

    /** Writes {@code places}; {@code areaKm2} gives each id's area (0 when unknown), written rounded to km². */
    static void write(Path file, String comment, List<Place> places, java.util.function.ToDoubleFunction<String> areaKm2)
            throws IOException {
        try (Out out = new Out(file, comment)) {
            for (Place p : places) {
                out.add(p, areaKm2.applyAsDouble(p.id()));
            }
        }
    }

    /** Writes one file row by row, for sources too large to hold in memory (GeoNames allCountries). */
    static final class Out implements java.io.Closeable {
        private final Writer w;
        private final StringBuilder sb = new StringBuilder(256);
        private int rows;

        Out(Path file, String comment) throws IOException {
            w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            w.write("# " + comment + "\n");
            w.write("#" + String.join("\t", COLUMNS) + "\n");
        }

        void add(Place p, double areaKm2) throws IOException {
            sb.setLength(0);
            sb.append(clean(p.id())).append('\t').append(clean(p.name())).append('\t');
            for (int i = 0; i < p.alternateNames().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(cleanName(p.alternateNames().get(i)));
            }
            sb.append('\t').append(coordinate(p.point().latitudeDeg()))
                    .append('\t').append(coordinate(p.point().longitudeDeg()))
                    .append('\t').append(p.kind().name())
                    .append('\t').append(clean(p.featureClass()))
                    .append('\t').append(clean(p.featureCode()))
                    .append('\t').append(clean(p.countryCode()))
                    .append('\t').append(clean(p.admin1Code()))
                    .append('\t').append(p.population())
                    .append('\t').append(Math.round(areaKm2)).append('\n');
            w.write(sb.toString());
            rows++;
        }

        int rows() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }

    /** Five decimals is about 1 m, the precision of GeoNames itself. */
    static String coordinate(double deg) {
        String s = new java.math.BigDecimal(deg).setScale(5, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Alternate names are comma-separated, so a comma inside one becomes a space. */
    static String cleanName(String s) {
        return clean(s).replace(',', ' ').strip();
    }
}
