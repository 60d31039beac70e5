package org.placemap.library;

import java.util.List;
import org.placemap.claims.DistanceClaim;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * One article with its text and what was found in it, exactly as stored.
 *
 * @param record   the metadata
 * @param text     the stored text (for HTML: the reduced text); mention and claim offsets point into it
 * @param parsed   the parsed article, or null when parsing failed
 * @param mentions every mention in text order (empty when parsing failed)
 * @param claims   the distance claims in text order (empty when parsing failed)
 */
public record StoredArticle(
        ArticleRecord record, String text, ParsedArticle parsed, List<Mention> mentions, List<DistanceClaim> claims) {

    public StoredArticle {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }

    public String id() {
        return record.id();
    }
}
