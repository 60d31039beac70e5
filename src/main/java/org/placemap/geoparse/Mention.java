package org.placemap.geoparse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Place;

/**
 * A place name found in an article, and what it was resolved to.
 *
 * @param start        offset of the first character (UTF-16 code units into {@code Article.text()})
 * @param end          offset after the last character, exclusive
 * @param text         the name as written, {@code text.equals(article.text().substring(start, end))}
 * @param form         how the place is referred to
 * @param zone         the part of the article it is in (title, body or reader comments)
 * @param place        the resolved place, or null when no gazetteer entry fits
 * @param confidence   estimated probability that {@code place} is right, in [0, 1]; 0 when unresolved
 * @param alternatives the next-best candidates with their final scores, best first (at most a few)
 * @param decision     the reader's decision that fixed {@code place} (a correction, a mention the reader
 *                     added, or "not a place" when {@code place} is null), or null when the parser decided
 */
public record Mention(
        int start,
        int end,
        String text,
        Form form,
        Zone zone,
        Place place,
        double confidence,
        List<Candidate> alternatives,
        Decision decision) {

    /** A mention as the parser found it (no reader decision). */
    public Mention(int start, int end, String text, Form form, Zone zone, Place place, double confidence,
            List<Candidate> alternatives) {
        this(start, end, text, form, zone, place, confidence, alternatives, null);
    }

    /**
     * A reader's decision about a mention: when it was made and by whom.
     *
     * @param at    when the reader decided
     * @param by    the account that decided, or null when the app runs without accounts
     * @param batch the correction it belongs to: every mention changed by one action ("apply to all") shares it,
     *              and undo takes back a whole batch
     */
    public record Decision(Instant at, String by, long batch) {
        public Decision {
            if (at == null) {
                throw new IllegalArgumentException("decision without a time");
            }
        }
    }

    /** How the text refers to the place. */
    public enum Form {
        /** By name: "Aleppo", "Khmeimim air base". */
        NAME,
        /** By a nationality adjective or demonym: "Syrian" for Syria. */
        DEMONYM,
        /**
         * By name, as the modifier of an organisation, office or body rather than the place itself: "Chicago
         * police", "the Ohio governor", "Qatar Airways", "the New York Times". The place is still the one
         * named (the police are Chicago's), so it is mapped and counted; the form lets readers and exports
         * tell it from a literal place.
         */
        ASSOCIATIVE;

        /** A mention by the place's name (literal or associative), as opposed to a demonym. */
        public boolean byName() {
            return this != DEMONYM;
        }
    }

    public Mention {
        alternatives = List.copyOf(alternatives);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /** "reader" when a reader decided this mention's place, else "parser" (the {@code decidedBy} of the API). */
    public String decidedBy() {
        return decision == null ? "parser" : "reader";
    }

    /** Whether a reader marked this name as not a place (it stays listed, resolved to nothing). */
    public boolean isRejected() {
        return decision != null && place == null;
    }

    /** This mention with the reader's choice {@code chosen} (null: not a place), fully confident. */
    public Mention decided(Place chosen, Decision by) {
        return new Mention(start, end, text, form, zone, chosen, chosen == null ? 0 : 1, alternatives, by);
    }

    public boolean isResolved() {
        return place != null;
    }

    public Optional<Place> resolved() {
        return Optional.ofNullable(place);
    }
}
