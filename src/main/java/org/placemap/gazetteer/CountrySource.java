package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.placemap.distance.GeoPoint;

/**
 * Countries: identity, name, area and population from GeoNames {@code countryInfo.txt}; outline and
 * common alternate names from the Natural Earth admin-0 layer, matched by ISO code.
 *
 * <p>The point is the area centroid of the country's largest Natural Earth polygon (or, when that
 * falls outside it, a point inside it: {@link Geometry#representativePoint}); else the capital from the
 * populated places. A country with neither is reported and left out. GeoNames' own point of the
 * country feature (China 35 N 105 E), which the published evaluations use, would be preferable, but
 * the GeoNames files in the sources hold no country features; measured against the GeoNames country
 * points in the development corpora's gold annotations, the centroid is a median 61 km away and within
 * 161 km for 97 of 128 countries (EVALUATION.md).
 *
 * <p>Each country also gets the capitalised abbreviations of its names ({@link #abbreviations}) and
 * the short and former English names news uses ({@value #SHORT_NAMES}: Britain, Holland, Burma).
 */
final class CountrySource {

    /** Natural Earth properties that hold English names of the country itself (not its sovereign). */
    private static final List<String> NAME_PROPERTIES =
            List.of("NAME", "NAME_LONG", "ADMIN", "BRK_NAME", "NAME_CIAWF", "FORMAL_EN", "NAME_ALT", "GEOUNIT");

    private record NeCountry(Map<String, Object> properties, GeoPoint point, Object geometry) {}

    /** Words that do not give a letter to an abbreviation. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "the", "and", "de", "da", "du", "del", "la", "le", "et");

    /** Classpath resource: ISO code, comma-separated English short and former names (sources in its header). */
    static final String SHORT_NAMES = "country-short-names.tsv";

    private CountrySource() {}

