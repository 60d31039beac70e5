package org.placemap.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.gazetteer.PlaceKind.MapCategory;
import org.placemap.map.GeoMap;

/** How place kinds are named and styled on the map (the style keys match frontend/components/placemap-map.ts). */
final class PlaceCategories {
    private PlaceCategories() {}

    static String cssKey(PlaceKind kind) {
        return kind.category().name().toLowerCase(Locale.ROOT);
    }

    static String label(MapCategory category) {
        return switch (category) {
            case CITY -> "City or town";
            case BASE -> "Military base or airfield";
            case REGION -> "Province or region";
            case COUNTRY -> "Country";
            case WATER -> "Sea or strait";
        };
    }

    /** One word, for filters. */
    static String shortLabel(MapCategory category) {
        return switch (category) {
            case CITY -> "Cities";
            case BASE -> "Bases";
            case REGION -> "Regions";
            case COUNTRY -> "Countries";
            case WATER -> "Seas";
        };
    }

    /**
     * What a place is, in the words of its level where the kind alone would mislead: a first-level division (a US state,
     * a Canadian province, a Syrian governorate) is a "State or province", a second-level one (a county, a district) a
     * "County or district"; every other place as {@link #label(PlaceKind)}.
     */
    static String label(Place place) {
        if (place.kind() == PlaceKind.ADMIN_REGION) {
            return place.featureCode().equals("ADM2") ? "County or district" : "State or province";
        }
        return label(place.kind());
    }

    static String label(PlaceKind kind) {
        return switch (kind) {
            case COUNTRY -> "Country";
            case CAPITAL -> "Capital city";
            case POPULATED_PLACE -> "City or town";
            case ADMIN_REGION -> "State or province";
            case REGION -> "Region";
            case DISPUTED_AREA -> "Disputed area";
            case AIR_BASE -> "Air base";
            case NAVAL_BASE -> "Naval base";
            case AIRPORT -> "Airport";
            case SEA -> "Sea";
            case STRAIT -> "Strait";
            case BORDER -> "Border";
            case COAST -> "Coast";
        };
    }

    static List<GeoMap.LegendEntry> legend() {
        return Arrays.stream(MapCategory.values())
                .map(c -> new GeoMap.LegendEntry(c.name().toLowerCase(Locale.ROOT), label(c)))
                .toList();
    }
}
