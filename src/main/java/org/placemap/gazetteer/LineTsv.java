package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code geodata/lines.tsv.gz}: land borders and coastlines ({@link LineSource}). gzip UTF-8 TSV, {@code #}
 * comment lines, one line per row with the columns {@link #COLUMNS}: {@code border} or {@code coast}; the
 * ISO 3166-1 alpha-2 codes of the countries it belongs to, comma-separated (a border's two sides, a
 * coast's country; empty when none); the points as a {@link Polyline} (precision 5, about 1 m).
 */
final class LineTsv {

    static final String FILE = "lines.tsv.gz";
    static final List<String> COLUMNS = List.of("kind", "countries", "points");

    /** One line: its kind, its countries' ISO codes and its points ({@code [i] = {lon, lat}}). */
    record Line(LineKind kind, List<String> countryCodes, double[][] points) {}

    private LineTsv() {}

    static void write(Path file, List<Line> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("# placemap borders and coastlines; format, sources and licences: README.md\n");
            w.write("#" + String.join("\t", COLUMNS) + "\n");
            for (Line l : lines) {
                w.write(l.kind().word());
                w.write('\t');
                w.write(String.join(",", l.countryCodes()));
                w.write('\t');
                w.write(Polyline.encode(l.points()));
                w.write('\n');
            }
        }
    }

    /**
     * The countries that share a land border, by ISO code, from the {@code border} rows' country columns alone (the
     * points are not decoded, so this reads the file in a fraction of the time {@link #read} takes): symmetric, and a
     * country without land borders has no entry.
     *
     * @throws IOException with file and line number when a row is malformed
     */
    static Map<String, Set<String>> neighbours(Path file) throws IOException {
        Map<String, Set<String>> pairs = new HashMap<>();
        forEachRow(file, row -> {
            int tab = row.indexOf('\t');
            if (!(tab < 0 ? row : row.substring(0, tab)).equals(LineKind.BORDER.word())) {
                return;
            }
            int to = tab < 0 ? -1 : row.indexOf('\t', tab + 1);
            if (to < 0) {
                throw new IllegalArgumentException(COLUMNS.size() + " columns expected");
            }
            String[] codes = row.substring(tab + 1, to).split(",");
            if (codes.length == 2 && !codes[0].isEmpty() && !codes[1].isEmpty()) {
                pairs.computeIfAbsent(codes[0], k -> new HashSet<>()).add(codes[1]);
            }
        });
        return symmetric(pairs);
    }

    /**
     * {@code pairs} (a country's code → codes it borders) made symmetric and immutable, a code never its own
     * neighbour: the form {@link Gazetteer#neighbours} answers from, whether read from the file or given in memory.
     */
    static Map<String, Set<String>> symmetric(Map<String, ? extends Collection<String>> pairs) {
        Map<String, Set<String>> both = new HashMap<>();
        pairs.forEach((a, bs) -> bs.forEach(b -> {
            if (!a.equals(b)) {
                both.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                both.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        }));
        Map<String, Set<String>> frozen = new HashMap<>();
        both.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /**
     * Calls {@code each} with every row.
     *
     * @throws IOException with file and line number when a row is malformed
     */
    static void read(Path file, Consumer<Line> each) throws IOException {
        forEachRow(file, row -> {
            String[] f = row.split("\t", -1);
            if (f.length != COLUMNS.size()) {
                throw new IllegalArgumentException(f.length + " columns, " + COLUMNS.size() + " expected");
            }
            LineKind kind = LineKind.valueOf(f[0].toUpperCase(java.util.Locale.ROOT));
            List<String> codes = f[1].isEmpty() ? List.of() : Arrays.asList(f[1].split(","));
            double[] flat = new double[2 * Polyline.pointCount(f[2])];
            int n = Polyline.decode(f[2], flat, 0);
            if (n < 2) {
                throw new IllegalArgumentException("a line needs two points");
            }
            double[][] points = new double[n][];
            for (int i = 0; i < n; i++) {
                points[i] = new double[] {flat[2 * i], flat[2 * i + 1]};
            }
            each.accept(new Line(kind, List.copyOf(codes), points));
        });
    }

    /**
     * Calls {@code each} with every row of the gzip file that is neither empty nor a {@code #} comment; an {@link
     * IllegalArgumentException} from {@code each} becomes an {@link IOException} naming the file and line.
     */
    private static void forEachRow(Path file, Consumer<String> each) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String row;
            long lineNo = 0;
            while ((row = r.readLine()) != null) {
                lineNo++;
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                try {
                    each.accept(row);
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
