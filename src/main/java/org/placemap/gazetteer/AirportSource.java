package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.placemap.distance.GeoPoint;

/**
 * OurAirports {@code airports.csv}: military air bases of any size (name or keywords say so) as
 * AIR_BASE, other medium and large airports as AIRPORT; heliports, small civil strips and closed
 * fields are left out.
 *
 * <p>News calls a base by its bare name ("Hmeimim", "Kuweires"), so an air base also gets every
 * name and keyword with its facility phrase taken off as an alternate name. Airports do not: their
 * bare name is usually the city's, which the city entry already answers.
 */
final class AirportSource {

    private static final Pattern MILITARY = Pattern.compile(
            "\\b(air ?base|air force|afb|military|naval air|army air|air station|base a[ée]rienne|luftwaffe)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern FACILITY_SUFFIX = Pattern.compile(
            "[\\s-]+(international |regional |military |army |municipal )?"
                    + "(airport|air ?base|air force base|air force station|air station|air ?field|afb|heliport)\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FACILITY_PREFIX = Pattern.compile(
            "^(naval air station|marine corps air station|air force base|air base|base a[ée]rienne)[\\s-]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> REQUIRED = List.of(
            "ident", "type", "name", "latitude_deg", "longitude_deg", "iso_country", "iso_region", "keywords");

    private AirportSource() {}

    /**
     * @param isoRegionToAdmin1 ISO 3166-2 code ("SY-LA") → GeoNames admin1 code ("02"), from Natural Earth
     */
    static List<Place> read(Path file, Map<String, String> isoRegionToAdmin1, SourceLog log) throws IOException {
        List<Place> out = new ArrayList<>();
        try (BufferedReader r = GeoNamesSource.open(file)) {
            Csv csv = new Csv(r);
            List<String> header = csv.next();
            if (header == null || !header.containsAll(REQUIRED)) {
                throw new SourceFormatException(log.file() + ": header lacks one of " + REQUIRED);
            }
            int[] col = REQUIRED.stream().mapToInt(header::indexOf).toArray();
            List<String> row;
            while ((row = csv.next()) != null) {
                log.row();
                if (row.size() != header.size()) {
                    log.bad(csv.recordLine(), "expected " + header.size() + " fields, found " + row.size());
                    continue;
                }
                try {
                    Place p = toPlace(row, col, isoRegionToAdmin1);
                    if (p != null) {
                        out.add(p);
                        log.accepted();
                    }
                } catch (IllegalArgumentException e) {
                    log.bad(csv.recordLine(), e.getMessage());
                }
            }
        }
        return out;
    }

    private static Place toPlace(List<String> row, int[] col, Map<String, String> isoRegionToAdmin1) {
        String ident = row.get(col[0]).strip();
        String type = row.get(col[1]);
        String name = row.get(col[2]).strip();
        String keywords = row.get(col[7]);
        boolean military = MILITARY.matcher(name).find() || MILITARY.matcher(keywords).find();
        PlaceKind kind = switch (type) {
            case "small_airport" -> military ? PlaceKind.AIR_BASE : null;
            case "medium_airport", "large_airport" -> military ? PlaceKind.AIR_BASE : PlaceKind.AIRPORT;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        if (ident.isEmpty() || ident.contains(" ") || name.isEmpty()) {
            throw new IllegalArgumentException("empty ident or name");
        }
        GeoPoint point = new GeoPoint(GeoNamesSource.number(row.get(col[3]), "latitude_deg"),
                GeoNamesSource.number(row.get(col[4]), "longitude_deg"));
        List<String> spellings = new ArrayList<>();
        for (String k : keywords.split(",")) {
            spellings.add(k.strip());
        }
        if (kind == PlaceKind.AIR_BASE) {
            spellings.add(bareName(name));
            for (String k : keywords.split(",")) {
                spellings.add(bareName(k.strip()));
            }
        }
        if (kind == PlaceKind.AIR_BASE && !MILITARY.matcher(name).find()) {
            // a joint civil/military field (OSLK "Latakia International Airport", keyword "Hmeimim Air
            // Base"): the map and the geoparser's "air base" cue want the base's own name in front
            for (String k : keywords.split(",")) {
                String keyword = k.strip();
                if (MILITARY.matcher(keyword).find() && Names.isLatin(keyword)) {
                    spellings.add(0, name);
                    name = keyword;
                    break;
                }
            }
        }
        String country = row.get(col[5]).strip().toUpperCase(Locale.ROOT);
        String admin1 = isoRegionToAdmin1.getOrDefault(row.get(col[6]).strip(), "");
        return new Place("ourairports:" + ident, PlaceTsv.cleanName(name), Names.alternates(name, spellings), point,
                kind, "", "", country.length() == 2 ? country : "", admin1, 0);
    }

    /** "Hmeimim Air Base" → "Hmeimim", "Naval Air Station Pensacola" → "Pensacola"; null when nothing is left. */
    static String bareName(String facility) {
        String s = PARENTHESES.matcher(facility).replaceAll("").strip();
        String bare = FACILITY_PREFIX.matcher(FACILITY_SUFFIX.matcher(s).replaceAll("")).replaceAll("").strip();
        return bare.length() >= 3 && !bare.equals(s) ? bare : null;
    }
}
