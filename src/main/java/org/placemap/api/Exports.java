package org.placemap.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placemap.api.ApiJson.ClaimJson;
import org.placemap.api.Csv.Num;
import org.placemap.atlas.Atlas;
import org.placemap.atlas.MappedClaim;
import org.placemap.atlas.Excerpt;
import org.placemap.atlas.MappedPlace;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Endpoint;
import org.placemap.corpus.TextRange;
import org.placemap.corpus.Zone;
import org.placemap.distance.GeoPoint;
import org.placemap.distance.Geodesy;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * The Atlas as GeoJSON (RFC 7946: longitude before latitude, WGS84) and CSV. Pure functions of an Atlas.
 */
final class Exports {
    private Exports() {}

    /** A mention of a place with where it comes from. */
    record Provenance(String articleId, String articleTitle, int start, int end, String text, String zone,
            String excerpt, String decidedBy, java.time.Instant decidedAt) {}

    /** Each article's mentions, readers' decisions included, by article id (to mark claim ends decided). */
    static Map<String, List<Mention>> mentionsByArticle(Atlas atlas) {
        Map<String, List<Mention>> out = new HashMap<>();
        for (ParsedArticle parsed : atlas.articles()) {
            out.put(parsed.article().id(), parsed.mentions());
        }
        return out;
    }

    /** The claim as JSON, its ends marked as decided by a reader where one corrected them. */
    static ClaimJson claimJson(MappedClaim mc, Map<String, List<Mention>> mentions) {
        return ClaimJson.of(mc.id(), mc.claim(), mentions.getOrDefault(mc.claim().articleId(), List.of()));
    }

    /** Every resolved mention outside boilerplate (the ones the map counts), by place id, in article order. */
    static Map<String, List<Provenance>> mentionsByPlace(Atlas atlas) {
        // each mention's sentence is the excerpt the map already holds for its place, article and
        // sentence start: no article text is read
        Map<String, String> sentences = new HashMap<>();
        for (MappedPlace p : atlas.places()) {
            for (Excerpt e : p.excerpts()) {
                sentences.putIfAbsent(p.id() + "|" + e.articleId() + "|" + e.start(), e.text());
            }
        }
        Map<String, List<Provenance>> out = new LinkedHashMap<>();
        for (ParsedArticle parsed : atlas.articles()) {
            for (Mention m : parsed.resolvedMentions()) {
                if (m.zone() == Zone.BOILERPLATE) {
                    continue;
                }
                TextRange s = parsed.sentenceOf(m);
                boolean inside = s.length() > 0 && s.start() <= m.start() && m.end() <= s.end();
                String excerpt = sentences.getOrDefault(m.place().id() + "|" + parsed.article().id() + "|"
                        + (inside ? s.start() : m.start()), m.text().replaceAll("(?U)\\s+", " ").strip());
                out.computeIfAbsent(m.place().id(), k -> new ArrayList<>()).add(new Provenance(
                        parsed.article().id(), parsed.article().title(), m.start(), m.end(), m.text(),
                        ApiJson.lower(m.zone().name()), excerpt, m.decidedBy(),
                        m.decision() == null ? null : m.decision().at()));
            }
        }
        return out;
    }

    /** Places as Point features with their mentions and provenance. */
    static Map<String, Object> placesGeoJson(Atlas atlas) {
        return placesGeoJson(atlas, ExportFilter.ALL);
    }

    /** The places {@code filter} keeps (the atlas already narrowed to its articles). */
    static Map<String, Object> placesGeoJson(Atlas atlas, ExportFilter filter) {
        Map<String, List<Provenance>> mentions = mentionsByPlace(atlas);
        List<Object> features = new ArrayList<>();
        for (MappedPlace p : atlas.places()) {
            if (!filter.keeps(p)) {
                continue;
            }
            GeoPoint pt = p.place().point();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", p.id());
            props.put("name", p.place().name());
            props.put("label", p.label());
            props.put("kind", ApiJson.lower(p.place().kind().name()));
            props.put("category", ApiJson.lower(p.place().kind().category().name()));
            props.put("countryCode", p.place().countryCode());
            props.put("mentionCount", p.mentionCount());
            props.put("articleCount", p.articleCount());
            props.put("mentions", mentions.getOrDefault(p.id(), List.of()));
            features.add(feature(p.id(), pt == null ? null : point(pt), props));
        }
        return collection(features);
    }

    static Map<String, Object> claimsGeoJson(Atlas atlas) {
        return claimsGeoJson(atlas, ExportFilter.ALL);
    }

    /** Points on a claim's geodesic in its GeoJSON geometry: the line a reader sees on the map, not a chord. */
    static final int GEODESIC_SEGMENTS = 32;

