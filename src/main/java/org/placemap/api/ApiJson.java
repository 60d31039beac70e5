package org.placemap.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Endpoint;
import org.placemap.claims.ReferenceRange;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;
import org.placemap.library.ArticleRecord;
import org.placemap.library.StoredArticle;

/** The JSON shapes of the API, as records (Jackson writes them field by field; nulls are written as null). */
final class ApiJson {
    private ApiJson() {}

    /** An article without its text. Enum values are lower-case. */
    record ArticleJson(String id, String title, String source, String sourceUrl, LocalDate publishedDate,
            Instant addedAt, String fileName, String format, String status, String failureReason, int mentionCount,
            int placeCount, int claimCount, int textLength) {

        static ArticleJson of(ArticleRecord r) {
            return new ArticleJson(r.id(), r.title(), r.source(), r.sourceUrl(), r.publishedDate(), r.addedAt(),
                    r.fileName(), lower(r.format().name()), lower(r.status().name()), r.failureReason(),
                    r.mentionCount(), r.placeCount(), r.claimCount(), r.textLength());
        }
    }

    /**
     * An article with its text, mentions and claims.
     *
     * @param duplicate only in answers to POST: true when the text was already stored (then this is the
     *                  earlier article); null elsewhere
     */
    record ArticleDetailJson(ArticleJson article, Boolean duplicate, String text, List<MentionJson> mentions,
            List<ClaimJson> claims) {

        static ArticleDetailJson of(StoredArticle a, Boolean duplicate) {
            return new ArticleDetailJson(ArticleJson.of(a.record()), duplicate, a.text(),
                    a.mentions().stream().map(MentionJson::of).toList(),
                    a.claims().stream().map(c -> ClaimJson.of(claimId(c), c)).toList());
        }
    }

    /** A place mention; offsets are UTF-16 code units into the article text; place fields null when unresolved. */
    record MentionJson(int start, int end, String text, String form, String zone, String placeId, String placeName,
            String kind, String countryCode, Double lat, Double lon, double confidence) {

        static MentionJson of(Mention m) {
            Place p = m.place();
            GeoPoint pt = p == null ? null : p.point();
            return new MentionJson(m.start(), m.end(), m.text(), lower(m.form().name()), lower(m.zone().name()),
                    p == null ? null : p.id(), p == null ? null : p.name(), p == null ? null : lower(p.kind().name()),
                    p == null ? null : p.countryCode(), pt == null ? null : pt.latitudeDeg(),
                    pt == null ? null : pt.longitudeDeg(), m.confidence());
        }
    }

    /**
     * A claim endpoint: the name as written and its offsets, and the resolved place (null fields when unresolved);
     * {@code kind} is "point", or "border" / "coast" for a line, whose lat/lon are its nearest point.
     */
    record EndpointJson(String id, String name, String placeName, String kind, int start, int end, Double lat,
            Double lon) {

        static EndpointJson of(Endpoint e) {
            GeoPoint pt = e.point();
            return new EndpointJson(e.placeId(), e.name(), e.place() == null ? null : e.place().name(), e.kindWord(),
                    e.start(), e.end(), pt == null ? null : pt.latitudeDeg(), pt == null ? null : pt.longitudeDeg());
        }
    }

    record ReferencePointsJson(double minKm, double maxKm, boolean verdictDepends) {
        static ReferencePointsJson of(ReferenceRange r) {
            return r == null ? null : new ReferencePointsJson(r.minKm(), r.maxKm(), r.verdictDepends());
        }
    }

    /** A distance claim with its measurement and verdict; distances in kilometres unless named otherwise. */
    record ClaimJson(String id, String articleId, String text, int start, int end, EndpointJson from, EndpointJson to,
            double citedValue, double citedValueHigh, String citedUnit, Double citedKm, Double citedKmHigh, String hedge,
            String hedgeText, Double measuredKm, Double deviationPercent, String verdict, String reason, String label,
            ReferencePointsJson referencePoints) {

        static ClaimJson of(String id, DistanceClaim c) {
            return new ClaimJson(id, c.articleId(), c.text(), c.start(), c.end(), EndpointJson.of(c.from()),
                    EndpointJson.of(c.to()), c.citedValue(), c.citedValueHigh(),
                    c.citedUnit() == null ? null : c.citedUnit().symbol(), c.citedKm(), c.citedKmHigh(),
                    c.hedge().label(), c.hedgeText(), c.measuredKm(), c.deviationPercent(), lower(c.verdict().name()),
                    c.reason(), c.label(), ReferencePointsJson.of(c.referencePoints()));
        }
    }

    /** The id the Atlas gives a claim ({@code MappedClaim.id()}): {@code <articleId>@<start>-<end>}. */
    static String claimId(DistanceClaim c) {
        return c.articleId() + "@" + c.start() + "-" + c.end();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
