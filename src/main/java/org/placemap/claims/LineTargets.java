package org.placemap.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.placemap.gazetteer.BoundingBox;
import org.placemap.gazetteer.LineKind;
import org.placemap.gazetteer.Lines;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * The point a distance to a border or coast is measured to: the geodesically nearest point, from the claim's
 * subject, of the line the phrase names ({@link LineRef}), found by {@link Lines#nearest}.
 *
 * <h2>Which line</h2>
 * <ul>
 *   <li><b>Border</b>: two countries named ("the border between Iraq and Syria", "the Lebanese-Israeli
 *       border") → the border between them; one ("the Lebanese border", "the border with Jordan") → the
 *       nearest border that country has (from Metula in Israel, the Israel–Lebanon border; from Raqqa, the
 *       Syria–Turkey border); none ("the border") → the nearest border of the subject's own country. A first-level
 *       region named as the owner ("the border of the Gaza Strip", "the Gaza border") keeps to the pieces of its
 *       country's border within about 2 km of the region's bounds and names the line by it ("Israel–Gaza Strip
 *       border"), not by the whole country, whose nearest border may bound another part (the West Bank); with no such
 *       piece, the whole country's. When one
 *       country is named, the subject's own country shares no land border with it, and that country's coast is
 *       nearer than any of its borders, the coast is meant ("Lampedusa, 113 km from Tunisia": a sea border).</li>
 *   <li><b>Coast</b>: a country named ("Israel's coast", "the Chinese mainland") → its coast; none → the
 *       subject's country's coast; a sea named ("the Black Sea coast", "5 km from the Atlantic") → the nearest
 *       coast, of the named country if there is one. When the country has no coast in the geodata, the nearest
 *       coast of any country.</li>
 * </ul>
 * The result is a {@link Place} of kind {@link PlaceKind#BORDER} or {@link PlaceKind#COAST} that is never in
 * the gazetteer: id {@code border:IL-LB} (the line's ISO codes, sorted) or {@code coast:SY}, name "Israel–Lebanon
 * border" or "coast of Syria", point the nearest point. Measurement then runs as for two places.
 *
 * <h2>Limits</h2>
 * Natural Earth 1:10m lines, simplified to 0.001° (about 100 m): a distance under a few hundred metres is within
 * the geometry's error. An island's own coast counts as its country's coast ("the shoreline of the island of
 * Taiwan" from Kinmen, itself Taiwanese, is Kinmen's own shore). Seas are not outlined in the geodata, so "the
 * Black Sea coast" is the nearest coast, whichever sea it faces.
 *
 * <h2>Thread safety</h2>
 * Immutable; the lines are loaded once, on first use, by the gazetteer.
 */
final class LineTargets {

    static final LineTargets NONE = new LineTargets(() -> Lines.NONE, PlaceNames.NONE);

    private final Supplier<Lines> lines;
    private final PlaceNames names;

    LineTargets(Supplier<Lines> lines, PlaceNames names) {
        this.lines = lines;
        this.names = names;
    }

    /** The nearest point of the line {@code ref} names, from {@code subject}; null when there is none to measure to. */
    Place nearest(LineRef ref, Place subject) {
        if (ref == null || !ref.measurable() || subject == null || subject.point() == null) {
            return null;
        }
        List<String> named = ref.countries().stream().map(Place::countryCode).toList();
        String own = subject.countryCode();
        Lines all = lines.get();
        Optional<Lines.Nearest> found;
        Place region = null;
        if (ref.kind() == LineKind.BORDER) {
            List<String> want = !named.isEmpty() ? named : own.isEmpty() ? List.of() : List.of(own);
            found = Optional.empty();
            region = namedRegion(ref);
            BoundingBox bounds = region == null ? null : names.boundsOf(region);
            if (bounds != null) { // "the border of the Gaza Strip": the part of its country's border that bounds it
                BoundingBox near = new BoundingBox(bounds.southDeg() - MARGIN_DEG, bounds.westDeg() - MARGIN_DEG,
                        bounds.northDeg() + MARGIN_DEG, bounds.eastDeg() + MARGIN_DEG);
                found = all.nearest(subject.point(), LineKind.BORDER, codes -> codes.containsAll(want), near);
            }
            if (found.isEmpty()) {
                region = null;
                found = all.nearest(subject.point(), LineKind.BORDER, codes -> codes.containsAll(want));
            }
            if (named.size() == 1 && !own.isEmpty() && !own.equals(named.getFirst())
                    && all.nearest(subject.point(), LineKind.BORDER, codes -> codes.containsAll(List.of(own, named.getFirst()))).isEmpty()) {
                // "Lampedusa, 113 km from Tunisia": no land border between the two countries, so the sea one, at the coast
                Optional<Lines.Nearest> coast = all.nearest(subject.point(), LineKind.COAST, codes -> codes.containsAll(named));
                if (coast.isPresent() && (found.isEmpty() || coast.get().km() < found.get().km())) {
                    found = coast;
                }
            }
        } else {
            List<String> want = !named.isEmpty() ? named.subList(0, 1)
                    : ref.sea() != null || own.isEmpty() ? List.of() : List.of(own);
            Predicate<List<String>> accept = codes -> codes.containsAll(want);
            found = all.nearest(subject.point(), LineKind.COAST, accept);
            if (found.isEmpty() && named.isEmpty()) {
                found = all.nearest(subject.point(), LineKind.COAST, codes -> true); // a landlocked subject's country
            }
        }
        Place side = region;
        return found.map(n -> place(ref, n, side)).orElse(null);
    }

    /** How far around a named region's bounds a piece of border may lie (about 2 km). */
    private static final double MARGIN_DEG = 0.02;

    /** A first-level region or disputed area the phrase names as the border's owner ("the Gaza Strip"), or null. */
    private static Place namedRegion(LineRef ref) {
        for (Place p : ref.countries()) {
            if (p.kind() == PlaceKind.ADMIN_REGION || p.kind() == PlaceKind.DISPUTED_AREA) {
                return p;
            }
        }
        return null;
    }

    private Place place(LineRef ref, Lines.Nearest n, Place region) {
        List<String> codes = new ArrayList<>(n.countryCodes());
        codes.sort(null);
        List<String> countryNames = codes.stream()
                .map(c -> region != null && c.equals(region.countryCode()) ? region.name() : countryName(c)).toList();
        String id = n.kind().word() + (codes.isEmpty() ? "" : ":" + String.join("-", codes));
        String name;
        if (n.kind() == LineKind.BORDER) {
            name = String.join("–", countryNames) + " border";
        } else if (ref.sea() != null) {
            name = ref.sea().name() + " coast" + (countryNames.isEmpty() ? "" : " of " + String.join(" and ", countryNames));
        } else {
            name = countryNames.isEmpty() ? "coast" : "coast of " + String.join(" and ", countryNames);
        }
        PlaceKind kind = n.kind() == LineKind.BORDER ? PlaceKind.BORDER : PlaceKind.COAST;
        return new Place(id, name, List.of(), n.point(), kind, "", "", codes.isEmpty() ? "" : codes.getFirst(), "", 0);
    }

    private String countryName(String code) {
        Place p = names.country(code);
        return p == null ? code : p.name();
    }
}