    /**
     * Claims as geodesics from the subject to the reference place: a LineString densified to
     * {@value #GEODESIC_SEGMENTS} segments, split into a MultiLineString where it crosses the antimeridian
     * (RFC 7946 §3.1.9); null geometry when an end has no point. Only the claims {@code filter} keeps.
     */
    static Map<String, Object> claimsGeoJson(Atlas atlas, ExportFilter filter) {
        List<Object> features = new ArrayList<>();
        Map<String, List<Mention>> mentions = mentionsByArticle(atlas);
        for (MappedClaim mc : atlas.claims()) {
            if (!filter.keeps(mc)) {
                continue;
            }
            DistanceClaim c = mc.claim();
            Map<String, Object> geometry = null;
            if (mc.drawable()) {
                geometry = geodesic(Geodesy.path(c.from().point(), c.to().point(), GEODESIC_SEGMENTS));
            }
            ClaimJson json = claimJson(mc, mentions);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", json.id());
            props.put("articleId", json.articleId());
            props.put("articleTitle", mc.excerpt().title());
            props.put("text", json.text());
            props.put("start", json.start());
            props.put("end", json.end());
            props.put("excerpt", mc.excerpt().text());
            props.put("from", json.from());
            props.put("to", json.to());
            props.put("citedValue", json.citedValue());
            props.put("citedValueHigh", json.citedValueHigh());
            props.put("citedUnit", json.citedUnit());
            props.put("citedKm", json.citedKm());
            props.put("hedge", json.hedge());
            props.put("measuredKm", json.measuredKm());
            props.put("deviationPercent", json.deviationPercent());
            props.put("verdict", json.verdict());
            props.put("reason", json.reason());
            props.put("label", json.label());
            props.put("referencePoints", json.referencePoints());
            props.put("decidedBy", json.decidedBy());
            features.add(feature(mc.id(), geometry, props));
        }
        return collection(features);
    }

    static final List<String> PLACE_COLUMNS = List.of("id", "name", "label", "kind", "category", "country_code",
            "lat", "lon", "mention_count", "article_count", "article_ids");

    static String placesCsv(Atlas atlas) {
        return placesCsv(atlas, ExportFilter.ALL);
    }

    static String placesCsv(Atlas atlas, ExportFilter filter) {
        Csv csv = new Csv().row(PLACE_COLUMNS);
        for (MappedPlace p : atlas.places()) {
            if (!filter.keeps(p)) {
                continue;
            }
            GeoPoint pt = p.place().point();
            List<String> articles = p.excerpts().stream().map(e -> e.articleId()).distinct().toList();
            csv.row(List.of(p.id(), p.place().name(), p.label(), ApiJson.lower(p.place().kind().name()),
                    ApiJson.lower(p.place().kind().category().name()), p.place().countryCode(),
                    Num.of(pt == null ? null : pt.latitudeDeg(), 6), Num.of(pt == null ? null : pt.longitudeDeg(), 6),
                    Num.of(p.mentionCount()), Num.of(p.articleCount()), String.join(";", articles)));
        }
        return csv.toString();
    }

    static final List<String> MENTION_COLUMNS = List.of("place_id", "place_label", "article_id", "article_title",
            "start", "end", "text", "zone", "excerpt", "decided_by", "decided_at");

    /** One row per counted mention: where each place is named, for checking in a spreadsheet. */
    static String mentionsCsv(Atlas atlas) {
        return mentionsCsv(atlas, ExportFilter.ALL);
    }

    static String mentionsCsv(Atlas atlas, ExportFilter filter) {
        Map<String, List<Provenance>> mentions = mentionsByPlace(atlas);
        Csv csv = new Csv().row(MENTION_COLUMNS);
        for (MappedPlace p : atlas.places()) {
            if (!filter.keeps(p)) {
                continue;
            }
            for (Provenance m : mentions.getOrDefault(p.id(), List.of())) {
                csv.row(List.of(p.id(), p.label(), m.articleId(), m.articleTitle(), Num.of(m.start()), Num.of(m.end()),
                        m.text(), m.zone(), m.excerpt(), m.decidedBy(),
                        m.decidedAt() == null ? "" : m.decidedAt().toString()));
            }
        }
        return csv.toString();
    }

    static final List<String> CLAIM_COLUMNS = List.of("id", "article_id", "article_title", "text", "start", "end",
            "from_name", "from_place_id", "from_place_name", "from_lat", "from_lon",
            "to_name", "to_place_id", "to_place_name", "to_lat", "to_lon",
            "cited_value", "cited_value_high", "cited_unit", "cited_km", "hedge", "measured_km", "deviation_percent",
            "verdict", "reason", "ref_min_km", "ref_max_km", "verdict_depends_on_reference_points", "decided_by");

