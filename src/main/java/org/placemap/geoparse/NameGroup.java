package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.placemap.gazetteer.Candidate;

/**
 * The mentions of one name (with one kind cue) in one article: resolved together, so every mention of
 * "Springfield" in a story means the same Springfield. {@code base} holds the prior plus the cue bonus,
 * {@code score} adds what the context passes found; both are indexed like {@code candidates}.
 */
final class NameGroup {

    final List<Span> spans = new ArrayList<>();
    KindCue cue = KindCue.NONE;
    List<Candidate> candidates = List.of();
    double[] base = new double[0];
    double[] score = new double[0];
    /** Mentions in the body or title count 1, in reader comments less: they say less about the article. */
    double weight;
    /** The text asked for a kind ("X air base") and the gazetteer has such a candidate, or asked for none. */
    boolean cueMet = true;
    /** Some mention names the facility itself ("X air base"), not a facility located in X. */
    boolean namesFacility;
    /** Judged not to be a place after all (see {@link ContextPasses#penaliseWeak}). */
    boolean dropped;
    /** Kept, but its winner is a small place nothing in the article supports (see {@link ContextPasses#penaliseWeak}). */
    boolean weakWinner;
    /** Per candidate: a town of some standing across the border of the article's country ({@code ContextPasses#markAcrossBorder}). */
    boolean[] acrossBorder = new boolean[0];

    boolean isEmpty() {
        return candidates.isEmpty();
    }

    int best() {
        return argmax(score);
    }

    double[] probabilities() {
        return probabilities(score);
    }

    /** Softmax in base 10: a score one higher is ten times as likely. */
    static double[] probabilities(double[] scores) {
        double[] p = new double[scores.length];
        if (scores.length == 0) {
            return p;
        }
        double max = scores[argmax(scores)];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.pow(10, scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    static int argmax(double[] xs) {
        int best = 0;
        for (int i = 1; i < xs.length; i++) {
            if (xs[i] > xs[best]) {
                best = i;
            }
        }
        return best;
    }
}
