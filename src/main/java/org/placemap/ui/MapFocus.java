package org.placemap.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.placemap.atlas.MappedPlace;
import org.placemap.distance.GeoPoint;
import org.placemap.distance.Geodesy;
import org.placemap.gazetteer.PlaceKind.MapCategory;
import org.placemap.map.GeoMap;

/**
 * Where the map opens: on the area the articles talk about most, not on the bounding box of everything
 * they mention (one aside about Washington would otherwise zoom the map out to the whole world).
 *
 * <p>Rule: among places smaller than a country, find the one whose neighbourhood (radius
 * {@value #RADIUS_KM} km) holds the most mentions, and show the places of that neighbourhood, when it holds at least
 * a quarter ({@value #FOCUS_SHARE}) of all their mentions (the five sample articles about Syria: 49 %, Moscow's 43
 * mentions being most of the rest); otherwise the library is about many parts of the world (a new user's articles
 * from five continents opened on one region) and the view holds all those places.
 *
 * <p>Cost: every place against every other, n² distance tests; each is a latitude check, then the
 * spherical distance (haversine on the mean Earth radius, within 0.5 % of the WGS84 geodesic, which is
 * plenty for a neighbourhood of 800 km). With the ellipsoidal geodesic this took most of a second for
 * 600 places, on every page load.
 */
final class MapFocus {
    static final double RADIUS_KM = 800;

    private MapFocus() {}

    static Optional<GeoMap.Bounds> of(List<MappedPlace> places) {
        List<MappedPlace> local = places.stream()
                .filter(p -> p.place().kind().category() != MapCategory.COUNTRY
                        && p.place().kind().category() != MapCategory.WATER)
                .toList();
        MappedPlace best = null;
        long bestWeight = -1;
        for (MappedPlace centre : local) {
            long weight = near(centre, local).stream().mapToLong(MappedPlace::mentionCount).sum();
            if (weight > bestWeight) {
                best = centre;
                bestWeight = weight;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        long total = local.stream().mapToLong(MappedPlace::mentionCount).sum();
        if (bestWeight < FOCUS_SHARE * total) {
            // a library about many parts of the world: no neighbourhood holds most of it, so show all of it
            return around(local.stream().map(p -> p.place().point()).toList());
        }
        return around(near(best, local).stream().map(p -> p.place().point()).toList());
    }

    /**
     * The share of all mentions (of places smaller than a country) the busiest neighbourhood must hold to be the
     * opening view; below it the view holds every such place.
     */
    static final double FOCUS_SHARE = 0.25;

    /**
     * Where to look for these places: their focus ({@link #of}), or, when they are all countries and waters,
     * the box around all of them; empty for no places.
     */
    static Optional<GeoMap.Bounds> ofOrAll(List<MappedPlace> places) {
        return of(places).or(() -> around(places.stream().map(p -> p.place().point()).toList()));
    }

    /** The latitude/longitude box around these points (nulls left out); empty for none. */
    static Optional<GeoMap.Bounds> around(List<GeoPoint> points) {
        List<GeoPoint> known = points.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GeoMap.Bounds(
                known.stream().mapToDouble(GeoPoint::latitudeDeg).min().orElseThrow(),
                known.stream().mapToDouble(GeoPoint::longitudeDeg).min().orElseThrow(),
                known.stream().mapToDouble(GeoPoint::latitudeDeg).max().orElseThrow(),
                known.stream().mapToDouble(GeoPoint::longitudeDeg).max().orElseThrow()));
    }

    private static List<MappedPlace> near(MappedPlace centre, List<MappedPlace> places) {
        GeoPoint c = centre.place().point();
        return places.stream().filter(p -> within(c, p.place().point())).toList();
    }

    /** The radius as degrees of latitude, for the quick check before the spherical distance. */
    private static final double RADIUS_DEG = Math.toDegrees(RADIUS_KM * 1000 / Geodesy.MEAN_RADIUS_METRES);

    /** Whether b lies within {@link #RADIUS_KM} of a on the sphere. */
    static boolean within(GeoPoint a, GeoPoint b) {
        return Math.abs(a.latitudeDeg() - b.latitudeDeg()) <= RADIUS_DEG
                && Geodesy.sphericalMetres(a.latitudeDeg(), a.longitudeDeg(), b.latitudeDeg(), b.longitudeDeg())
                        <= RADIUS_KM * 1000;
    }
}