    /** ISO code → short and former names, from {@value #SHORT_NAMES}. */
    static Map<String, List<String>> shortNames() {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] f : resourceRows(SHORT_NAMES)) {
            out.put(f[0], List.of(f[1].split(",")));
        }
        return out;
    }

    /** The tab-separated rows of a resource next to this class, comments left out. */
    private static List<String[]> resourceRows(String name) {
        try (java.io.InputStream in = CountrySource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + name);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param capitals country code → position of its capital (GeoNames PPLC), for countries Natural Earth lacks
     * @param shapes   receives each country's outline under its id
     * @param areaKm2  receives each country's area (countryInfo) under its id
     */
    static List<Place> read(Path countryInfo, Path neCountries, Map<String, GeoPoint> capitals,
                            SourceLog infoLog, SourceLog neLog, Map<String, Shape> shapes,
                            Map<String, Double> areaKm2) throws IOException {
        Map<String, NeCountry> byCode = readNaturalEarth(neCountries, neLog);
        Map<String, List<String>> shortNames = shortNames();
        List<Place> out = new ArrayList<>();
        try (BufferedReader r = GeoNamesSource.open(countryInfo)) {
            String line;
            long lineNo = 0;
            String[] f = new String[19];
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                infoLog.row();
                int n = Tsv.split(line, '\t', f);
                if (n < 17 || !f[0].matches("[A-Z]{2}") || !f[16].matches("[1-9][0-9]*") || f[4].isBlank()) {
                    infoLog.bad(lineNo, "not a countryInfo row (ISO code, name, geonameid expected; " + n + " columns)");
                    continue;
                }
                long population;
                double area;
                try {
                    population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
                    area = f[6].isEmpty() ? 0 : Double.parseDouble(f[6]);
                } catch (NumberFormatException e) {
                    infoLog.bad(lineNo, "population or area is not a number: '" + f[7] + "', '" + f[6] + "'");
                    continue;
                }
                NeCountry ne = byCode.getOrDefault(f[0], byCode.get(f[1]));
                GeoPoint point = ne != null ? ne.point() : capitals.get(f[0]);
                if (point == null) {
                    infoLog.skipped(lineNo, f[0] + " " + f[4] + ": no Natural Earth outline and no capital to place it");
                    continue;
                }
                List<String> spellings = new ArrayList<>();
                if (ne != null) {
                    for (String p : NAME_PROPERTIES) {
                        if (ne.properties().get(p) instanceof String s && !s.equals("-99")) {
                            spellings.add(s);
                        }
                    }
                }
                spellings.addAll(shortNames.getOrDefault(f[0], List.of()));
                List<String> alternates = new ArrayList<>(Names.alternates(f[4], spellings));
                List<String> names = new ArrayList<>(spellings);
                names.add(0, f[4].strip());
                for (String a : abbreviations(names, f[0], f[9])) {
                    if (!alternates.contains(a)) {
                        alternates.add(a);
                    }
                }
                String id = "geonames:" + f[16];
                if (ne != null) {
                    try {
                        shapes.put(id, Shape.of(ne.geometry()));
                    } catch (IllegalArgumentException e) {
                        infoLog.skipped(lineNo, f[0] + ": Natural Earth outline unusable: " + e.getMessage());
                    }
                }
                if (area > 0) {
                    areaKm2.put(id, area);
                }
                out.add(new Place(id, f[4].strip(), alternates, point,
                        PlaceKind.COUNTRY, "A", featureCode(ne), f[0], "", population));
                infoLog.accepted();
            }
        }
        return out;
    }

    private static String featureCode(NeCountry ne) {
        if (ne == null) {
            return "PCL";
        }
        return switch (String.valueOf(ne.properties().get("TYPE"))) {
            case "Sovereign country", "Country" -> "PCLI";
            case "Dependency", "Lease" -> "PCLD";
            default -> "PCL";
        };
    }

    /** Keyed by ISO alpha-2 and alpha-3; Natural Earth writes -99 where ISO has no code (France, Norway in some editions). */
    private static Map<String, NeCountry> readNaturalEarth(Path file, SourceLog log) throws IOException {
        Map<String, NeCountry> byCode = new HashMap<>();
        try (BufferedReader r = GeoNamesSource.open(file)) {
            MiniJson.forEachFeature(r, feature -> {
                log.row();
                if (!(feature.get("properties") instanceof Map<?, ?> raw)) {
                    log.badFeature(log.rows(), "feature without properties");
                    return;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> props = (Map<String, Object>) raw;
                NeCountry country;
                try {
                    country = new NeCountry(props, Geometry.representativePoint(feature.get("geometry")),
                            feature.get("geometry"));
                } catch (IllegalArgumentException e) {
                    log.badFeature(log.rows(), "feature " + props.get("NAME") + ": " + e.getMessage());
                    return;
                }
                log.accepted();
                for (String key : List.of("ISO_A2", "ISO_A3", "ISO_A3_EH", "ADM0_A3")) {
                    if (props.get(key) instanceof String code && !code.startsWith("-")) {
                        byCode.putIfAbsent(code, country);
                    }
                }
            });
        }
        return byCode;
    }

    /**
     * The abbreviations news writes for a country: the initials of each of its names of two or more
     * words (function words such as "of" and "the" give none), capitalised: United States → US, United
     * States of America → USA, United Kingdom → UK, United Arab Emirates → UAE, Democratic Republic of the
     * Congo → DRC. Two letters are too often something else (DR, SA, CR), so two-letter initials count
     * only when they are the country's ISO 3166 code or internet domain (US, NZ, and UK from ".uk").
     * Names with punctuation other than hyphens and apostrophes are skipped.
     */
    static List<String> abbreviations(List<String> names, String iso2, String tld) {
        String domain = tld == null ? "" : tld.replace(".", "").strip().toUpperCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (name == null || !name.matches("[\\p{L}' -]+")) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            boolean proper = true;
            for (String word : name.strip().split("[ -]+")) {
                if (word.isEmpty() || FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                char c = word.charAt(0);
                proper &= Character.isUpperCase(c);
                initials.append(NameNormalizer.fold(String.valueOf(c)).toUpperCase(java.util.Locale.ROOT));
            }
            String a = initials.toString();
            boolean accepted = proper && a.matches("[A-Z]{2,5}")
                    && (a.length() > 2 || a.equals(iso2) || a.equals(domain));
            if (accepted && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Country code → position of its capital, from GeoNames PPLC rows. */
    static Map<String, GeoPoint> capitals(List<Place> populatedPlaces) {
        Map<String, GeoPoint> capitals = new HashMap<>();
        for (Place p : populatedPlaces) {
            if (p.kind() == PlaceKind.CAPITAL) {
                capitals.putIfAbsent(p.countryCode(), p.point());
            }
        }
        return capitals;
    }
}
