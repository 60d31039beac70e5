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
 * Countries: identity, name and population from GeoNames {@code countryInfo.txt}; representative point
 * and common alternate names from the Natural Earth admin-0 layer, matched by ISO code. A country that
 * Natural Earth lacks (tiny or obsolete entries) is placed at its capital from the populated places;
 * one with neither is reported and left out.
 */
final class CountrySource {

    /** Natural Earth properties that hold English names of the country itself (not its sovereign). */
    private static final List<String> NAME_PROPERTIES =
            List.of("NAME", "NAME_LONG", "ADMIN", "BRK_NAME", "NAME_CIAWF", "FORMAL_EN", "NAME_ALT", "GEOUNIT");

    private record NeCountry(Map<String, Object> properties, GeoPoint point) {}

    private CountrySource() {}

    static List<Place> read(Path countryInfo, Path neCountries, List<Place> populatedPlaces,
                            SourceLog infoLog, SourceLog neLog) throws IOException {
        Map<String, NeCountry> byCode = readNaturalEarth(neCountries, neLog);
        Map<String, GeoPoint> capitals = capitals(populatedPlaces);
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
                try {
                    population = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
                } catch (NumberFormatException e) {
                    infoLog.bad(lineNo, "population is not a number: '" + f[7] + "'");
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
                out.add(new Place("geonames:" + f[16], f[4].strip(), Names.alternates(f[4], spellings), point,
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
                    country = new NeCountry(props, Geometry.representativePoint(feature.get("geometry")));
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

    private static Map<String, GeoPoint> capitals(List<Place> populatedPlaces) {
        Map<String, GeoPoint> capitals = new HashMap<>();
        for (Place p : populatedPlaces) {
            if (p.kind() == PlaceKind.CAPITAL) {
                capitals.putIfAbsent(p.countryCode(), p.point());
            }
        }
        return capitals;
    }
}
