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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code geodata/outlines.tsv.gz}: the simplified polygon of every area entry that has one. gzip UTF-8
 * TSV, {@code #} comment lines, one entry per line with the columns {@link #COLUMNS}: the entry's id (as
 * in the places files), its bounding box (south, west, north, east; degrees, 5 decimals, rounded
 * outwards so that it holds every decoded point), its area in
 * km² (of the unsimplified source polygons, rounded) and its geometry: polygons separated by {@code ;},
 * the rings of one polygon by a space (outer ring first, then holes), each ring a closed
 * {@link Polyline} (Google encoded polyline, precision 5).
 */
final class OutlineTsv {

    static final String FILE = "outlines.tsv.gz";
    static final List<String> COLUMNS = List.of("id", "south", "west", "north", "east", "area_km2", "polygons");

    /** One parsed line. */
    record Row(String id, BoundingBox bounds, double areaKm2, String[][] rings) {}

    @FunctionalInterface
    interface RowConsumer {
        void accept(Row row);
    }

    private OutlineTsv() {}

    static void write(Path file, Map<String, Shape> shapes) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("# placemap area outlines; format, sources and licences: README.md\n");
            w.write("#" + String.join("\t", COLUMNS) + "\n");
            for (Map.Entry<String, Shape> e : shapes.entrySet()) {
                Shape s = e.getValue();
                BoundingBox b = s.bounds();
                StringBuilder sb = new StringBuilder(64 + s.pointCount() * 6);
                sb.append(PlaceTsv.clean(e.getKey()))
                        .append('\t').append(PlaceTsv.coordinate(Math.max(-90, Math.floor(b.southDeg() * 1e5) / 1e5)))
                        .append('\t').append(PlaceTsv.coordinate(Math.max(-180, Math.floor(b.westDeg() * 1e5) / 1e5)))
                        .append('\t').append(PlaceTsv.coordinate(Math.min(90, Math.ceil(b.northDeg() * 1e5) / 1e5)))
                        .append('\t').append(PlaceTsv.coordinate(Math.min(180, Math.ceil(b.eastDeg() * 1e5) / 1e5)))
                        .append('\t').append(Math.round(s.areaKm2()))
                        .append('\t');
                for (int p = 0; p < s.polygons().size(); p++) {
                    if (p > 0) {
                        sb.append(';');
                    }
                    double[][][] polygon = s.polygons().get(p);
                    for (int r = 0; r < polygon.length; r++) {
                        if (r > 0) {
                            sb.append(' ');
                        }
                        sb.append(Polyline.encode(polygon[r]));
                    }
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
    }

    /**
     * Reads every row; {@code rings[p][r]} is ring r of polygon p, still encoded.
     *
     * @throws IOException with {@code file:line} on a malformed row (the file is ours: any error is a bug)
     */
    static void read(Path file, RowConsumer each) throws IOException {
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
                    int n = Tsv.split(line, '\t', f);
                    if (n != f.length) {
                        throw new IllegalArgumentException("expected " + f.length + " columns, found " + n);
                    }
                    String[] polygons = f[6].split(";");
                    String[][] rings = new String[polygons.length][];
                    for (int p = 0; p < polygons.length; p++) {
                        rings[p] = polygons[p].split(" ");
                    }
                    each.accept(new Row(f[0], new BoundingBox(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4])), Double.parseDouble(f[5]), rings));
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + lineNo + ": malformed outline row: " + e.getMessage(), e);
                }
            }
        }
    }
}
