package org.placemap.gazetteer;

/**
 * The context-free prior of a candidate: how likely a name in world news means this place before any
 * context is seen. It is a sum of log-scale terms, so it can be read as "orders of magnitude of
 * importance":
 *
 * <pre>
 *   score = kind weight + 0.5 · log10(1 + population) + seat bonus + match bonus
 * </pre>
 *
 * <ul>
 *   <li>kind weight: COUNTRY 3.0, SEA 2.5, STRAIT 2.0, DISPUTED_AREA 2.0, ADMIN_REGION 1.5, REGION 1.5,
 *       AIR_BASE 1.5, NAVAL_BASE 1.5, CAPITAL 1.0, AIRPORT 0.5, POPULATED_PLACE 0. Regions, seas and bases
 *       have no population in the sources, so their weight stands in for it; a country also gets its
 *       population, which is why "Georgia" and "Mali" rank the country above every town.</li>
 *   <li>population: half a point per factor of ten, so a city ten times larger gains 0.5.</li>
 *   <li>seat bonus: 0.5 for the seat of a first-level division (GeoNames PPLA), 0.2 for PPLA2 —
 *       news names the governorate capital Homs, not the village.</li>
 *   <li>match bonus: 1.0 when the query folds to the entry's preferred name, 0.7 to one of its
 *       alternate names, 0 when only the variant key matches (see {@link NameNormalizer}).</li>
 * </ul>
 */
final class Prior {

    static final double EXACT_NAME = 1.0;
    static final double EXACT_ALTERNATE = 0.7;
    static final double VARIANT = 0.0;

    private Prior() {}

    /** The part of the score that does not depend on how the name matched. */
    static double of(Place place) {
        return kindWeight(place.kind())
                + 0.5 * Math.log10(1.0 + Math.max(0L, place.population()))
                + seatBonus(place.featureCode());
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
