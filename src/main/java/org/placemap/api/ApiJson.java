package org.placemap.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.placemap.atlas.ClaimIds;
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
            List<ClaimJson> claims, List<org.placemap.library.Corrections.Disagreement> disagreements) {

        static ArticleDetailJson of(StoredArticle a, Boolean duplicate) {
            return of(a, duplicate, null);
        }

        /**
         * @param disagreements only in answers to reparse: the readers' decisions the parser now reads otherwise
         *                      (the decisions stand); null elsewhere
         */
        static ArticleDetailJson of(StoredArticle a, Boolean duplicate,
                List<org.placemap.library.Corrections.Disagreement> disagreements) {
            return new ArticleDetailJson(ArticleJson.of(a.record()), duplicate, a.text(),
                    a.mentions().stream().map(MentionJson::of).toList(),
                    claimsJson(a.claims(), a.mentions()), disagreements);
        }
    }

    /**
     * A place mention; offsets are UTF-16 code units into the article text; place fields null when unresolved
     * or, with {@code notAPlace}, when a reader said it is not a place.
     *
     * @param decidedBy    "parser", or "reader" when a reader chose the place (or added the mention)
     * @param decidedAt    when the reader decided; null for the parser
     * @param reader       the account that decided; null for the parser or without accounts
     * @param alternatives the runner-up places the parser weighed, best first
     */
    record MentionJson(int start, int end, String text, String form, String zone, String placeId, String placeName,
            String kind, String countryCode, Double lat, Double lon, double confidence, String decidedBy,
            java.time.Instant decidedAt, String reader, boolean notAPlace, List<AlternativeJson> alternatives) {

        static MentionJson of(Mention m) {
            Place p = m.place();
            GeoPoint pt = p == null ? null : p.point();
            Mention.Decision d = m.decision();
            return new MentionJson(m.start(), m.end(), m.text(), lower(m.form().name()), lower(m.zone().name()),
                    p == null ? null : p.id(), p == null ? null : p.name(), p == null ? null : lower(p.kind().name()),
                    p == null ? null : p.countryCode(), pt == null ? null : pt.latitudeDeg(),
                    pt == null ? null : pt.longitudeDeg(), m.confidence(), m.decidedBy(), d == null ? null : d.at(),
                    d == null ? null : d.by(), m.isRejected(),
                    m.alternatives().stream().map(c -> new AlternativeJson(c.place().id(), c.place().name(),
                            lower(c.place().kind().name()), c.place().countryCode(), c.score())).toList());
        }
    }

    /** A runner-up candidate of a mention: a place a reader may choose instead. */
    record AlternativeJson(String placeId, String placeName, String kind, String countryCode, double score) {}

    /**
     * A claim endpoint: the name as written and its offsets, and the resolved place (null fields when unresolved);
     * {@code kind} is "point", or "border" / "coast" for a line, whose lat/lon are its nearest point.
     */
    record EndpointJson(String id, String name, String placeName, String kind, int start, int end, Double lat,
            Double lon, String decidedBy, java.time.Instant decidedAt) {

        /** {@code e}, decided by a reader when one of {@code mentions} at its span carries a decision. */
        static EndpointJson of(Endpoint e, List<Mention> mentions) {
            GeoPoint pt = e.point();
            Mention.Decision d = decision(e, mentions);
            return new EndpointJson(e.placeId(), e.name(), e.place() == null ? null : e.place().name(), e.kindWord(),
                    e.start(), e.end(), pt == null ? null : pt.latitudeDeg(), pt == null ? null : pt.longitudeDeg(),
                    d == null ? "parser" : "reader", d == null ? null : d.at());
        }
    }

    /** The reader's decision about the name at claim end {@code e}, or null. */
    static Mention.Decision decision(Endpoint e, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() == e.start() && m.end() == e.end() && m.decision() != null) {
                return m.decision();
            }
        }
        return null;
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
            ReferencePointsJson referencePoints, String decidedBy) {

        /** The claim of an article whose mentions (with readers' decisions) are {@code mentions}. */
        static ClaimJson of(String id, DistanceClaim c, List<Mention> mentions) {
            EndpointJson from = EndpointJson.of(c.from(), mentions);
            EndpointJson to = EndpointJson.of(c.to(), mentions);
            boolean reader = from.decidedBy().equals("reader") || to.decidedBy().equals("reader");
            return new ClaimJson(id, c.articleId(), c.text(), c.start(), c.end(), from, to, c.citedValue(),
                    c.citedValueHigh(), c.citedUnit() == null ? null : c.citedUnit().symbol(), c.citedKm(),
                    c.citedKmHigh(), c.hedge().label(), c.hedgeText(), c.measuredKm(), c.deviationPercent(),
                    lower(c.verdict().name()), c.reason(), c.label(), ReferencePointsJson.of(c.referencePoints()),
                    reader ? "reader" : "parser");
        }
    }

    /** An article's claims with the ids the Atlas gives them ({@code MappedClaim.id()}, {@link ClaimIds}). */
    static List<ClaimJson> claimsJson(List<DistanceClaim> claims, List<org.placemap.geoparse.Mention> mentions) {
        List<String> ids = ClaimIds.of(claims);
        List<ClaimJson> out = new java.util.ArrayList<>(claims.size());
        for (int k = 0; k < claims.size(); k++) {
            out.add(ClaimJson.of(ids.get(k), claims.get(k), mentions));
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
