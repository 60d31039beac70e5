package org.placemap.geoparse;

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
 */
public record Mention(
        int start,
        int end,
        String text,
        Form form,
        Zone zone,
        Place place,
        double confidence,
        List<Candidate> alternatives) {

    /** How the text refers to the place. */
    public enum Form {
        /** By name: "Aleppo", "Khmeimim air base". */
        NAME,
        /** By a nationality adjective or demonym: "Syrian" for Syria. */
        DEMONYM
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

    public boolean isResolved() {
        return place != null;
    }

    public Optional<Place> resolved() {
        return Optional.ofNullable(place);
    }
}
