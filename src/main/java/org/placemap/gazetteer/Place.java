package org.placemap.gazetteer;

import java.util.List;
import org.placemap.distance.GeoPoint;

/**
 * One gazetteer entry.
 *
 * @param id             namespaced id: {@code geonames:170063}, {@code ourairports:OSLK}, {@code naturalearth:...}
 * @param name           preferred English name
 * @param alternateNames other spellings (Latin script), never null
 * @param point          representative point
 * @param kind           what sort of place this is
 * @param featureClass   GeoNames feature class (P, A, H, ...) or "" when the source has none
 * @param featureCode    GeoNames feature code (PPLA, PCLI, ...) or "" when the source has none
 * @param countryCode    ISO 3166-1 alpha-2 code, or "" (seas)
 * @param admin1Code     first-level admin code within the country, or ""
 * @param population     population, 0 when unknown
 */
public record Place(
        String id,
        String name,
        List<String> alternateNames,
        GeoPoint point,
        PlaceKind kind,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        long population) {

    public Place {
        alternateNames = List.copyOf(alternateNames);
    }
}
