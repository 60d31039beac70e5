package org.placemap.gazetteer;

import java.util.List;
import org.placemap.distance.GeoPoint;

/**
 * The shape of an area entry (admin region, country, disputed area, sea, physical region), for drawing
 * it and for "in Daraa province". Rings are simplified (see geodata/README.md for the tolerance), so
 * a border is right to about a kilometre; enough for a map and for containment away from borders.
 *
 * @param placeId  id of the entry this is the outline of
 * @param bounds   bounding box of all polygons
 * @param areaKm2  area of the source polygons before simplification, km² on the WGS84 mean sphere
 * @param polygons the polygons; a multi-part area (islands) has several
 */
public record Outline(String placeId, BoundingBox bounds, double areaKm2, List<Polygon> polygons) {

    public Outline {
        polygons = List.copyOf(polygons);
    }

    /**
     * One polygon: an outer ring and its holes, each ring closed (first point repeated at the end) and
     * in the source's winding order.
     */
    public record Polygon(List<GeoPoint> outer, List<List<GeoPoint>> holes) {
        public Polygon {
            outer = List.copyOf(outer);
            holes = holes.stream().map(List::copyOf).toList();
        }
    }
}
