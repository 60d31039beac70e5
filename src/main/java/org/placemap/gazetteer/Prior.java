package org.placemap.gazetteer;

/**
 * The context-free prior of a candidate: how likely a name in world news means this place before any
 * context is seen. It is a sum of log-scale terms, so it can be read as "orders of magnitude of
 * importance":
 *
 * <pre>
 *   score = kind weight + 0.5 · log10(1 + population) + 0.5 · log10(1 + area km² / 10,000)
 *         + seat bonus + match bonus
 * </pre>
 *
 * <ul>
 *   <li>kind weight: COUNTRY 3.0, SEA 2.5, STRAIT 2.0, DISPUTED_AREA 2.0, ADMIN_REGION 1.5, REGION 1.5,
 *       AIR_BASE 1.5, NAVAL_BASE 1.5, CAPITAL 1.0, AIRPORT 0.5, POPULATED_PLACE 0. Regions, seas and bases
 *       have no population in the sources, so their weight stands in for it; a country also gets its
 *       population, which is why "Georgia" and "Mali" rank the country above every town.</li>
 *   <li>population: half a point per factor of ten, so a city ten times larger gains 0.5.</li>
 *   <li>extent: half a point per factor of ten in area above about 10,000 km² (a small province), so
 *       only large areas gain much: a continent (30 million km²) 1.7, Siberia 1.6, a Syrian governorate
 *       at most 0.4. This is what puts the continent Asia above the Philippine town Asia (23,546 people)
 *       and Africa above Mahdia, Tunisia, whose old name it is, while a governorate still ranks below
 *       its seat city (Homs, Idlib). The area is that of the Natural Earth polygon (countries: GeoNames
 *       countryInfo); entries without a polygon have none.</li>
 *   <li>seat bonus: 0.5 for the seat of a first-level division (GeoNames PPLA), 0.2 for PPLA2 —
 *       news names the governorate capital Homs, not the village.</li>
 *   <li>seat without a population: GeoNames lists some seats with population 0 (Al-Qamishli, seat of
 *       a Syrian district). When such a seat is also written about widely — at least
 *       {@value #KNOWN_SEAT_ALTERNATES} Latin-script alternate names, 134 of the 5,150 seats without a
 *       population in cities500 — it is not a hamlet, and the population term counts it as the median
 *       seat of its rank that has a population in cities500: {@value #UNKNOWN_PPLA_POPULATION} people
 *       for PPLA (median of 3,351 seats), {@value #UNKNOWN_PPLA2_POPULATION} for PPLA2 (median of
 *       15,576). Seats with few names ("Patrick", "Titan") keep 0, so that a given name or a common word
 *       does not become a town. The population column itself stays 0.</li>
 *   <li>second-level divisions (ADMIN_REGION with feature code ADM2: counties, districts) weigh
 *       {@value #ADMIN2_WEIGHT} instead of 1.5: they have no area, and a town of a hundred people of
 *       the same name still ranks above them.</li>
 *   <li>hub bonus: {@value #HUB_BONUS} for an airport that OurAirports ranks large (feature code
 *       {@code large_airport}: the international hubs, 1,172 of them), the population term of a town
 *       of 10,000: news names Heathrow or Schiphol by itself far more often than the namesake
 *       hamlets.</li>
 *   <li>a first-level division with no population in its source (Natural Earth's: US states, Canadian provinces)
 *       gains the population term of its towns' sum, at most 0.8 ({@code
 *       IndexBuilder#populateDivisions}): "Florida" the state, not Florida, Uruguay; not past its own seat
 *       ("Homs"), nor past another area of its name ("Kurdistan").</li>
 *   <li>namesake capital: a first-level division named after the national capital that lies in it ranks
 *       {@value #BELOW_CAPITAL} below that capital, whatever its population ("Madrid" is the city, not the
 *       Community of Madrid; applied by {@code IndexBuilder} once all places are known).</li>
 *   <li>a town by another's name: among exact matches, a town of fewer than {@value #YIELDING_TOWN_POPULATION}
 *       people that has the name only as an alternate ranks just below ({@value #YIELD_MARGIN}) a country, a
 *       first-level division or a region whose own preferred name it is ("Cumbria" is the English county, not
 *       Cumberland, Maryland, which GeoNames also calls Cumbria). A town by its own name keeps its rank (Homs
 *       before its governorate), and so do the area's own seat (Latakia, also spelt Lattakia like its
 *       governorate; Jincheng, called Kinmen like its county: {@link #keepsRankAgainst}) and a city of a million
 *       or more (New York City, which is also "New York"); other towns of the area's country yield (Bihar Sharif,
 *       which GeoNames also calls Bihar, to the state; the port of Rio Grande, also called Rio Grande do Sul, to
 *       its state); context can still choose the town.
 *       Applied by {@code CandidateCollector} on each lookup.</li>
 *   <li>match bonus: 1.0 when the query folds to the entry's preferred name, 0.7 to one of its
 *       alternate names or capitalised abbreviations, 0 when only the variant key matches, −0.3 when
 *       only the consonant skeleton does (see {@link NameNormalizer}). A variant match within one edit
 *       of one of the entry's own spellings gains {@value #VARIANT_NEAR}, so that among loose matches the
 *       place that spells the name almost as the text does wins ("Qamishli": Al-Qamishli, listed as
 *       "Kamishli", one letter off, before Kamyshlov, listed as "Kamyshly", three off). It stays below an
 *       exact alternate name (0.7).</li>
 * </ul>
 */
