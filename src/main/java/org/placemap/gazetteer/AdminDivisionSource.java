package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.placemap.distance.GeoPoint;

/**
 * Administrative divisions that no source draws: GeoNames second-level divisions ({@code admin2Codes}:
 * US counties, Syrian districts, English districts, French departments …) and the first-level
 * divisions Natural Earth does not have ({@code admin1Codes}: England, Scotland, Wales and Northern
 * Ireland, which Natural Earth splits into counties). GeoNames gives their names and ids but no
 * coordinates; they are placed from the towns GeoNames files under them.
 *
 * <h2>Algorithm</h2>
 * One pass over the populated places (cities500, or the full dump) collects per division code
 * ({@code CC.A1}, {@code CC.A1.A2}) the sum of the towns' unit vectors weighted by population + 1, and the
 * seat of a second-level division: its most populous town with feature code PPLA2. A second-level
 * division is placed at its seat when it has one (counties were mostly laid out around their seat), else
 * at the population-weighted centre of its towns (the normalised vector sum, so that a division across
 * the antimeridian is not averaged to the far side of the Earth); a first-level division always at that
 * centre (England's centre of population lies in the Midlands; GeoNames' PPLA there marks county towns,
 * not a seat of England). A first-level division's population is that of its towns in the source (a
 * lower bound: England's towns of 500 people or more), which gives it the prior of a country part,
 * above the namesake towns (England, Arkansas); a second-level division's is left 0 (unknown).
 *
 * <h2>Limitations</h2>
 * A division with no town of 500 people filed under it (in cities500) is left out. A division named
 * like its seat ("Homs" the district and the city) is left out too: the seat answers the name at the
 * same point. No outline, no area: the prior counts a second-level division as a point. First-level
 * divisions already drawn by Natural Earth keep Natural Earth's entry.
 */
final class AdminDivisionSource {

    static final String ADMIN1_CODES = "geonames/admin1Codes.txt";
    static final String ADMIN2_CODES = "geonames/admin2Codes.txt.gz";

    /** What the towns of one division add up to. */
    private static final class Towns {
        double x;
        double y;
        double z;
        long population;
        GeoPoint seat;
        String seatName;
        long seatPopulation = -1;
    }

    private AdminDivisionSource() {}

    /**
     * @param populatedPlaces the GeoNames file the places came from (cities500 or the full dump)
     * @param drawnAdmin1     {@code CC.A1} codes of the first-level divisions Natural Earth already has
     */
    static List<Place> read(Path populatedPlaces, Path admin1Codes, Path admin2Codes, Set<String> drawnAdmin1,
                            SourceLog admin1Log, SourceLog admin2Log) throws IOException {
        Map<String, Towns> byCode = collectTowns(populatedPlaces);
        List<Place> out = new ArrayList<>();
        readCodes(admin1Codes, admin1Log, byCode, out, "ADM1", drawnAdmin1);
        readCodes(admin2Codes, admin2Log, byCode, out, "ADM2", Set.of());
        return out;
    }

