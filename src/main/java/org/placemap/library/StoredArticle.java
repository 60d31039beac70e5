package org.placemap.library;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.placemap.atlas.Atlas;
import org.placemap.claims.DistanceClaim;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * One article as the library holds it in memory: what the map needs, not the text. The text stays in
 * the database and is read when it is shown ({@link #text()}, {@link ArticleLibrary#withText}); so the
 * heap grows with the places and mentions of a library, not with the size of its articles.
 *
 * @param record     the metadata
 * @param parsed     the parsed article with its title, zones and sentences but an empty text (offsets
 *                   point into the stored text), or null when parsing failed
 * @param mentions   every mention in text order (empty when parsing failed)
 * @param claims     the distance claims in text order (empty when parsing failed)
 * @param textBytes  UTF-8 bytes of the stored text (what the library size limit counts)
 * @param part       this article's share of the map (places, excerpts, claims), or null when parsing failed
 * @param textSource reads the stored text by article id
 * @param parserMentions the mentions as the parser found them, before readers' decisions
 * @param parserClaims   the claims as the parser found them, before readers' decisions
 * @param corrections    the readers' decisions about this article, oldest first ({@link Overlay} lays them
 *                       over the parser's output to give {@code mentions} and {@code claims})
 */
public record StoredArticle(ArticleRecord record, ParsedArticle parsed, List<Mention> mentions,
        List<DistanceClaim> claims, long textBytes, Atlas.Part part, Function<String, String> textSource,
        List<Mention> parserMentions, List<DistanceClaim> parserClaims, List<Correction> corrections) {

    public StoredArticle {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        parserMentions = List.copyOf(parserMentions);
        parserClaims = List.copyOf(parserClaims);
        corrections = List.copyOf(corrections);
    }

    /** The mention (as the reader sees it) at exactly {@code start..end}, if there is one. */
    public java.util.Optional<Mention> mentionAt(int start, int end) {
        return mentions.stream().filter(m -> m.start() == start && m.end() == end).findFirst();
    }

    public String id() {
        return record.id();
    }

    /** The stored text (for HTML: the reduced text), read from the database; mention offsets point into it. */
    public String text() {
        return textSource.apply(record.id());
    }

    /** Equal when the stored article is the same; how it is held (its map share, its text source) does not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredArticle s && record.equals(s.record) && Objects.equals(parsed, s.parsed)
                && mentions.equals(s.mentions) && claims.equals(s.claims) && textBytes == s.textBytes
                && corrections.equals(s.corrections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(record, mentions.size(), claims.size(), textBytes);
    }

    @Override
    public String toString() {
        return "StoredArticle[" + record + ", " + mentions.size() + " mentions, " + claims.size() + " claims]";
    }
}
