package org.placemap.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.placemap.corpus.Article;
import org.placemap.distance.Geodesy;
import org.placemap.gazetteer.LineKind;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * Measures a found claim, judges it by {@link VerdictRule} and works out its reference-point range. An end
 * the geoparser left unresolved is first looked up by {@link PlaceNames}; a border or coast is then the
 * nearest point of that line from the other end ({@link LineTargets}).
 */
final class Assessor {

    /** Kinds whose point is a label position, not where a distance would be measured from. */
    private static final Set<PlaceKind> AREAS = EnumSet.of(PlaceKind.COUNTRY, PlaceKind.ADMIN_REGION, PlaceKind.REGION,
            PlaceKind.DISPUTED_AREA, PlaceKind.SEA, PlaceKind.STRAIT);

    private final RelatedFacilities related;
    private final PlaceNames knowledge;
    private final LineTargets lines;

    /**
     * @param related   the alternative reference points, or null to skip the reference-point range
     * @param knowledge what the gazetteer says about names the geoparser did not resolve
     * @param lines     the borders and coasts to measure to
     */
    Assessor(RelatedFacilities related, PlaceNames knowledge, LineTargets lines) {
        this.related = related;
        this.knowledge = knowledge;
        this.lines = lines;
    }

    DistanceClaim assess(Article article, ClaimFinder.Found found) {
        ClaimFinder.Found f = resolved(found);
        String reason = unmeasurable(f.from(), f.to());
        Double measuredKm = null;
        Double deviation = null;
        Verdict verdict = Verdict.UNVERIFIABLE;
        ReferenceRange range = null;
        if (reason == null) {
            measuredKm = km(f.from().place(), f.to().place());
            VerdictRule.Judgement j = VerdictRule.judge(f.quantity().cited(), measuredKm);
            deviation = j.deviationPercent();
            verdict = j.verdict();
            reason = j.reason();
            if (verdict != Verdict.UNVERIFIABLE && f.toLine() == null) {
                range = referenceRange(f, verdict);
            }
        }
        return new DistanceClaim(article.id(), article.text().substring(f.start(), f.end()), f.start(), f.end(),
                article.sentenceAt(f.quantity().numberStart()), f.from(), f.to(), f.quantity().cited(), measuredKm,
                deviation, verdict, reason, range);
    }

    /**
     * {@code c} measured and judged again with the ends {@code from} and {@code to} as given (a reader's
     * choice: an unresolved end is not looked up). A border or coast target keeps its kind and is measured
     * to the nearest such line of the new subject's country, the fallback rule of {@link LineTargets} when
     * the sentence names no country (the line's named countries are not stored with a claim).
     */
    DistanceClaim remeasure(DistanceClaim c, Endpoint from, Endpoint to) {
        if (to.isLine()) {
            Place nearest = from.place() == null || AREAS.contains(from.place().kind()) ? null
                    : lines.nearest(new LineRef(to.line(), List.of(), null, to.start(), to.end()), from.place());
            to = new Endpoint(to.name(), to.start(), to.end(), nearest, to.line());
        }
        String reason = unmeasurable(from, to);
        Double measuredKm = null;
        Double deviation = null;
        Verdict verdict = Verdict.UNVERIFIABLE;
        ReferenceRange range = null;
        if (reason == null) {
            measuredKm = km(from.place(), to.place());
            VerdictRule.Judgement j = VerdictRule.judge(c.cited(), measuredKm);
            deviation = j.deviationPercent();
            verdict = j.verdict();
            reason = j.reason();
            if (verdict != Verdict.UNVERIFIABLE && !to.isLine()) {
                range = referenceRange(from.place(), to.place(), c.cited(), verdict);
            }
        }
        return new DistanceClaim(c.articleId(), c.text(), c.start(), c.end(), c.sentence(), from, to, c.cited(),
                measuredKm, deviation, verdict, reason, range);
    }

