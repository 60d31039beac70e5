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
 * OurAirports {@code airports.csv}: military air bases of any size (name, keywords or Wikipedia article
 * say so: "Mezzeh Airport" is the article "Mezzeh Military Airport") as AIR_BASE, other medium and large
 * airports as AIRPORT with their OurAirports type as feature code ({@code large_airport},
 * {@code medium_airport}); heliports, small civil strips and closed fields are left out.
 *
 * <p>News calls a base by its bare name ("Hmeimim", "Kuweires"), so an air base also gets every
 * name and keyword with its facility phrase taken off as an alternate name. An airport keeps only the
 * keywords that name the airport itself ("Dorval Airport", not the towns "Crawley" or "Zaventem" that
 * OurAirports lists for searching), and a large airport the word that tells it from its city
 * ({@link #shortName}: Heathrow, Gatwick, Schiphol, O'Hare). Other bare airport names are usually the
 * city's, which the city entry already answers.
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
    /** A Wikipedia article title that says the field is military ("Mezzeh_Military_Airport", "Tiyas_Air_Base"). */
    private static final Pattern MILITARY_ARTICLE = Pattern.compile(
            "(Air_?Base|Air_Force_Base|Military_Air(port|field)|Air_Station|Airbase)",
            Pattern.CASE_INSENSITIVE);
    /** A keyword that names the airport itself, in English or in a language OurAirports lists. */
    private static final Pattern AIRPORT_WORD = Pattern.compile(
            "\\b(airport|air ?field|aerodrome|a[ée]roport|aeropuerto|aeroporto|flughafen|lotnisko|luchthaven|havaliman[ıi]|raf|cfb)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words of an airport's name that say what it is rather than which one it is. */
    private static final java.util.Set<String> FACILITY_WORDS = java.util.Set.of("airport", "international",
            "intercontinental", "regional", "national", "municipal", "airfield", "aerodrome", "air", "terminal");
    private static final List<String> REQUIRED = List.of(
            "ident", "type", "name", "latitude_deg", "longitude_deg", "iso_country", "iso_region", "keywords",
            "municipality", "wikipedia_link");

    private AirportSource() {}

    /**
     * @param isoRegionToAdmin1 ISO 3166-2 code ("SY-LA") → GeoNames admin1 code ("02"), from Natural Earth
     */
    /**
     * @param areaNames folded names of countries and regions: a short name that is one of them (Berlin
     *                  Brandenburg Airport) would take the region's name, so it is not added
     */
    static List<Place> read(Path file, Map<String, String> isoRegionToAdmin1, java.util.Set<String> areaNames,
                            SourceLog log) throws IOException {
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
                    Place p = toPlace(row, col, isoRegionToAdmin1, areaNames);
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

    /** Words that say what an airfield is or whose, never where: a name of only these names no place. */
    private static final java.util.Set<String> GENERIC_WORDS = java.util.Set.of("royal", "air", "force", "base", "airport",
            "airfield", "military", "naval", "station", "international", "airbase", "army", "navy", "field", "heliport",
            "airstrip", "aerodrome", "national", "guard", "the", "of", "and", "corps", "marine", "regional", "municipal",
            "strip");

    /** Whether {@code name} is made of {@link #GENERIC_WORDS} only ("Royal Air Force", "Military Airport"), or empty. */
    static boolean generic(String name) {
        return Names.onlyWordsFrom(name, GENERIC_WORDS);
    }

    private static Place toPlace(List<String> row, int[] col, Map<String, String> isoRegionToAdmin1,
                                 java.util.Set<String> areaNames) {
        String ident = row.get(col[0]).strip();
        String type = row.get(col[1]);
        String name = row.get(col[2]).strip();
        String keywords = row.get(col[7]);
        String municipality = row.get(col[8]).strip();
        String article = row.get(col[9]);
        boolean military = MILITARY.matcher(name).find() || MILITARY.matcher(keywords).find()
                || MILITARY_ARTICLE.matcher(article.substring(article.lastIndexOf('/') + 1)).find();
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
            if (kind == PlaceKind.AIR_BASE || AIRPORT_WORD.matcher(k).find()) {
                spellings.add(k.strip());
            }
        }
        if (kind == PlaceKind.AIRPORT && type.equals("large_airport")) {
            String shortName = shortName(name, municipality);
            if (shortName != null && !areaNames.contains(NameNormalizer.fold(shortName))) {
                spellings.add(shortName);
            }
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
                if (MILITARY.matcher(keyword).find() && Names.isLatin(keyword) && !generic(keyword)) {
                    spellings.add(0, name);
                    name = keyword;
                    break;
                }
            }
        }
        if (generic(name)) {
            // "Royal Air Force" (EGVN), "Military": a name that says whose or what the field is, not where; the first
            // keyword that names it ("RAF Brize Norton") stands in, or the field is left out
            String named = null;
            for (String k : keywords.split(",")) {
                if (!k.isBlank() && Names.isLatin(k.strip()) && !generic(k.strip())) {
                    named = k.strip();
                    break;
                }
            }
            if (named == null) {
                return null;
            }
            name = named;
        }
        spellings.removeIf(AirportSource::generic);
        String country = row.get(col[5]).strip().toUpperCase(Locale.ROOT);
        String admin1 = isoRegionToAdmin1.getOrDefault(row.get(col[6]).strip(), "");
        return new Place("ourairports:" + ident, PlaceTsv.cleanName(name), Names.alternates(name, spellings), point,
                kind, "", kind == PlaceKind.AIRPORT ? type : "", country.length() == 2 ? country : "", admin1, 0);
    }

    /**
     * The word that tells an airport from its city, when the name is "City Word [International] Airport"
     * or "City Airport Word": "London Heathrow Airport" → "Heathrow", "Amsterdam Airport Schiphol" →
     * "Schiphol", "Chicago O'Hare International Airport" → "O'Hare". Null when the name does not start
     * with a word of the municipality, when what is left is not one word of four letters or more, or
     * when it is the municipality itself ("London Luton Airport" in Luton, "Washington Dulles" in
     * Dulles: the town answers that name).
     */
    static String shortName(String name, String municipality) {
        String[] words = PARENTHESES.matcher(name).replaceAll("").strip().split("[\\s/–]+");
        java.util.Set<String> city = new java.util.HashSet<>();
        for (String w : municipality.split("[\\s,/()–-]+")) {
            if (!w.isEmpty()) {
                city.add(NameNormalizer.fold(w));
            }
        }
        if (words.length < 2 || !city.contains(NameNormalizer.fold(words[0]))) {
            return null;
        }
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String folded = NameNormalizer.fold(words[i]);
            if (!city.contains(folded) && !FACILITY_WORDS.contains(folded)) {
                rest.add(words[i]);
            }
        }
        if (rest.size() != 1) {
            return null;
        }
        String word = rest.get(0);
        return word.length() >= 4 && Character.isUpperCase(word.charAt(0)) && Names.isLatin(word)
                && !city.contains(NameNormalizer.fold(word)) ? word : null;
    }

    /** "Hmeimim Air Base" → "Hmeimim", "Naval Air Station Pensacola" → "Pensacola"; null when nothing is left. */
    static String bareName(String facility) {
        String s = PARENTHESES.matcher(facility).replaceAll("").strip();
        String bare = FACILITY_PREFIX.matcher(FACILITY_SUFFIX.matcher(s).replaceAll("")).replaceAll("").strip();
        return bare.length() >= 3 && !bare.equals(s) ? bare : null;
    }
}
