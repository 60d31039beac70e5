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
        alternateNames = alternateNames instanceof PackedNames ? alternateNames : List.copyOf(alternateNames);
    }

    /**
     * "US-GA": the country with the first-level code where that code is letters (US states, GB nations, AU
     * states), which tells same-name places of one country apart; else the country code alone, or "".
     */
    public String regionCode() {
        String country = countryCode == null ? "" : countryCode;
        String admin1 = admin1Code == null ? "" : admin1Code;
        return !country.isEmpty() && admin1.matches("[A-Z]{2,3}") ? country + "-" + admin1 : country;
    }
}
