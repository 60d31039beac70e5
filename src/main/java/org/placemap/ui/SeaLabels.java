package org.placemap.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Outline;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.map.GeoMap;

/**
 * The names of seas, oceans and straits for the map: every gazetteer entry of kind SEA or STRAIT that has
 * an outline, at its gazetteer point, with its outline's west and east edges (the map names a sea only
 * while it is wider on screen than its name), largest first. Made once per gazetteer and shared by every
 * view: the list is the same for all.
 *
 * <p>Thread safety: the cache is synchronised; the lists are immutable.
 */
final class SeaLabels {
    private static final Map<Gazetteer, List<GeoMap.AreaLabel>> CACHE = new WeakHashMap<>();

    private SeaLabels() {}

    static synchronized List<GeoMap.AreaLabel> of(Gazetteer gazetteer) {
        return CACHE.computeIfAbsent(gazetteer, g -> g.places(java.util.EnumSet.of(PlaceKind.SEA, PlaceKind.STRAIT)).stream()
                .flatMap(p -> g.outline(p.id()).stream().map(o -> new Sea(p, o)))
                .sorted(Comparator.comparingDouble((Sea s) -> s.outline().areaKm2()).reversed())
                .map(s -> new GeoMap.AreaLabel(s.place().name(), round(s.place().point().latitudeDeg()),
                        round(s.place().point().longitudeDeg()), round(s.outline().bounds().westDeg()),
                        round(s.outline().bounds().eastDeg())))
                .toList());
    }

    private record Sea(Place place, Outline outline) {}

    private static double round(double deg) {
        return Math.round(deg * 100) / 100.0;
    }
}
