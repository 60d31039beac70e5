package org.placemap.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Endpoint;
import org.placemap.corpus.Article;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;

/**
 * Lays readers' {@link Correction}s over what the parser found in one article: a pure function, so the
 * same stored rows always give the same map, after an add, a reparse, an undo or a restart.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Per span, the newest decision (largest id) holds; older ones at that span are history, which undo
 *       brings back.</li>
 *   <li>A parser mention at a decided span takes the reader's place (confidence 1) or, for "not a place",
 *       stays listed with no place and the decision ({@link Mention#isRejected()}).</li>
 *   <li>A decided span with no parser mention is a mention the reader added (form {@code NAME}, the zone of
 *       its first character); parser mentions overlapping it give way to it. "Not a place" at such a span
 *       adds nothing (it takes back an addition).</li>
 *   <li>A claim end at a decided span is set to the decided place and the claim is measured and judged
 *       again ({@link Remeasure}); an end that is a border or coast follows its subject.</li>
 * </ol>
 * Without decisions the parser's lists come back as they are (the same objects).
 */
final class Overlay {

    /** Measures a claim again with new ends (the claim extractor's rule; a seam for tests). */
    @FunctionalInterface
    interface Remeasure {
        DistanceClaim remeasure(DistanceClaim claim, Place from, Place to, boolean toIsLine);
    }

    /** What the reader sees: the parser's output with the decisions applied. */
    record Result(List<Mention> mentions, List<DistanceClaim> claims) {}

    private Overlay() {}

    static Result apply(Article article, List<Mention> parserMentions, List<DistanceClaim> parserClaims,
            List<Correction> corrections, Remeasure remeasure) {
        if (corrections.isEmpty()) {
            return new Result(parserMentions, parserClaims);
        }
        Map<Long, Correction> bySpan = newestBySpan(corrections);
        List<Correction> added = new ArrayList<>();
        for (Correction c : bySpan.values()) {
            boolean known = parserMentions.stream().anyMatch(m -> c.at(m.start(), m.end()));
            if (!known && !c.notAPlace()) {
                added.add(c);
            }
        }
        List<Mention> mentions = new ArrayList<>(parserMentions.size() + added.size());
        for (Mention m : parserMentions) {
            Correction c = bySpan.get(span(m.start(), m.end()));
            if (c != null) {
                mentions.add(m.decided(c.place(), c.decision()));
            } else if (added.stream().noneMatch(a -> a.start() < m.end() && m.start() < a.end())) {
                mentions.add(m);
            }
        }
        for (Correction a : added) {
            Zone zone = article == null ? Zone.BODY : article.zoneAt(a.start());
            mentions.add(new Mention(a.start(), a.end(), a.text(), Mention.Form.NAME, zone, a.place(), 1, List.of(),
                    a.decision()));
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        List<DistanceClaim> claims = new ArrayList<>(parserClaims.size());
        for (DistanceClaim claim : parserClaims) {
            Correction from = decided(bySpan, claim.from());
            Correction to = decided(bySpan, claim.to());
            if (from == null && to == null) {
                claims.add(claim);
            } else {
                Place f = from != null ? from.place() : claim.from().place();
                Place t = to != null ? to.place() : claim.to().place();
                claims.add(remeasure.remeasure(claim, f, t, to == null && claim.to().isLine()));
            }
        }
        return new Result(List.copyOf(mentions), List.copyOf(claims));
    }

    /** The decision in force at the span of claim end {@code e}, or null. */
    private static Correction decided(Map<Long, Correction> bySpan, Endpoint e) {
        return e.end() > e.start() ? bySpan.get(span(e.start(), e.end())) : null;
    }

    /** The newest decision at each span. */
    static Map<Long, Correction> newestBySpan(List<Correction> corrections) {
        Map<Long, Correction> out = new LinkedHashMap<>();
        for (Correction c : corrections) {
            out.merge(span(c.start(), c.end()), c, (a, b) -> a.id() >= b.id() ? a : b);
        }
        return out;
    }

    static long span(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }
}