final class Prior {

    static final double EXACT_NAME = 1.0;
    static final double EXACT_ALTERNATE = 0.7;
    static final double VARIANT = 0.0;
    static final double SKELETON = -0.3;

    static final double VARIANT_NEAR = 0.3;
    static final long UNKNOWN_PPLA_POPULATION = 50_000;
    static final long UNKNOWN_PPLA2_POPULATION = 7_000;
    static final int KNOWN_SEAT_ALTERNATES = 10;
    static final double ADMIN2_WEIGHT = 1.0;
    static final double HUB_BONUS = 2.0;
    /** How far a first-level division named after the national capital in it ranks below that capital. */
    static final double BELOW_CAPITAL = 0.1;

    /** Towns at least this large keep their rank against an area named as one of their alternates. */
    static final long YIELDING_TOWN_POPULATION = 1_000_000;
    static final double YIELD_MARGIN = 0.01;

    /** A country, a first-level division or a region: what a town's alternate name yields to. */
    static boolean isArea(Place place) {
        return switch (place.kind()) {
            case COUNTRY, REGION -> true;
            case ADMIN_REGION -> !place.featureCode().equals("ADM2");
            default -> false;
        };
    }

    /** A town that yields its rank to an area named by its own name (see the class comment). */
    static boolean yieldsToAreaByOwnName(Place place) {
        return (place.kind() == PlaceKind.POPULATED_PLACE || place.kind() == PlaceKind.CAPITAL)
                && place.population() < YIELDING_TOWN_POPULATION;
    }

    /**
     * Whether {@code town} keeps its rank against {@code area}, named by its own name: a seat in the area's country
     * is often the area's main town and called by its name (Jincheng, the seat of Kinmen, "Kinmen"; Latakia, also
     * spelt Lattakia like its governorate). A first-level division yields only to a first-level seat of its country
     * (PPLA), a country only to a capital (PPLC), a region to any town of its country; any other town of the
     * country is a namesake that news rarely means by the area's name ("Bihar" is the Indian state, not Bihar Sharif,
     * a district seat that GeoNames also calls Bihar; "Rio Grande do Sul" the state, not the port of Rio Grande). The
     * country, not the admin-1 code, decides: Natural Earth's and GeoNames' codes disagree for some countries
     * (Kinmen's Natural Earth code is a GeoNames id).
     */
    static boolean keepsRankAgainst(Place town, Place area) {
        if (area.countryCode().isEmpty() || !town.countryCode().equals(area.countryCode())) {
            return false;
        }
        return switch (area.kind()) {
            case ADMIN_REGION -> town.featureCode().equals("PPLA");
            case COUNTRY -> town.featureCode().equals("PPLC");
            default -> true;
        };
    }

    /** Areas below this many km² gain (almost) nothing from their extent. */
    static final double EXTENT_UNIT_KM2 = 10_000;

    private Prior() {}

    /** The part of the score that does not depend on how the name matched; {@code areaKm2} 0 when unknown. */
    static double of(Place place, double areaKm2) {
        double kind = place.kind() == PlaceKind.ADMIN_REGION && place.featureCode().equals("ADM2")
                ? ADMIN2_WEIGHT : kindWeight(place.kind());
        return kind
                + 0.5 * Math.log10(1.0 + populationTerm(place))
                + 0.5 * Math.log10(1.0 + Math.max(0.0, areaKm2) / EXTENT_UNIT_KM2)
                + seatBonus(place.featureCode())
                + (place.kind() == PlaceKind.AIRPORT && place.featureCode().equals("large_airport") ? HUB_BONUS : 0.0);
    }

    /** The population, or for a seat that GeoNames lists without one, the median seat of its rank. */
    private static long populationTerm(Place place) {
        long population = Math.max(0L, place.population());
        if (population > 0 || place.kind().category() != PlaceKind.MapCategory.CITY
                || place.alternateNames().size() < KNOWN_SEAT_ALTERNATES) {
            return population;
        }
        return switch (place.featureCode()) {
            case "PPLA" -> UNKNOWN_PPLA_POPULATION;
            case "PPLA2" -> UNKNOWN_PPLA2_POPULATION;
            default -> 0L;
        };
    }

    /** {@link #of(Place, double)} for an entry of unknown area. */
    static double of(Place place) {
        return of(place, 0);
    }

    static double kindWeight(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> 3.0;
            case SEA -> 2.5;
            case STRAIT, DISPUTED_AREA -> 2.0;
            case ADMIN_REGION, REGION, AIR_BASE, NAVAL_BASE -> 1.5;
            case CAPITAL -> 1.0;
            case AIRPORT -> 0.5;
            case POPULATED_PLACE, BORDER, COAST -> 0.0; // lines' points are never gazetteer entries
        };
    }

    private static double seatBonus(String featureCode) {
        return switch (featureCode) {
            case "PPLA" -> 0.5;
            case "PPLA2" -> 0.2;
            default -> 0.0;
        };
    }
}
