package org.placemap.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * Runs the geoparser over an annotated corpus and scores its output.
 *
 * <p>The predictions of a document are its <em>resolved</em> mentions (start, end, text, the place's
 * point): an unresolved mention has no coordinates, and the protocol drops predictions without them.
 * Demonym mentions ("American" for the United States) are submitted only when the corpus annotates
 * demonyms (or when the caller insists either way).
 *
 * <h2>Thread safety</h2>
 * Runs on the calling thread; the parser is thread-safe, so corpora may be run in parallel.
 */
public final class Evaluation {

    /** Whether demonym mentions are submitted as toponyms. */
    public enum Demonyms {
        /** As the corpus's annotation guidelines say ({@link EvalCorpus#annotatesDemonyms()}). */
        AUTO,
        INCLUDE,
        EXCLUDE
    }

    /**
     * @param predictions one list per document, in corpus order
     * @param parseNanos  wall time spent in {@link GeoParser#parse}, summed over documents
     * @param failures    documents the parser threw on (scored as predicting nothing)
     */
    public record Result(EvalCorpus corpus, Scores scores, List<List<Toponym>> predictions, long parseNanos, int failures) {

        public double documentsPerSecond() {
            return parseNanos == 0 ? Double.NaN : corpus.documents().size() / (parseNanos / 1e9);
        }
    }

    private final GeoParser parser;
    private final Demonyms demonyms;
    private final double minConfidence;

    public Evaluation(GeoParser parser, Demonyms demonyms) {
        this(parser, demonyms, 0.0);
    }

    /** @param minConfidence mentions resolved with a lower confidence are not submitted (0 submits all) */
    public Evaluation(GeoParser parser, Demonyms demonyms, double minConfidence) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.demonyms = Objects.requireNonNull(demonyms, "demonyms");
        this.minConfidence = minConfidence;
    }

    /** Parses every document of {@code corpus} and scores the result. */
    public Result run(EvalCorpus corpus) {
        return run(corpus, (doc, problem) -> {});
    }

    /**
     * As {@link #run(EvalCorpus)}, telling {@code onFailure} about each document the parser throws on
     * (document, exception); such a document counts as predicting nothing.
     */
    public Result run(EvalCorpus corpus, BiConsumer<EvalDocument, RuntimeException> onFailure) {
        boolean withDemonyms = switch (demonyms) {
            case AUTO -> corpus.annotatesDemonyms();
            case INCLUDE -> true;
            case EXCLUDE -> false;
        };
        List<List<Toponym>> predictions = new ArrayList<>(corpus.documents().size());
        long nanos = 0;
        int failures = 0;
        for (EvalDocument doc : corpus.documents()) {
            long t0 = System.nanoTime();
            try {
                ParsedArticle parsed = parser.parse(doc.id(), doc.text());
                nanos += System.nanoTime() - t0;
                predictions.add(predictions(parsed, withDemonyms, minConfidence));
            } catch (RuntimeException e) {
                nanos += System.nanoTime() - t0;
                failures++;
                predictions.add(List.of());
                onFailure.accept(doc, e);
            }
        }
        Scores scores = Scorer.score(corpus.gold(), predictions, corpus.precisionDefined());
        return new Result(corpus, scores, predictions, nanos, failures);
    }

    /** The resolved mentions of {@code parsed} as toponym predictions, in text order. */
    public static List<Toponym> predictions(ParsedArticle parsed, boolean withDemonyms) {
        return predictions(parsed, withDemonyms, 0.0);
    }

    /** As {@link #predictions(ParsedArticle, boolean)}, without mentions resolved with less than {@code minConfidence}. */
    public static List<Toponym> predictions(ParsedArticle parsed, boolean withDemonyms, double minConfidence) {
        List<Toponym> out = new ArrayList<>();
        for (Mention m : parsed.mentions()) {
            if (m.isResolved() && m.confidence() >= minConfidence && (withDemonyms || m.form() != Mention.Form.DEMONYM)) {
                out.add(new Toponym(m.start(), m.end(), m.text(), m.place().name(),
                        m.place().point().latitudeDeg(), m.place().point().longitudeDeg()));
            }
        }
        return out;
    }
}
