package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.placemap.distance.GeoPoint;

/**
 * Natural Earth layers that name areas: admin-1 regions, disputed areas, marine polygons and physical
 * regions. Each feature becomes one entry placed at Natural Earth's label point when the layer has one,
 * else at {@link Geometry#representativePoint}, and its simplified polygon goes into {@code shapes}
 * under the entry's id (for {@code outlines.tsv.gz} and the area term of the prior).
 */
final class NaturalEarthSource {

    private NaturalEarthSource() {}

    /**
     * A region whose largest polygon holds at least this share of its area is placed inside that polygon when its
     * label point lies outside it ({@link Geometry#offMainBody}).
     */
    static final double MAIN_BODY_SHARE = 0.6;

    /** What one layer's feature becomes; null leaves the feature out. */
    @FunctionalInterface
    private interface FeatureRule {
        Place toPlace(Map<String, Object> props, Object geometry, Set<String> usedIds);
    }

    /** One named marine area, all of its Natural Earth features merged. */
    record Marine(String name, String alternate, PlaceKind kind, GeoPoint point, Shape shape) {}

    /**
     * Admin-1 regions; fills {@code isoRegionToAdmin1} (ISO 3166-2 → GeoNames admin1 code) on the way.
     */
    static List<Place> admin1(Path file, SourceLog log, Map<String, String> isoRegionToAdmin1,
                              Map<String, Shape> shapes, RegionMembers regions) throws IOException {
        return read(file, log, shapes, (p, geometry, ids) -> {
            regions.add(p, geometry);
            String name = firstLatin(p, "name", "name_en", "gns_name", "woe_name");
            if (name == null) {
                return null; // placeholder polygons (adm1_code "RUS+99?") carry no name at all
            }
            String admin1 = text(p, "gn_a1_code");
            admin1 = admin1.contains(".") ? admin1.substring(admin1.indexOf('.') + 1) : "";
            String iso = text(p, "iso_3166_2");
            if (!iso.isEmpty() && !admin1.isEmpty()) {
                isoRegionToAdmin1.putIfAbsent(iso, admin1);
            }
            List<String> spellings = new ArrayList<>(List.of(text(p, "name_en"), text(p, "woe_name"),
                    text(p, "gns_name"), text(p, "gn_name")));
            spellings.addAll(Arrays.asList(text(p, "name_alt").split("\\|")));
            spellings.addAll(parenthesised(name));
            GeoPoint point = p.get("latitude") instanceof Double lat && p.get("longitude") instanceof Double lon
                    ? new GeoPoint(lat, lon) : Geometry.representativePoint(geometry);
            if (Geometry.offMainBody(geometry, point, MAIN_BODY_SHARE)) {
                point = Geometry.representativePoint(geometry); // a label on an outlying islet: the main island instead
            }
            List<String> alternates = new ArrayList<>(Names.alternates(name, spellings));
            String initials = regionInitials(name);
            if (initials != null) {
                alternates.add(initials);
            }
            String dotted = dottedAbbreviation(text(p, "abbrev"), countryCode(text(p, "iso_a2")));
            if (dotted != null) {
                alternates.add(dotted);
            }
            return new Place(uniqueId("naturalearth:" + require(p, "adm1_code"), ids), name,
                    alternates, point, PlaceKind.ADMIN_REGION, "A", "ADM1",
                    countryCode(text(p, "iso_a2")), admin1, 0);
        });
    }

