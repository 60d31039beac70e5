package org.placemap.claims;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.placemap.distance.Geodesy;
import org.placemap.gazetteer.BoundingBox;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.NameNormalizer;
import org.placemap.gazetteer.Outline;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * What the gazetteer says about names a claim pattern makes places of but the geoparser left alone:
 * "Sderot, with a population of 24,000, is roughly four miles from …" (a sentence-initial word the
 * geoparser did not dare to call a place), "Ghaziyeh is some 30 kilometres from …" (a small town without
 * support elsewhere in the article), and the capital a phrase names without naming it ("the Russian
 * capital").
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Known name</b>: the gazetteer has a town, capital, air or naval base or airport one of whose names
 *       has the same spelling key ({@link NameNormalizer#variant}) as the name: "Ghaziyeh" is Ghazieh.
 *       Looser spellings (one letter off) are not trusted here: "Matsu" is not Matsue.</li>
 *   <li><b>Resolution</b> of such a name: the highest-scored of those places that lies within {@value
 *       #MIN_RADIUS_KM} km, or three times the cited distance if that is more, of the claim's other end when
 *       that end is resolved; the best-scored overall when it is not. The radius keeps a Syrian village from
 *       being measured to its namesake in Argentina; it is far wider than any tolerance, so it cannot make a
 *       wrong distance look right.</li>
 *   <li><b>Capital</b> of a country: its GeoNames national capital (PPLC), else its most populous capital; of a
 *       first-level division ("the Borno state capital"): the most populous seat (PPLA) filed under its code.</li>
 * </ul>
 * Without a gazetteer ({@link #NONE}) nothing is known and nothing resolved.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction.
 */
final class PlaceNames {

    static final PlaceNames NONE = new PlaceNames(null);

    static final double MIN_RADIUS_KM = 500;
    private static final Set<PlaceKind> POINTS = EnumSet.of(PlaceKind.POPULATED_PLACE, PlaceKind.CAPITAL,
            PlaceKind.AIR_BASE, PlaceKind.NAVAL_BASE, PlaceKind.AIRPORT);

    private final Gazetteer gazetteer;
    private final Map<String, Place> capitals = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();

    PlaceNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        if (gazetteer != null) {
            for (Place p : gazetteer.places(EnumSet.of(PlaceKind.CAPITAL, PlaceKind.COUNTRY))) {
                if (p.kind() == PlaceKind.CAPITAL && !p.countryCode().isEmpty()) {
                    capitals.merge(p.countryCode(), p, PlaceNames::betterCapital);
                }
                if (p.kind() == PlaceKind.COUNTRY && !p.countryCode().isEmpty()) {
                    countries.putIfAbsent(p.countryCode(), p);
                }
            }
        }
    }

    private static Place betterCapital(Place a, Place b) {
        boolean aNational = a.featureCode().equals("PPLC");
        boolean bNational = b.featureCode().equals("PPLC");
        if (aNational != bNational) {
            return aNational ? a : b;
        }
        return a.population() >= b.population() ? a : b;
    }

    /** Whether the gazetteer has a town or facility of this name (rule in the class comment). */
    boolean isKnown(String name) {
        return !points(name).isEmpty();
    }

    /**
     * The place an unresolved name in a claim stands for, or null.
     *
     * @param other   the claim's other end, or null when it is unresolved
     * @param citedKm the cited distance in kilometres, or null without a unit
     */
    Place resolve(String name, Place other, Double citedKm) {
        List<Candidate> found = points(name);
        if (other != null) {
            double radius = Math.max(MIN_RADIUS_KM, citedKm == null ? 0 : 3 * citedKm);
            found = found.stream()
                    .filter(c -> Geodesy.distanceMetres(c.place().point(), other.point()) / 1_000.0 <= radius)
                    .toList();
        }
        return found.stream().max(Comparator.comparingDouble(Candidate::score)).map(Candidate::place).orElse(null);
    }

    /**
     * "Klimovo is located some 10km from the border with Ukraine": a town measured from one named country's border lies
     * outside that country. When {@code chosen} (the geoparser's reading, pulled by the article's other names) lies in
     * {@code country}, the most likely place of the same name outside it, if the gazetteer rates it at least as likely
     * on its own ({@link Candidate#score}, population and kind: the article's focus was all that put {@code chosen}
     * first); otherwise {@code chosen}.
     */
    Place outsideBorderCountry(String name, Place chosen, String country) {
        if (chosen == null || country.isEmpty() || !country.equals(chosen.countryCode()) || !POINTS.contains(chosen.kind())) {
            return chosen;
        }
        List<Candidate> found = points(name);
        double inside = found.stream().filter(c -> c.place().id().equals(chosen.id())).mapToDouble(Candidate::score)
                .findFirst().orElse(Double.NaN);
        return found.stream()
                .filter(c -> !c.place().countryCode().isEmpty() && !c.place().countryCode().equals(country))
                .filter(c -> !Double.isNaN(inside) && c.score() >= inside)
                .max(Comparator.comparingDouble(Candidate::score)).map(Candidate::place).orElse(chosen);
    }

    /** The capital of {@code country} (any place of that country code), or null. */
    Place capitalOf(Place country) {
        return country == null ? null : capitals.get(country.countryCode());
    }

    /**
     * The capital of the first-level division {@code region} ("the Borno state capital": Maiduguri): the seat GeoNames
     * files under the region's admin-1 code ({@link Gazetteer#regionalSeat}); null otherwise.
     */
    Place regionalCapitalOf(Place region) {
        return gazetteer == null ? null : gazetteer.regionalSeat(region);
    }

    /**
     * The country named exactly {@code name} ("China"), for a name the geoparser left unresolved where a line
     * phrase makes it a country ("off the coast of Mainland China"); null when no country has that name.
     */
    Place countryNamed(String name) {
        if (gazetteer == null || name == null || name.isBlank()) {
            return null;
        }
        return gazetteer.exactCandidates(name).stream().map(Candidate::place)
                .filter(p -> p.kind() == PlaceKind.COUNTRY && !p.countryCode().isEmpty()).findFirst().orElse(null);
    }

    /**
     * The first-level region or disputed area of {@code town}'s country named like the town, alone or with "Strip",
     * "Region", "Province" or "Governorate" ("the Gaza border": the Gaza Strip, not the city); null when there is none.
     */
    Place areaNamedLike(Place town) {
        if (gazetteer == null || town == null || town.countryCode().isEmpty()) {
            return null;
        }
        for (String suffix : List.of("", " Strip", " Region", " Province", " Governorate")) {
            for (Candidate c : gazetteer.exactCandidates(town.name() + suffix)) {
                Place p = c.place();
                if ((p.kind() == PlaceKind.ADMIN_REGION || p.kind() == PlaceKind.DISPUTED_AREA)
                        && town.countryCode().equals(p.countryCode())) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The bounds of {@code area}'s outline, or null when the geodata has none. */
    BoundingBox boundsOf(Place area) {
        return gazetteer == null || area == null ? null : gazetteer.outline(area.id()).map(Outline::bounds).orElse(null);
    }

    /** The country with ISO code {@code code} ("LB"), or null. */
    Place country(String code) {
        return countries.get(code);
    }

    private List<Candidate> points(String name) {
        if (gazetteer == null || name == null || name.isBlank()) {
            return List.of();
        }
        String key = NameNormalizer.variant(name);
        return gazetteer.candidates(name).stream()
                .filter(c -> POINTS.contains(c.place().kind()))
                .filter(c -> key.equals(NameNormalizer.variant(c.place().name()))
                        || c.place().alternateNames().stream().anyMatch(a -> key.equals(NameNormalizer.variant(a))))
                .toList();
    }
}
