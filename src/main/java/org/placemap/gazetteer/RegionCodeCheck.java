package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.placemap.distance.GeoPoint;

/**
 * Checks, at build time, that the GeoNames first-level code Natural Earth gives a region ({@code gn_a1_code}) names
 * the same area in the GeoNames towns. Natural Earth took those codes from an older GeoNames; where GeoNames has since
 * renumbered a country's first level, a code can now name another area: Natural Earth's province of Cagayan (northern
 * Luzon) carries "PH.14", which GeoNames now gives to the Muslim Mindanao region 900 km south, so every Mindanao town
 * looked as if it lay in Cagayan, and a Mindanao namesake won "Isabela" in a report on Cagayan and Isabela provinces.
 *
 * <p><b>Rule.</b> The towns GeoNames files under a code are sampled while they stream past ({@link #sample}: the first
 * {@value #SAMPLE} per code); the code is kept when at least half of them lie inside the union of the outlines of the
 * Natural Earth regions that carry it (several English counties share "GB.ENG": a finer drawing under a coarser code is
 * consistent; "near" allows for simplified coasts and islets, {@link #NEAR_DEG}), and removed from those regions when
 * fewer do, at least {@value #MIN_TOWNS} were sampled, and GeoNames' own name for the code (its {@code admin1Codes}
 * table, when the sources have it) is not one of the region's names (Incheon's towns sit on islets beyond the
 * simplified outline, but "KR.12" is still Incheon; "FR.11" is Île-de-France, not Natural Earth's Aude). A region
 * without a code still has its outline, so containment by outline still works for it; only the code-based checks
 * (region focus, "Paris, Texas") no longer take its stale code for another area's.
 *
 * <p>Not thread-safe: one builder, one thread.
 */
final class RegionCodeCheck {

    /** Towns sampled per code: enough to tell "mostly inside" from "elsewhere", bounded in time and memory. */
    static final int SAMPLE = 40;
    /**
     * How near an outline a town counts as inside it, in degrees (about 20 km): the outlines are simplified to about
     * 1 km and drop islets, and GeoNames puts some coastal and border towns just outside them (Lakshadweep's islands,
     * Basel's suburbs); a renumbered code's towns lie hundreds of kilometres away.
     */
    static final double NEAR_DEG = 0.2;
    /** Fewer sampled towns than this say nothing about a code: it is kept. */
    static final int MIN_TOWNS = 3;

    private final Map<String, List<String>> regionsByCode = new HashMap<>();
    private final Map<String, List<Place>> regions = new HashMap<>();
    private final Map<String, List<GeoPoint>> towns = new HashMap<>();
    private final Map<String, List<String>> codeNames;

    /**
     * @param naturalEarth the Natural Earth places read so far (its admin-1 regions are checked)
     * @param codeNames    GeoNames' names for each {@code CC.A1} code ({@link #names}), or empty when the sources lack the table
     */
    RegionCodeCheck(List<Place> naturalEarth, Map<String, List<String>> codeNames) {
        this.codeNames = codeNames;
        for (Place p : naturalEarth) {
            if (p.kind() == PlaceKind.ADMIN_REGION && !p.admin1Code().isEmpty() && !p.countryCode().isEmpty()) {
                regionsByCode.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p.id());
                regions.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** GeoNames' names (name, ASCII name) of every first-level code, from {@code admin1Codes.txt}: {@code CC.A1 name ascii id}. */
    static Map<String, List<String>> names(java.nio.file.Path admin1Codes) throws java.io.IOException {
        Map<String, List<String>> out = new HashMap<>();
        try (java.io.BufferedReader r = GeoNamesSource.open(admin1Codes)) {
            String line;
            String[] f = new String[4];
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || Tsv.split(line, '\t', f) != 4) {
                    continue; // malformed rows are reported by AdminDivisionSource, which reads the same table
                }
                out.put(f[0].strip(), List.of(f[1].strip(), f[2].strip()));
            }
        }
        return out;
    }

    /** Whether GeoNames' name for {@code code} is a name of a Natural Earth region that carries it. */
    private boolean namedAlike(String code) {
        List<String> gn = codeNames.getOrDefault(code, List.of());
        for (Place p : regions.getOrDefault(code, List.of())) {
            for (String g : gn) {
                String k = NameNormalizer.fold(g);
                if (!k.isEmpty() && (NameNormalizer.fold(p.name()).equals(k)
                        || p.alternateNames().stream().anyMatch(a -> NameNormalizer.fold(a).equals(k)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(Place p) {
        return p.countryCode() + "." + p.admin1Code();
    }

    /** Notes a GeoNames town's point under its code, when a Natural Earth region carries that code. */
    void sample(Place town) {
        if ((town.kind() != PlaceKind.POPULATED_PLACE && town.kind() != PlaceKind.CAPITAL) || town.point() == null
                || town.admin1Code().isEmpty()) {
            return;
        }
        String key = key(town);
        if (!regionsByCode.containsKey(key)) {
            return;
        }
        List<GeoPoint> list = towns.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.size() < SAMPLE) {
            list.add(town.point());
        }
    }

    /**
     * {@code naturalEarth} with the codes that name another area removed (see the class comment); each removal is
     * reported in {@code notes}.
     */
    List<Place> withoutForeignCodes(List<Place> naturalEarth, Map<String, Shape> shapes, List<String> notes) {
        GeometryFactory factory = new GeometryFactory();
        java.util.Set<String> foreign = new java.util.HashSet<>();
        for (Map.Entry<String, List<String>> e : regionsByCode.entrySet()) {
            List<GeoPoint> sampled = towns.getOrDefault(e.getKey(), List.of());
            if (sampled.size() < MIN_TOWNS) {
                continue;
            }
            List<org.locationtech.jts.geom.Geometry> outlines = new ArrayList<>();
            for (String id : e.getValue()) {
                Shape shape = shapes.get(id);
                if (shape != null) {
                    outlines.add(LineSource.polygons(shape.polygons()));
                }
            }
            if (outlines.isEmpty()) {
                continue;
            }
            int inside = 0;
            for (GeoPoint t : sampled) {
                var point = factory.createPoint(new Coordinate(t.longitudeDeg(), t.latitudeDeg()));
                if (outlines.stream().anyMatch(o -> o.isWithinDistance(point, NEAR_DEG))) {
                    inside++;
                }
            }
            if (2 * inside < sampled.size() && !namedAlike(e.getKey())) {
                foreign.add(e.getKey());
            }
        }
        List<Place> out = new ArrayList<>(naturalEarth.size());
        int removed = 0;
        for (Place p : naturalEarth) {
            if (p.kind() == PlaceKind.ADMIN_REGION && foreign.contains(key(p))) {
                out.add(new Place(p.id(), p.name(), p.alternateNames(), p.point(), p.kind(), p.featureClass(),
                        p.featureCode(), p.countryCode(), "", p.population()));
                removed++;
            } else {
                out.add(p);
            }
        }
        if (removed > 0) {
            notes.add("naturalearth admin-1: " + removed + " regions' GeoNames codes name another area in GeoNames today"
                    + " (most of that code's towns lie outside them) and were left out: " + String.join(", ",
                    new java.util.TreeSet<>(foreign)));
        }
        return out;
    }
}
