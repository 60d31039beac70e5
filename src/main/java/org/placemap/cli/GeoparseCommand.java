package org.placemap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.placemap.claims.ClaimExtractor;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Endpoint;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.corpus.LoadProblem;
import org.placemap.corpus.LoadResult;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code geoparse [--format jsonl|geojson] [--geodata DIR] PATH...}: the place mentions of each article.
 * A PATH is a text file or a directory, whose {@code .txt} files are read in name order (not recursively).
 *
 * <p><b>jsonl</b> (default): one JSON object per article and line,
 * <pre>{"source": PATH, "mentions": [{"text", "start", "end", "form": "name"|"demonym", "resolved",
 *   "id", "name", "kind", "countryCode", "lat", "lon", "confidence",
 *   "alternatives": [{"id", "name", "lat", "lon", "score"}]}],
 *  "distanceClaims": [{"text", "start", "end", "from": ENDPOINT, "to": ENDPOINT, "citedValue",
 *   "citedValueHigh", "citedUnit", "citedKm", "hedge", "hedgeText", "measuredKm", "deviationPercent",
 *   "verdict", "reason"}]}
 * ENDPOINT = {"text", "start", "end", "id", "name", "lat", "lon"}</pre>
 * Offsets are 0-based, end-exclusive UTF-16 code units of the file decoded as UTF-8; mentions are in text
 * order; an unresolved mention has {@code "resolved": false}, nulls for the place fields, confidence 0 and
 * no alternatives. A claim's {@code citedValueHigh} equals {@code citedValue} unless a range was cited;
 * {@code citedUnit} is "km", "mi" or "nmi" (null when the article gives none, and then {@code citedKm} is
 * null too); {@code hedge} is none, about, nearly, more than, less than or within; {@code verdict} is
 * consistent, inconsistent or unverifiable, with {@code reason} one line on why; {@code measuredKm} and
 * {@code deviationPercent} are null when the claim is not measured. An unresolved endpoint has null
 * {@code id}, {@code lat} and {@code lon}, and its {@code name} is the name as written.
 *
 * <p><b>geojson</b>: one FeatureCollection of every resolved mention of every article, each a Point
 * feature ({@code [lon, lat]}) whose properties are {@code source}, the mention fields above except
 * {@code lat}, {@code lon} and {@code alternatives}.
 *
 * <p>A file that cannot be read (missing, empty, binary, not UTF-8) gives one line on stderr naming it and
 * the reason; the others are still printed, and the exit status is 1. This output is a contract other tools
 * read: keep it stable.
 */
