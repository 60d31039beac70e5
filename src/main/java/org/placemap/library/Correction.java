package org.placemap.library;

import java.time.Instant;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;

/**
 * One reader's decision about the name at {@code start..end} of an article: it is {@code place}, or, when
 * {@code place} is null, not a place at all. Stored in {@code corrections} (V4) and laid over the parser's
 * mentions and claims by {@link Overlay}; the newest decision at a span wins.
 *
 * @param id        the row id (increasing: a later decision has a larger id)
 * @param batch     the action it was made in (one correction, "apply to all", an added mention); undo takes
 *                  back a whole batch
 * @param articleId the article
 * @param start     offset of the name's first character, in UTF-16 code units into the stored text
 * @param end       offset after its last character
 * @param text      the name as written
 * @param place     the chosen place, or null for "not a place"
 * @param at        when it was decided
 * @param by        the account that decided, or null when the app runs without accounts
 */
public record Correction(long id, long batch, String articleId, int start, int end, String text, Place place,
        Instant at, String by) {

    public Correction {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }

    /** Whether the reader said the name is not a place. */
    public boolean notAPlace() {
        return place == null;
    }

    /** The decision as a mention carries it. */
    public Mention.Decision decision() {
        return new Mention.Decision(at, by, batch);
    }

    /** Whether this decision is about the span {@code s..e}. */
    boolean at(int s, int e) {
        return start == s && end == e;
    }
}