    /**
     * The capitalised initials news writes for a first-level region of three or more words: NSW (New
     * South Wales), ACT (Australian Capital Territory), NRW (North Rhine-Westphalia), PEI (Prince Edward
     * Island). Null for shorter names: two letters (WA, SA, NT, UP, AP) are too often something else, a
     * wire agency among them. Matched case-sensitively, like the countries' initials.
     */
    static String regionInitials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("[\\s-]+")) {
            if (w.isEmpty() || List.of("of", "the", "and", "de", "del", "do", "da").contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return null;
            }
            sb.append(NameNormalizer.fold(w.substring(0, 1)).toUpperCase(java.util.Locale.ROOT));
        }
        String s = sb.toString();
        return s.matches("[A-Z]{3,5}") ? s : null;
    }

    /** Fewest first-level divisions a Natural Earth {@code region} must group to become a place of its own. */
    static final int MIN_REGION_MEMBERS = 2;

    /**
     * What {@link #admin1Regions} needs of the admin-1 file, gathered while {@link #admin1} reads it: every division's
     * and country's name, and per country and region name the label point and area of each division in it.
     */
    static final class RegionMembers {
        private record Member(double lat, double lon, double areaKm2) {}

        private final Map<String, List<Member>> byRegion = new LinkedHashMap<>();
        private final Map<String, String> regionName = new HashMap<>();
        private final Set<String> divisionNames = new HashSet<>();

        void add(Map<String, Object> p, Object geometry) {
            divisionNames.add(NameNormalizer.fold(text(p, "name")));
            divisionNames.add(NameNormalizer.fold(text(p, "admin")));
            String region = text(p, "region").replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
            String cc = countryCode(text(p, "iso_a2"));
            if (region.isEmpty() || cc.isEmpty() || !Names.isLatin(region)
                    || !(p.get("latitude") instanceof Double lat) || !(p.get("longitude") instanceof Double lon)) {
                return;
            }
            String key = cc + "|" + NameNormalizer.fold(region);
            regionName.putIfAbsent(key, region);
            List<Member> members = byRegion.computeIfAbsent(key, k -> new ArrayList<>());
            double areaKm2;
            try {
                areaKm2 = Math.max(1.0, Geometry.areaKm2(Geometry.polygons(geometry)));
            } catch (IllegalArgumentException e) {
                return; // a broken geometry: the division is reported by the admin-1 reader, and counts in no region
            }
            members.add(new Member(lat, lon, areaKm2));
        }
    }

    /**
     * The regions Natural Earth groups first-level divisions into (its {@code region} field): Darfur (five Sudanese
     * states), Kordofan, Kurdistan (three Iraqi governorates), Italy's regions over its provinces, Japan's, France's,
     * Spain's. GeoNames and the admin-1 polygons name only the parts; news names the whole ("fighting in Darfur").
     *
     * <p>Rule: one place per country and region name that groups at least {@value #MIN_REGION_MEMBERS} divisions, whose
     * name (without a bracketed part: "Bicol (Region V)" is Bicol) is in Latin script, is not itself the name of a
     * division or country in the file, and says which region it is ({@link AdminDivisionSource#distinctiveDivisionName}
     * and {@link #onlyDirections}: not "Northeast", "Far Eastern", "Border"). It stands at the area-weighted mean of its
     * divisions' label points (a region is contiguous in practice, so the mean lies inside it) and carries their country
     * code, so the article's country supports it like any region of that country. Kind {@link PlaceKind#REGION}, no
     * outline; its area (the sum of its divisions', into {@code areas}) gives it the prior of an area of that size.
     */
    static List<Place> admin1Regions(RegionMembers regions, Map<String, Double> areas) {
        List<Place> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (var e : regions.byRegion.entrySet()) {
            String name = regions.regionName.get(e.getKey());
            List<RegionMembers.Member> members = e.getValue();
            if (members.size() < MIN_REGION_MEMBERS || regions.divisionNames.contains(NameNormalizer.fold(name))
                    || !AdminDivisionSource.distinctiveDivisionName(name, false) || onlyDirections(name)) {
                continue;
            }
            double x = 0, y = 0, z = 0, area = 0;
            for (RegionMembers.Member m : members) {
                double la = Math.toRadians(m.lat()), lo = Math.toRadians(m.lon());
                x += m.areaKm2() * Math.cos(la) * Math.cos(lo);
                y += m.areaKm2() * Math.cos(la) * Math.sin(lo);
                z += m.areaKm2() * Math.sin(la);
                area += m.areaKm2();
            }
            GeoPoint point = Geometry.directionOf(x, y, z);
            String cc = e.getKey().substring(0, e.getKey().indexOf('|'));
            String id = uniqueId("naturalearth:admin1-region:" + cc.toLowerCase(java.util.Locale.ROOT) + ":"
                    + NameNormalizer.fold(name).replace(' ', '-'), ids);
            ids.add(id);
            out.add(new Place(id, name, List.of(), point, PlaceKind.REGION, "L", "RGN", cc, "", 0));
            areas.put(id, area);
        }
        return out;
    }

    /** Words of a region name that only say where in its country it lies. */
    private static final Set<String> DIRECTION_WORDS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "middle", "mid", "far", "border", "region",
            "economic", "capital", "coast", "coastal", "inner", "outer", "midwest", "norte", "sul", "sur", "leste", "este",
            "oeste", "centro", "centre", "nord", "ouest", "special", "municipalities", "province", "outlying", "islands");

    /**
     * "Northeast", "Far Eastern", "Mid-East", "Border", "Norte": a direction within the country, no name a reader would
     * use; and one-word adjectives ("Siberian", "Flemish", "Walloon").
     */
    static boolean onlyDirections(String name) {
        String folded = NameNormalizer.fold(name);
        if (folded.indexOf(' ') < 0 && folded.matches(".*(?:ian|ish|ese|oon)")) {
            return true; // "Siberian", "Flemish", "Walloon": Natural Earth's adjectives, read as peoples, not places
        }
        return Names.onlyWordsFrom(folded, DIRECTION_WORDS);
    }

    /** Where English-language news writes a region's dotted initials: B.C., N.Y., N.S.W., P.E.I. */
    private static final java.util.Set<String> DOTTED_ABBREVIATION_COUNTRIES = java.util.Set.of("CA", "US", "AU");

    /**
     * Natural Earth's abbreviation of a first-level region when it is dotted initials news writes for it: "B.C."
     * (British Columbia), "N.Y.", "N.S.W.", "P.E.I.", in Canada, the United States and Australia, where English news
     * uses them; matched case-sensitively like every abbreviation. Null otherwise: "U.N." (Upper Nile) is the United
     * Nations, and two initials elsewhere ("S.P.", "D.F.") are read as anything but a region. "S.A." and "W.A." are
     * left out too: a company's and a person's initials.
     */
    static String dottedAbbreviation(String abbrev, String country) {
        if (abbrev == null || !abbrev.matches("(?:[A-Z]\\.){2,4}") || !DOTTED_ABBREVIATION_COUNTRIES.contains(country)
                || abbrev.equals("S.A.") || abbrev.equals("W.A.")) {
            return null;
        }
        return abbrev;
    }

    /** Disputed, breakaway and leased areas (Golan Heights, Crimea, UNDOF zone …). */
    static List<Place> disputedAreas(Path file, SourceLog log, Map<String, Shape> shapes) throws IOException {
        return read(file, log, shapes, (p, geometry, ids) -> {
            String name = require(p, "BRK_NAME");
            List<String> spellings = new ArrayList<>(Arrays.asList(text(p, "NAME_ALT").split(",")));
            spellings.add(expandAbbreviations(name));
            return new Place(uniqueId("naturalearth:" + require(p, "BRK_A3"), ids), name,
                    Names.alternates(name, spellings), Geometry.representativePoint(geometry),
                    PlaceKind.DISPUTED_AREA, "", "", countryCode(text(p, "ISO_A2")), "", 0);
        });
    }

    /**
     * Seas, gulfs, bays, straits and channels, one per name (a sea drawn as several polygons is one
     * area), keyed by the folded name; rivers and reefs are left out. The builder lets GeoNames water
     * entries of the same name take the shape and makes entries of the rest ({@link #marinePlaces}).
     */
    static Map<String, Marine> marine(Path file, SourceLog log) throws IOException {
        Map<String, Marine> byName = new LinkedHashMap<>();
        forEachFeature(file, log, (p, geometry) -> {
            PlaceKind kind = switch (text(p, "featurecla")) {
                case "strait", "channel" -> PlaceKind.STRAIT;
                case "river", "reef" -> null;
                default -> PlaceKind.SEA;
            };
            String name = Names.titleCase(text(p, "name"));
            if (kind == null || name.isEmpty()) {
                return false;
            }
            Shape shape = Shape.of(geometry);
            byName.merge(NameNormalizer.fold(name),
                    new Marine(name, Names.titleCase(text(p, "namealt")), kind, Geometry.representativePoint(geometry), shape),
                    (a, b) -> new Marine(a.name(), a.alternate(), a.kind(), a.point(), a.shape().plus(b.shape())));
            return true;
        });
        return byName;
    }

    /** Entries for the marine areas no GeoNames entry took. */
    static List<Place> marinePlaces(Iterable<Marine> unclaimed, Map<String, Shape> shapes) {
        List<Place> out = new ArrayList<>();
        for (Marine m : unclaimed) {
            String id = "naturalearth:marine:" + NameNormalizer.fold(m.name()).replace(' ', '-');
            List<String> spellings = new ArrayList<>(List.of(m.alternate()));
            String bare = Names.bareSeaName(m.name());
            if (bare != null) {
                spellings.add(bare);
            }
            out.add(new Place(id, m.name(), Names.alternates(m.name(), spellings), m.point(), m.kind(), "", "", "", "", 0));
            shapes.put(id, m.shape());
        }
        return out;
    }

    /** Physical regions: continents, peninsulas, plateaus, deserts, ranges, islands (Crimea, Sinai …). */
    static List<Place> regions(Path file, SourceLog log, Map<String, Shape> shapes) throws IOException {
        return read(file, log, shapes, (p, geometry, ids) -> {
            String name = Names.titleCase(text(p, "name"));
            if (name.isEmpty()) {
                return null; // Natural Earth leaves some polygons unnamed on purpose
            }
            String id = uniqueId("naturalearth:region:" + NameNormalizer.fold(name).replace(' ', '-'), ids);
            return new Place(id, name, Names.alternates(name, List.of(Names.titleCase(text(p, "namealt")))),
                    Geometry.representativePoint(geometry), PlaceKind.REGION, "L",
                    text(p, "featurecla").equals("Continent") ? "CONT" : "", "", "", 0);
        });
    }

    private static List<Place> read(Path file, SourceLog log, Map<String, Shape> shapes, FeatureRule rule)
            throws IOException {
        List<Place> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachFeature(file, log, (props, geometry) -> {
            Place place = rule.toPlace(props, geometry, ids);
            if (place == null) {
                return false;
            }
            Shape shape = Shape.of(geometry);
            ids.add(place.id());
            out.add(place);
            shapes.put(place.id(), shape);
            return true;
        });
        return out;
    }

    /** What to do with one feature; true when it was used. */
    @FunctionalInterface
    private interface FeatureUse {
        boolean use(Map<String, Object> props, Object geometry);
    }

    /** Features without properties or with broken geometry are reported by position and skipped. */
    private static void forEachFeature(Path file, SourceLog log, FeatureUse use) throws IOException {
        try (BufferedReader r = GeoNamesSource.open(file)) {
            MiniJson.forEachFeature(r, feature -> {
                log.row();
                if (!(feature.get("properties") instanceof Map<?, ?> raw)) {
                    log.badFeature(log.rows(), "feature without properties");
                    return;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> props = (Map<String, Object>) raw;
                try {
                    if (use.use(props, feature.get("geometry"))) {
                        log.accepted();
                    }
                } catch (IllegalArgumentException e) {
                    log.badFeature(log.rows(), e.getMessage());
                }
            });
        }
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String text(Map<String, Object> p, String key) {
        return p.get(key) instanceof String s && !s.equals("-99") ? s.strip() : "";
    }

    private static String require(Map<String, Object> p, String key) {
        String s = text(p, key);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("missing property " + key);
        }
        return s;
    }

    /** The first Latin-script value of {@code keys}; null when all are empty. */
    private static String firstLatin(Map<String, Object> p, String... keys) {
        boolean any = false;
        for (String k : keys) {
            String s = text(p, k);
            any |= !s.isEmpty();
            if (!s.isEmpty() && Names.isLatin(s)) {
                return PlaceTsv.cleanName(s);
            }
        }
        if (any) {
            throw new IllegalArgumentException("no Latin-script name in " + List.of(keys));
        }
        return null;
    }

    /** "Homs (Hims)" is a label for two names: "Homs" and "Hims". */
    static List<String> parenthesised(String name) {
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        if (open <= 0 || close < 0) {
            return List.of();
        }
        return List.of(name.substring(0, open).strip(), name.substring(open + 1, close).strip());
    }

    private static String countryCode(String iso) {
        return iso.matches("[A-Z]{2}") ? iso : "";
    }

    /** Natural Earth abbreviates for map labels ("Kuril Is.", "W. Sahara"); articles spell them out. */
    static String expandAbbreviations(String name) {
        Map<String, String> words = new HashMap<>();
        words.put("Is.", "Islands");
        words.put("I.", "Island");
        words.put("W.", "Western");
        words.put("N.", "Northern");
        words.put("S.", "South");
        words.put("Br.", "British");
        words.put("Ter.", "Territory");
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(words.getOrDefault(w, w));
        }
        return sb.toString();
    }
}
