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
 *   <li>match bonus: 1.0 when the query folds to the entry's preferred name, 0.7 to one of its
 *       alternate names or capitalised abbreviations, 0 when only the variant key matches, −0.3 when
 *       only the consonant skeleton does (see {@link NameNormalizer}).</li>
 * </ul>
 */
final class Prior {

    static final double EXACT_NAME = 1.0;
    static final double EXACT_ALTERNATE = 0.7;
    static final double VARIANT = 0.0;
    static final double SKELETON = -0.3;

    /** Areas below this many km² gain (almost) nothing from their extent. */
    static final double EXTENT_UNIT_KM2 = 10_000;

    private Prior() {}

    /** The part of the score that does not depend on how the name matched; {@code areaKm2} 0 when unknown. */
    static double of(Place place, double areaKm2) {
        return kindWeight(place.kind())
                + 0.5 * Math.log10(1.0 + Math.max(0L, place.population()))
                + 0.5 * Math.log10(1.0 + Math.max(0.0, areaKm2) / EXTENT_UNIT_KM2)
                + seatBonus(place.featureCode());
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
            case POPULATED_PLACE -> 0.0;
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
