package org.placemap.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.placemap.distance.Geodesy;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.NameNormalizer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * The other points a place name may stand for: a city's air base, naval base or airport, and a
 * facility's city ("Latakia" ↔ Hmeimim Air Base, 20 km away).
 *
 * <h2>Algorithm</h2>
 * A facility (air base, naval base, airport) is related to a city (populated place or capital) when
 * the two are at most {@value #MAX_KM} km apart on the ellipsoid and one of the facility's names, with
 * the facility words removed ("Hamah Air Base" → "Hamah", "Latakia International Airport" → "Latakia"),
 * has the same {@linkplain NameNormalizer#variant variant key} as one of the city's names. Nearness
 * alone is not enough: Shayrat air base is 30 km from Homs but is not what "Homs" means.
 *
 * <h2>Limitations</h2>
 * The gazetteer has no ports or naval bases yet (OurAirports and GeoNames cities only), so Tartus has no
 * alternative point; the data carries no airport municipality, so a facility named only after a
 * village near a city is not related to the city.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction.
 */
final class RelatedFacilities {

    static final double MAX_KM = 30.0;

    private static final Set<PlaceKind> FACILITIES = EnumSet.of(PlaceKind.AIR_BASE, PlaceKind.NAVAL_BASE, PlaceKind.AIRPORT);
    private static final Set<PlaceKind> CITIES = EnumSet.of(PlaceKind.POPULATED_PLACE, PlaceKind.CAPITAL);
    private static final Pattern FACILITY_WORDS = Pattern.compile("\\b(?:international|military|regional|municipal"
            + "|air force base|air base|airbase|air field|airfield|airport|air port|naval base|naval facility|navy base"
            + "|port|harbour|harbor|heliport|afb|air station|base)\\b");
    /** Degrees of latitude that certainly cover {@value #MAX_KM} km, for a cheap box test first. */
    private static final double BOX_DEG = 0.35;

    private final Gazetteer gazetteer;
    private final List<Place> facilities;

    RelatedFacilities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.facilities = gazetteer.places(FACILITIES);
    }

    /** The places related to {@code place}, nearest first; empty for areas and unrelated places. */
    List<Place> of(Place place) {
        if (CITIES.contains(place.kind())) {
            return facilitiesOf(place);
        }
        if (FACILITIES.contains(place.kind())) {
            return citiesOf(place);
        }
        return List.of();
    }

    private List<Place> facilitiesOf(Place city) {
        Set<String> keys = new HashSet<>();
        for (String name : names(city)) {
            addKey(keys, NameNormalizer.variant(name));
        }
        List<Place> out = new ArrayList<>();
        for (Place f : facilities) {
            if (near(city, f) && bareKeys(f).stream().anyMatch(keys::contains)) {
                out.add(f);
            }
        }
        out.sort((a, b) -> Double.compare(km(city, a), km(city, b)));
        return out;
    }

    private List<Place> citiesOf(Place facility) {
        Map<String, Place> out = new LinkedHashMap<>();
        for (String name : names(facility)) {
            String bare = bare(name);
            if (bare.isEmpty()) {
                continue;
            }
            for (Candidate c : gazetteer.candidates(bare)) {
                Place city = c.place();
                if (CITIES.contains(city.kind()) && near(facility, city)) {
                    out.putIfAbsent(city.id(), city);
                }
            }
        }
        List<Place> list = new ArrayList<>(out.values());
        list.sort((a, b) -> Double.compare(km(facility, a), km(facility, b)));
        return list;
    }

    private static Set<String> bareKeys(Place facility) {
        Set<String> keys = new HashSet<>();
        for (String name : names(facility)) {
            addKey(keys, NameNormalizer.variant(bare(name)));
        }
        return keys;
    }

    /** The name without facility words, folded: "Hamah Air Base" → "hamah". */
    static String bare(String name) {
        return FACILITY_WORDS.matcher(NameNormalizer.fold(name)).replaceAll(" ").trim().replaceAll("\\s+", " ");
    }

    private static void addKey(Set<String> keys, String key) {
        if (key.length() >= 3) { // two-letter keys ("al", "ad") relate everything to everything
            keys.add(key);
        }
    }

    private static List<String> names(Place p) {
        List<String> names = new ArrayList<>(p.alternateNames().size() + 1);
        names.add(p.name());
        names.addAll(p.alternateNames());
        return names;
    }

    private static boolean near(Place a, Place b) {
        if (Math.abs(a.point().latitudeDeg() - b.point().latitudeDeg()) > BOX_DEG) {
            return false;
        }
        return a != b && km(a, b) <= MAX_KM;
    }

    private static double km(Place a, Place b) {
        return Geodesy.distanceMetres(a.point(), b.point()) / 1_000.0;
    }
}
