package org.placemap.geoparse;

import java.util.List;
import org.placemap.corpus.Article;
import org.placemap.corpus.TextRange;

/**
 * An article with the places it mentions.
 *
 * @param mentions every place mention in text order, resolved or not (boilerplate excluded)
 */
public record ParsedArticle(Article article, List<Mention> mentions) {

    public ParsedArticle {
        mentions = List.copyOf(mentions);
    }

    /** Sentence ranges of the article (see {@link Article#sentences()}). */
    public List<TextRange> sentences() {
        return article.sentences();
    }

    /** The sentence containing {@code mention}: the excerpt to show for it. */
    public TextRange sentenceOf(Mention mention) {
        return article.sentenceAt(mention.start());
    }

    public List<Mention> resolvedMentions() {
        return mentions.stream().filter(Mention::isResolved).toList();
    }

    public List<Mention> unresolvedMentions() {
        return mentions.stream().filter(m -> !m.isResolved() && !m.isRejected()).toList();
    }
}
