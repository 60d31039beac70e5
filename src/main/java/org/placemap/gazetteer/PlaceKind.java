package org.placemap.gazetteer;

/** What sort of place a gazetteer entry is. The map groups kinds into a {@link MapCategory}. */
public enum PlaceKind {
    COUNTRY(MapCategory.COUNTRY),
    CAPITAL(MapCategory.CITY),
    POPULATED_PLACE(MapCategory.CITY),
    ADMIN_REGION(MapCategory.REGION),
    REGION(MapCategory.REGION),
    DISPUTED_AREA(MapCategory.REGION),
    AIR_BASE(MapCategory.BASE),
    NAVAL_BASE(MapCategory.BASE),
    AIRPORT(MapCategory.BASE),
    SEA(MapCategory.WATER),
    STRAIT(MapCategory.WATER),
    /** A point on a land border: the nearest point a distance claim is measured to; never a gazetteer entry. */
    BORDER(MapCategory.REGION),
    /** A point on a coastline: the nearest point a distance claim is measured to; never a gazetteer entry. */
    COAST(MapCategory.WATER);

    private final MapCategory category;

    PlaceKind(MapCategory category) {
        this.category = category;
    }

    public MapCategory category() {
        return category;
    }

    /** The coarse groups the map legend shows. */
    public enum MapCategory { CITY, BASE, REGION, COUNTRY, WATER }
}
