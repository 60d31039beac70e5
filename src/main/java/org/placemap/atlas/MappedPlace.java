package org.placemap.atlas;

import java.util.List;
import org.placemap.gazetteer.Place;

/**
 * A resolved place and every excerpt that mentions it, in article order.
 *
 * @param label        the name readers see: the form the articles use most often ("Hama"), which is
 *                     friendlier than the gazetteer's transliteration ("Ḩamāh")
 * @param mentionCount number of mentions across all articles (an excerpt may hold several)
 * @param leastConfidence the lowest confidence of the parser's mentions of this place (1 when a reader
 *                        decided every one): how doubtful its shakiest mention is
 * @param readerDecided   how many of its mentions a reader decided (corrected to it, or added)
 */
public record MappedPlace(Place place, String label, List<Excerpt> excerpts, int mentionCount, double leastConfidence,
        int readerDecided) {

    public MappedPlace {
        excerpts = List.copyOf(excerpts);
    }

    /** A place whose mentions are all the parser's and fully confident. */
    public MappedPlace(Place place, String label, List<Excerpt> excerpts, int mentionCount) {
        this(place, label, excerpts, mentionCount, 1, 0);
    }

    /** Whether a mention of it is the parser's reading with a confidence below {@code threshold}: one to check. */
    public boolean toReview(double threshold) {
        return leastConfidence < threshold;
    }

    public String id() {
        return place.id();
    }

    public long articleCount() {
        return excerpts.stream().map(Excerpt::articleId).distinct().count();
    }
}
