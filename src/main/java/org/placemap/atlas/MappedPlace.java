package org.placemap.atlas;

import java.util.List;
import org.placemap.gazetteer.Place;

/**
 * A resolved place and every excerpt that mentions it, in article order.
 *
 * @param label        the name readers see: the form the articles use most often ("Hama"), which is
 *                     friendlier than the gazetteer's transliteration ("Ḩamāh")
 * @param mentionCount number of mentions across all articles (an excerpt may hold several)
 */
public record MappedPlace(Place place, String label, List<Excerpt> excerpts, int mentionCount) {

    public MappedPlace {
        excerpts = List.copyOf(excerpts);
    }

    public String id() {
        return place.id();
    }

    public long articleCount() {
        return excerpts.stream().map(Excerpt::articleId).distinct().count();
    }
}