    static String claimsCsv(Atlas atlas) {
        return claimsCsv(atlas, ExportFilter.ALL);
    }

    static String claimsCsv(Atlas atlas, ExportFilter filter) {
        Csv csv = new Csv().row(CLAIM_COLUMNS);
        Map<String, List<Mention>> mentions = mentionsByArticle(atlas);
        for (MappedClaim mc : atlas.claims()) {
            if (!filter.keeps(mc)) {
                continue;
            }
            DistanceClaim c = mc.claim();
            List<Object> row = new ArrayList<>(List.of(mc.id(), c.articleId(), mc.excerpt().title(), c.text(),
                    Num.of(c.start()), Num.of(c.end())));
            endpoint(row, c.from());
            endpoint(row, c.to());
            row.addAll(List.of(Num.of(c.citedValue()), Num.of(c.citedValueHigh()),
                    c.citedUnit() == null ? "" : c.citedUnit().symbol(), Num.of(c.citedKm(), 3), c.hedge().label(),
                    Num.of(c.measuredKm(), 3), Num.of(c.deviationPercent(), 2), ApiJson.lower(c.verdict().name()),
                    c.reason(), Num.of(c.referencePoints() == null ? null : c.referencePoints().minKm(), 3),
                    Num.of(c.referencePoints() == null ? null : c.referencePoints().maxKm(), 3),
                    c.referencePoints() == null ? "" : Boolean.toString(c.referencePoints().verdictDepends()),
                    claimJson(mc, mentions).decidedBy()));
            csv.row(row);
        }
        return csv.toString();
    }

    private static void endpoint(List<Object> row, Endpoint e) {
        GeoPoint pt = e.point();
        row.add(e.name());
        row.add(e.placeId() == null ? "" : e.placeId());
        row.add(e.place() == null ? "" : e.place().name());
        row.add(Num.of(pt == null ? null : pt.latitudeDeg(), 6));
        row.add(Num.of(pt == null ? null : pt.longitudeDeg(), 6));
    }

    private static Map<String, Object> feature(String id, Map<String, Object> geometry, Map<String, Object> props) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", id);
        f.put("geometry", geometry);
        f.put("properties", props);
        return f;
    }

    private static Map<String, Object> point(GeoPoint pt) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", "Point");
        g.put("coordinates", lonLat(pt));
        return g;
    }

    /**
     * A path of [lat, lon] points with continuous longitudes ({@link Geodesy#path}) as GeoJSON, longitudes
     * wrapped into -180..180: a LineString, or a MultiLineString cut where the path crosses the antimeridian,
     * each side ending on ±180 at the latitude interpolated there.
     */
    static Map<String, Object> geodesic(List<double[]> path) {
        List<List<List<Double>>> parts = new ArrayList<>();
        List<List<Double>> part = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            double lat = path.get(i)[0];
            double lon = path.get(i)[1];
            long turn = turn(lon);
            if (i > 0) {
                double prevLat = path.get(i - 1)[0];
                double prevLon = path.get(i - 1)[1];
                long prevTurn = turn(prevLon);
                if (turn != prevTurn) {
                    // the antimeridian crossed, in unrolled longitude: 180 + 360 * (the larger turn - 1)
                    double edge = 180 + 360.0 * (Math.max(turn, prevTurn) - 1);
                    double t = (edge - prevLon) / (lon - prevLon);
                    double crossLat = prevLat + t * (lat - prevLat);
                    double side = lon > prevLon ? 180 : -180;
                    part.add(List.of(side, crossLat));
                    parts.add(part);
                    part = new ArrayList<>();
                    part.add(List.of(-side, crossLat));
                }
            }
            part.add(List.of(lon - 360.0 * turn, lat));
        }
        parts.add(part);
        Map<String, Object> g = new LinkedHashMap<>();
        if (parts.size() == 1) {
            g.put("type", "LineString");
            g.put("coordinates", parts.getFirst());
        } else {
            g.put("type", "MultiLineString");
            g.put("coordinates", parts);
        }
        return g;
    }

    /** How many whole turns an unrolled longitude lies from -180..180 (0 inside; 180 itself counts as inside). */
    private static long turn(double lon) {
        return lon > 180 ? (long) Math.ceil((lon - 180) / 360) : lon < -180 ? -(long) Math.ceil((-180 - lon) / 360) : 0;
    }

    private static List<Double> lonLat(GeoPoint pt) {
        return List.of(pt.longitudeDeg(), pt.latitudeDeg());
    }

    private static Map<String, Object> collection(List<Object> features) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }
}