    /** {@code f} with its unresolved ends looked up in the gazetteer, each near the other end. */
    private ClaimFinder.Found resolved(ClaimFinder.Found f) {
        Double km = f.quantity().cited().highKm();
        Endpoint from = f.from();
        Endpoint to = f.to();
        if (from.place() == null) {
            from = withPlace(from, knowledge.resolve(from.name(), to.place(), km));
        }
        if (f.toLine() != null) {
            if (f.toLine().kind() == LineKind.BORDER && f.toLine().countries().size() == 1) {
                from = withPlace(from, knowledge.outsideBorderCountry(from.name(), from.place(),
                        f.toLine().countries().getFirst().countryCode()));
            }
            if (from.place() != null && !AREAS.contains(from.place().kind())) {
                to = withLine(to, lines.nearest(f.toLine(), from.place()));
            }
        } else if (to.place() == null) {
            to = withPlace(to, knowledge.resolve(to.name(), from.place(), km));
        }
        return from == f.from() && to == f.to() ? f
                : new ClaimFinder.Found(from, to, f.toLine(), f.quantity(), f.start(), f.end());
    }

    /**
     * The line end {@code e} at its nearest point {@code place}, of the kind that point is: a country's border
     * may end at its coast ("Lampedusa, 113 km from Tunisia", {@link LineTargets}).
     */
    private static Endpoint withLine(Endpoint e, Place place) {
        if (place == null) {
            return e;
        }
        LineKind kind = place.kind() == PlaceKind.COAST ? LineKind.COAST
                : place.kind() == PlaceKind.BORDER ? LineKind.BORDER : e.line();
        return new Endpoint(e.name(), e.start(), e.end(), place, kind);
    }

    private static Endpoint withPlace(Endpoint e, Place place) {
        return place == null ? e : new Endpoint(e.name(), e.start(), e.end(), place, e.line());
    }

    /** Why the two ends cannot be measured, or null when they can. */
    private static String unmeasurable(Endpoint from, Endpoint to) {
        for (Endpoint e : List.of(from, to)) {
            if (!e.isResolved() && e.isLine()) {
                return "no " + e.line().word() + " of \"" + e.name() + "\" found to measure to from \"" + from.name() + "\"";
            }
            if (!e.isResolved()) {
                return "\"" + e.name() + "\" is not resolved to a place";
            }
            if (AREAS.contains(e.place().kind())) {
                return "\"" + e.name() + "\" is an area (" + e.place().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + "), not a point";
            }
        }
        if (from.place().id().equals(to.place().id())) {
            return "both ends are the same place";
        }
        return null;
    }

    private ReferenceRange referenceRange(ClaimFinder.Found f, Verdict verdict) {
        return referenceRange(f.from().place(), f.to().place(), f.quantity().cited(), verdict);
    }

    private ReferenceRange referenceRange(Place fromPlace, Place toPlace, CitedDistance cited, Verdict verdict) {
        if (related == null) {
            return null;
        }
        List<Place> fromPoints = points(fromPlace);
        List<Place> toPoints = points(toPlace);
        if (fromPoints.size() == 1 && toPoints.size() == 1) {
            return null;
        }
        List<ReferenceRange.Measurement> all = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        boolean depends = false;
        for (Place a : fromPoints) {
            for (Place b : toPoints) {
                if (a.id().equals(b.id())) {
                    continue;
                }
                double km = km(a, b);
                Verdict v = VerdictRule.judge(cited, km).verdict();
                all.add(new ReferenceRange.Measurement(a, b, km, v));
                min = Math.min(min, km);
                max = Math.max(max, km);
                depends |= v != verdict;
            }
        }
        return new ReferenceRange(min, max, depends, all);
    }

    private List<Place> points(Place p) {
        List<Place> out = new ArrayList<>();
        out.add(p);
        out.addAll(related.of(p));
        return out;
    }

    private static double km(Place a, Place b) {
        return Geodesy.distanceMetres(a.point(), b.point()) / 1_000.0;
    }
}