final class GeoparseCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USAGE = "usage: geoparse [--format jsonl|geojson] [--geodata DIR] PATH...";

    private GeoparseCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        String format = "jsonl";
        Path geodata = Gazetteer.defaultGeodataDir();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--format") || a.equals("--geodata")) {
                if (i + 1 >= args.length) {
                    err.println("geoparse: " + a + " needs a value");
                    err.println(USAGE);
                    return 2;
                }
                String v = args[++i];
                if (a.equals("--geodata")) {
                    geodata = Path.of(v);
                } else if (v.equals("jsonl") || v.equals("geojson")) {
                    format = v;
                } else {
                    err.println("geoparse: --format takes jsonl or geojson, got " + v);
                    err.println(USAGE);
                    return 2;
                }
            } else if (a.startsWith("--")) {
                err.println("geoparse: unknown option " + a);
                err.println(USAGE);
                return 2;
            } else {
                paths.add(a);
            }
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        GeoParser parser;
        ClaimExtractor claims;
        try {
            Gazetteer gazetteer = Gazetteer.load(geodata);
            parser = new GeoParser(gazetteer);
            claims = new ClaimExtractor(gazetteer);
        } catch (IOException | RuntimeException e) {
            err.println("geoparse: cannot read the gazetteer in " + geodata.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        boolean geojson = format.equals("geojson");
        ArrayNode features = JSON.createArrayNode();
        int status = 0;
        CorpusLoader loader = new CorpusLoader();
        for (String p : paths) {
            for (Path file : files(Path.of(p), err)) {
                ParsedArticle parsed = parse(loader, parser, file, err);
                if (parsed == null) {
                    status = 1;
                } else if (geojson) {
                    addFeatures(features, file.toString(), parsed);
                } else {
                    out.println(JSON.writeValueAsString(document(file.toString(), parsed, claimsOf(claims, parsed, file, err))));
                }
            }
            if (!Files.exists(Path.of(p))) {
                status = 1;
            }
        }
        if (geojson) {
            ObjectNode collection = JSON.createObjectNode();
            collection.put("type", "FeatureCollection");
            collection.set("features", features);
            out.println(JSON.writeValueAsString(collection));
        }
        return status;
    }

    /** The file itself, or a directory's .txt files by name; a missing path is reported and skipped. */
    private static List<Path> files(Path path, PrintStream err) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> entries = Files.list(path)) {
                return entries.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                        .filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                err.println("geoparse: " + path + ": cannot list directory: " + e.getMessage());
                return List.of();
            }
        }
        if (!Files.exists(path)) {
            err.println("geoparse: " + path + ": no such file or directory");
            return List.of();
        }
        return List.of(path);
    }

    private static ParsedArticle parse(CorpusLoader loader, GeoParser parser, Path file, PrintStream err) {
        try {
            LoadResult loaded = loader.load(file);
            for (LoadProblem problem : loaded.problems()) {
                err.println("geoparse: " + file + ": " + problem.reason());
            }
            if (loaded.articles().isEmpty()) {
                return null;
            }
            Article article = loaded.articles().get(0);
            return parser.parse(article);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug or a text too large for the heap: one line for this file, the others still parse
            err.println("geoparse: " + file + ": cannot parse: " + e);
            return null;
        }
    }

    /** The article's distance claims; a failure there is reported and leaves the mentions printed. */
    private static List<DistanceClaim> claimsOf(ClaimExtractor claims, ParsedArticle parsed, Path file, PrintStream err) {
        try {
            return claims.extract(parsed);
        } catch (RuntimeException | StackOverflowError e) {
            err.println("geoparse: " + file + ": distance claims skipped: " + e);
            return List.of();
        }
    }

    static ObjectNode document(String source, ParsedArticle parsed, List<DistanceClaim> distanceClaims) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("source", source);
        ArrayNode mentions = doc.putArray("mentions");
        for (Mention m : parsed.mentions()) {
            ObjectNode o = mentions.addObject();
            putMention(o, m);
            Place p = m.place();
            if (p == null) {
                o.putNull("lat");
                o.putNull("lon");
            } else {
                o.put("lat", p.point().latitudeDeg());
                o.put("lon", p.point().longitudeDeg());
            }
            o.put("confidence", m.confidence());
            ArrayNode alternatives = o.putArray("alternatives");
            if (p != null) {
                for (Candidate c : m.alternatives()) {
                    ObjectNode a = alternatives.addObject();
                    a.put("id", c.place().id());
                    a.put("name", c.place().name());
                    a.put("lat", c.place().point().latitudeDeg());
                    a.put("lon", c.place().point().longitudeDeg());
                    a.put("score", c.score());
                }
            }
        }
        ArrayNode claims = doc.putArray("distanceClaims");
        for (DistanceClaim c : distanceClaims) {
            ObjectNode o = claims.addObject();
            o.put("text", c.text());
            o.put("start", c.start());
            o.put("end", c.end());
            putEndpoint(o.putObject("from"), c.from());
            putEndpoint(o.putObject("to"), c.to());
            o.put("citedValue", c.citedValue());
            o.put("citedValueHigh", c.citedValueHigh());
            if (c.citedUnit() == null) {
                o.putNull("citedUnit");
            } else {
                o.put("citedUnit", c.citedUnit().symbol());
            }
            putNullable(o, "citedKm", c.citedKm());
            o.put("hedge", c.hedge().label());
            o.put("hedgeText", c.hedgeText());
            putNullable(o, "measuredKm", c.measuredKm());
            putNullable(o, "deviationPercent", c.deviationPercent());
            o.put("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
            o.put("reason", c.reason());
        }
        return doc;
    }

    /** {"text", "start", "end", "id", "name", "lat", "lon"}: id, lat and lon null when unresolved, name then as written. */
    private static void putEndpoint(ObjectNode o, Endpoint e) {
        o.put("text", e.name());
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("id", e.placeId());
        o.put("name", e.displayName());
        o.put("kind", e.kindWord());
        if (e.isResolved()) {
            o.put("lat", e.point().latitudeDeg());
            o.put("lon", e.point().longitudeDeg());
        } else {
            o.putNull("lat");
            o.putNull("lon");
        }
    }

    private static void putNullable(ObjectNode o, String field, Double value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value.doubleValue());
        }
    }

    private static void putMention(ObjectNode o, Mention m) {
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("form", m.form().name().toLowerCase(java.util.Locale.ROOT));
        o.put("resolved", m.isResolved());
        Place p = m.place();
        if (p == null) {
            o.putNull("id");
            o.putNull("name");
            o.putNull("kind");
            o.putNull("countryCode");
        } else {
            o.put("id", p.id());
            o.put("name", p.name());
            o.put("kind", p.kind().name());
            o.put("countryCode", p.countryCode());
        }
    }

    private static void addFeatures(ArrayNode features, String source, ParsedArticle parsed) {
        for (Mention m : parsed.resolvedMentions()) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode geometry = f.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(m.place().point().longitudeDeg()).add(m.place().point().latitudeDeg());
            ObjectNode props = f.putObject("properties");
            props.put("source", source);
            putMention(props, m);
            props.put("confidence", m.confidence());
        }
    }
}
