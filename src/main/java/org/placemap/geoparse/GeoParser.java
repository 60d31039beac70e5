package org.placemap.geoparse;

import java.util.List;
import java.util.Objects;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.gazetteer.Gazetteer;

/**
 * Finds the places an article mentions and resolves each against the gazetteer.
 *
 * <pre>{@code
 * GeoParser parser = new GeoParser(Gazetteer.load(Path.of("geodata")));
 * ParsedArticle parsed = parser.parse(article);
 * for (Mention m : parsed.mentions()) { ... m.place(), parsed.sentenceOf(m) ... }
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * Tokenise; gather per-article facts ({@link DocumentFacts}); recognise names in capitalised runs
 * ({@link Recognizer}); resolve them together ({@link Resolver}).
 *
 * <h2>Thread safety</h2>
 * Immutable; {@link #parse} may be called from several threads at once.
 */
public final class GeoParser {

    private final Gazetteer gazetteer;
    private final Resolver resolver;
    private final Demonyms demonyms;

    public GeoParser(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.resolver = new Resolver(gazetteer::neighbours, p -> gazetteer.adminRegionAt(p.point()),
                gazetteer::hasTownsFiledUnder);
        this.demonyms = Demonyms.of(gazetteer);
    }

    public ParsedArticle parse(Article article) {
        Lookup lookup = new Lookup(gazetteer);
        Recognizer recognizer = new Recognizer(lookup, demonyms);
        List<Token> tokens = Tokenizer.tokenize(article);
        stopIfInterrupted();
        DocumentFacts facts = new DocumentFacts(article.text(), tokens, lookup);
        stopIfInterrupted();
        List<Span> spans = recognizer.recognise(article, tokens, facts);
        stopIfInterrupted();
        return new ParsedArticle(article, resolver.resolve(article.text(), spans));
    }

    /**
     * Ends a parse whose thread has been interrupted (a caller's time budget ran out), between stages:
     * a cancelled parse stops within one stage instead of running to the end for nobody.
     *
     * @throws java.util.concurrent.CancellationException when the current thread is interrupted
     */
    public static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("parsing was cancelled");
        }
    }

    /** Parses text that is not from a file; {@code id} names it in the result. */
    public ParsedArticle parse(String id, String text) {
        return parse(CorpusLoader.article(id, text));
    }
}
