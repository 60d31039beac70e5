package org.placemap.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "flat" gold and system-output format of EUPEG and Gritta et al.: line i holds the toponyms of the
 * i-th document, each {@code Name,,SurfaceText,,lat,,lon,,start,,end||} (LGL's gold adds a seventh
 * field, a bounding-box area, which is ignored). Empty {@code lat}/{@code lon} mean "no coordinates".
 *
 * <h2>Limitations</h2>
 * A name or surface text containing {@code ",,"} or {@code "||"} cannot be represented; {@link #format}
 * replaces such sequences by a single comma or bar.
 */
public final class FlatFormat {

    private static final String ENTRY_END = "||";
    private static final String FIELD = ",,";

    private FlatFormat() {}

    /** Every line of {@code file}, as the toponyms of one document each. */
    public static List<List<Toponym>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<List<Toponym>> docs = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            try {
                docs.add(parseLine(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IOException(file.getFileName() + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return docs;
    }

    /** The toponyms of one line, in file order. */
    public static List<Toponym> parseLine(String line) {
        List<Toponym> out = new ArrayList<>();
        int from = 0;
        while (from < line.length()) {
            int end = line.indexOf(ENTRY_END, from);
            String entry = end < 0 ? line.substring(from) : line.substring(from, end);
            if (!entry.isBlank()) {
                out.add(parseEntry(entry));
            }
            from = end < 0 ? line.length() : end + ENTRY_END.length();
        }
        return out;
    }

    static Toponym parseEntry(String entry) {
        String[] f = entry.split(FIELD, -1);
        if (f.length != 6 && f.length != 7) {
            throw new IllegalArgumentException("expected 6 or 7 fields separated by ',,', got " + f.length + ": " + entry);
        }
        try {
            double lat = coordinate(f[2]);
            double lon = coordinate(f[3]);
            if (Double.isNaN(lat) != Double.isNaN(lon)) {
                lat = Double.NaN;
                lon = Double.NaN;
            }
            return new Toponym(Integer.parseInt(f[4].strip()), Integer.parseInt(f[5].strip()), f[1], f[0], lat, lon);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in: " + entry, e);
        }
    }

    private static double coordinate(String field) {
        String s = field.strip();
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** One document's toponyms as a flat line (no line break). */
    public static String format(List<Toponym> toponyms) {
        StringBuilder sb = new StringBuilder();
        for (Toponym t : toponyms) {
            sb.append(clean(t.name())).append(FIELD).append(clean(t.text())).append(FIELD);
            if (t.hasPoint()) {
                sb.append(String.format(Locale.ROOT, "%.5f", t.latitudeDeg())).append(FIELD)
                        .append(String.format(Locale.ROOT, "%.5f", t.longitudeDeg()));
            } else {
                sb.append(FIELD);
            }
            sb.append(FIELD).append(t.start()).append(FIELD).append(t.end()).append(ENTRY_END);
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replace("\n", " ").replace("||", "|").replace(",,", ",");
    }
}