    private static Map<String, Towns> collectTowns(Path file) throws IOException {
        Map<String, Towns> byCode = new HashMap<>();
        try (BufferedReader r = GeoNamesSource.open(file)) {
            String line;
            String[] f = new String[GeoNamesSource.COLUMNS];
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#") || Tsv.split(line, '\t', f) != GeoNamesSource.COLUMNS
                        || !f[6].equals("P") || f[10].isEmpty()) {
                    continue; // malformed rows are reported by the populated-places reader
                }
                double lat;
                double lon;
                long population;
                try {
                    lat = Double.parseDouble(f[4]);
                    lon = Double.parseDouble(f[5]);
                    population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                } catch (NumberFormatException e) {
                    continue;
                }
                String admin1 = f[8] + "." + f[10];
                add(byCode.computeIfAbsent(admin1, k -> new Towns()), lat, lon, population, f, "PPLA");
                if (!f[11].isEmpty()) {
                    add(byCode.computeIfAbsent(admin1 + "." + f[11], k -> new Towns()), lat, lon, population, f, "PPLA2");
                }
            }
        }
        return byCode;
    }

    private static void add(Towns t, double lat, double lon, long population, String[] f, String seatCode) {
        double w = Math.max(0, population) + 1.0;
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        t.x += w * Math.cos(phi) * Math.cos(lambda);
        t.y += w * Math.cos(phi) * Math.sin(lambda);
        t.z += w * Math.sin(phi);
        t.population += Math.max(0, population);
        if (f[7].equals(seatCode) && population > t.seatPopulation) {
            t.seat = new GeoPoint(lat, lon);
            t.seatName = f[1];
            t.seatPopulation = population;
        }
    }

    /** Rows {@code CODE name asciiname geonameid}; the division placed by its towns, or skipped. */
    private static void readCodes(Path file, SourceLog log, Map<String, Towns> byCode, List<Place> out,
                                  String featureCode, Set<String> skip) throws IOException {
        try (BufferedReader r = GeoNamesSource.open(file)) {
            String line;
            long lineNo = 0;
            String[] f = new String[4];
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                log.row();
                if (Tsv.split(line, '\t', f) != 4 || !f[3].strip().matches("[1-9][0-9]{0,11}") || f[1].isBlank()) {
                    log.bad(lineNo, "not an admin code row (code, name, ascii name, geonameid expected)");
                    continue;
                }
                String code = f[0].strip();
                String[] parts = code.split("\\.");
                if (parts.length != (featureCode.equals("ADM1") ? 2 : 3) || skip.contains(code)) {
                    continue;
                }
                Towns towns = byCode.get(code);
                if (towns == null) {
                    continue; // no town of 500 people filed under it: nothing to place it by (counted as unused)
                }
                String name = withoutCouncil(Names.isLatin(f[1].strip()) ? f[1].strip() : f[2].strip());
                if (name.isEmpty() || towns.seatName != null
                        && NameNormalizer.fold(towns.seatName).equals(NameNormalizer.fold(name))) {
                    continue; // named like its seat: the town answers the name, at the same point
                }
                String kindOnly = null;
                if (!distinctiveDivisionName(name, featureCode.equals("ADM2"))) {
                    if (!oneWordSecondLevel(name, featureCode, parts[0])) {
                        continue;
                    }
                    // "in Wayanad district", "Swat District": listed only with its kind word after it, so that the word
                    // alone ("Patrick", "Sale") is never the division, while a kind cue in the text finds it
                    kindOnly = name + " District";
                }
                boolean first = featureCode.equals("ADM1");
                GeoPoint point = !first && towns.seat != null ? towns.seat : centre(towns);
                if (point == null) {
                    continue;
                }
                if (kindOnly != null) {
                    out.add(new Place("geonames:" + f[3].strip(), kindOnly, List.of(), point, PlaceKind.ADMIN_REGION, "A",
                            featureCode, parts[0], parts[1], 0));
                    log.accepted();
                    continue;
                }
                List<String> spellings = new java.util.ArrayList<>(List.of(f[2]));
                String bare = withoutKindPrefix(name);
                if (bare != null && !NameNormalizer.fold(bare).equals(towns.seatName == null ? ""
                        : NameNormalizer.fold(towns.seatName)) && distinctiveDivisionName(bare, true)) {
                    spellings.add(bare); // "Departamento de Santa María": news writes "the department of Santa María"
                }
                String withKind = withKindAfter(name);
                if (withKind != null) {
                    spellings.add(withKind); // "Departamento de Punilla" as "Punilla Department", "the departments of Punilla"
                }
                out.add(new Place("geonames:" + f[3].strip(), PlaceTsv.cleanName(name),
                        Names.alternates(name, spellings), point, PlaceKind.ADMIN_REGION, "A", featureCode,
                        parts[0], parts[1], first ? towns.population : 0));
                log.accepted();
            }
        }
    }

    /**
     * "Limerick City and County Council", "Gympie Regional Council", "Njombe District Council": GeoNames names a few
     * divisions after the council that governs them. News writes that name for the council, an organisation whose
     * place is the name before it, so the division keeps only that name (and, named like its seat, is left to the
     * town). Names that are nothing but a council's ("Municipal Area Council") stay as they are.
     */
    static String withoutCouncil(String name) {
        java.util.regex.Matcher m = COUNCIL_SUFFIX.matcher(name);
        return m.matches() && !m.group(1).equalsIgnoreCase("Municipal Area") ? m.group(1) : name;
    }

    private static final java.util.regex.Pattern COUNCIL_SUFFIX = java.util.regex.Pattern.compile(
            "^(\\p{Lu}.*?)\\s+(?:(?:City and County|City|Town|District|Regional|Rural|County)\\s+)?Council$");

    /** Kind words GeoNames writes before a division's own name ("Departamento de Punilla", "Province of Cebu"). */
    private static final java.util.regex.Pattern KIND_PREFIX = java.util.regex.Pattern.compile(
            "^(?:Departamento|Provincia|Municipio|Partido|Distrito|Province|Arrondissement|Commune|Comuna|Municipality)"
                    + "\\s+(?:de\\s+(?:la\\s+|los\\s+|las\\s+)?|del\\s+|di\\s+|du\\s+|de\\s+l'|d'|of\\s+(?:the\\s+)?)(\\p{Lu}.*)$");

    /**
     * The division's own name without the kind words GeoNames puts before it ("Departamento de Santa María" → "Santa
     * María"), or null when there are none. Kept only when it is itself a distinctive name of several words ({@link
     * #distinctiveDivisionName}) and not the seat's name, so "Departamento de Minas" gains no bare "Minas".
     */
    static String withoutKindPrefix(String name) {
        java.util.regex.Matcher m = KIND_PREFIX.matcher(name.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    /** The English kind noun of each kind word {@link #KIND_PREFIX} strips. */
    private static final java.util.Map<String, String> KIND_IN_ENGLISH = java.util.Map.of("departamento", "Department",
            "provincia", "Province", "municipio", "Municipality", "partido", "Partido", "distrito", "District",
            "province", "Province", "arrondissement", "Arrondissement", "commune", "Commune", "comuna", "Commune",
            "municipality", "Municipality");

    /**
     * The division's own name followed by its kind in English ("Departamento de Punilla" → "Punilla Department"), or
     * null when GeoNames puts no kind words before it. Added even when the bare name is one word: the noun keeps it
     * from matching the word alone, and a kind cue in the text ("Punilla department", "the departments of Punilla
     * and Minas") looks the name up with the noun.
     */
    static String withKindAfter(String name) {
        java.util.regex.Matcher m = KIND_PREFIX.matcher(name.strip());
        if (!m.matches()) {
            return null;
        }
        String kindWord = name.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return m.group(1).strip() + " " + KIND_IN_ENGLISH.get(kindWord);
    }

    /** Words that make a division's name when they are all it has ("South Central", "North West"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "upper", "lower");

    /**
     * Whether a division's name says which division it is, in the form news writes it ("Cuyahoga County",
     * "Afrin District", "Greater London", "Scotland"). Left out, in this order:
     * <ol>
     *   <li>for a second-level division, one word ("Patrick", "Titan", "Sale", "Donna"): in English text
     *       such a word is far more often a given name, a common word or a town than the division;</li>
     *   <li>a city's own name ("City of Norfolk", "Dublin City", "Town of X"): the town answers it;</li>
     *   <li>a saint's name ("Saint John", "St. Andrew", parishes of the Caribbean): more often a church,
     *       a person or a town;</li>
     *   <li>compass words only ("South Central"): a part of anything.</li>
     * </ol>
     */
    static boolean distinctiveDivisionName(String name, boolean secondLevel) {
        String[] words = NameNormalizer.fold(name).split(" ");
        if (words.length < 2) {
            return !secondLevel;
        }
        if (words[0].equals("city") || words[0].equals("town") || words[0].equals("municipality")
                || words[words.length - 1].equals("city")) {
            return false;
        }
        if (words[0].equals("saint") || words[0].equals("st") || words[0].equals("sainte")) {
            return false;
        }
        return !Names.onlyWordsFrom(name, COMPASS);
    }

    /**
     * Countries whose second-level divisions English calls districts ("Wayanad district", "Swat District", "Gulu
     * district"): South Asia, East and Southern Africa, mainland Southeast Asia. Elsewhere they are municipalities,
     * counties or departments, named otherwise, and a one-word one stays out.
     */
    private static final Set<String> DISTRICT_COUNTRIES = Set.of("IN", "PK", "NP", "BD", "LK", "AF", "BT", "MM", "UG",
            "TZ", "RW", "MW", "ZM", "ZW", "GH", "SL", "LR", "MZ", "LA", "KH", "VN", "TH", "MY", "TL", "BW", "LS", "SZ");

    /** A second-level division named by one word in a country of {@link #DISTRICT_COUNTRIES}: "Wayanad", "Swat". */
    static boolean oneWordSecondLevel(String name, String featureCode, String countryCode) {
        return featureCode.equals("ADM2") && DISTRICT_COUNTRIES.contains(countryCode)
                && NameNormalizer.fold(name).split(" ").length == 1 && !Names.onlyWordsFrom(name, COMPASS)
                && Character.isUpperCase(name.charAt(0));
    }

    private static GeoPoint centre(Towns t) {
        GeoPoint p = Geometry.directionOf(t.x, t.y, t.z);
        return p == null ? null
                : new GeoPoint(Math.round(p.latitudeDeg() * 1e5) / 1e5, Math.round(p.longitudeDeg() * 1e5) / 1e5);
    }
}
