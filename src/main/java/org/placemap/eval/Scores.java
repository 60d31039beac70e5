package org.placemap.eval;

/**
 * The scores of one system on one corpus (see {@link Scorer} for the definitions).
 *
 * @param gold            N: gold toponyms with coordinates
 * @param truePositives   n: gold toponyms matched by a prediction (each matched pair has an error)
 * @param falsePositives  unmatched predictions with coordinates; 0 when the corpus does not define precision
 * @param falseNegatives  unmatched gold toponyms
 * @param precision       TP / (TP + FP); NaN when there are no predictions
 * @param recall          TP / N; NaN when N is 0
 * @param f1              harmonic mean of precision and recall; NaN when either is NaN or both are 0
 * @param meanErrorKm     mean great-circle error of the matched pairs, km; NaN when n is 0
 * @param medianErrorKm   median error (mean of the two middle values for even n), km; NaN when n is 0
 * @param accuracyAt161   share of matched pairs with error below 161 km; NaN when n is 0
 * @param auc             area under the log-error curve, 0 best, 1 worst; NaN when n is 0
 * @param within161       matched pairs with error below 161 km
 * @param endToEndAt161   e2e@161: {@code within161 / N}; NaN when N is 0
 */
public record Scores(
        int gold,
        int truePositives,
        int falsePositives,
        int falseNegatives,
        double precision,
        double recall,
        double f1,
        double meanErrorKm,
        double medianErrorKm,
        double accuracyAt161,
        double auc,
        int within161,
        double endToEndAt161) {

    /** n, the number of matched toponyms the error figures are computed over. */
    public int matched() {
        return truePositives;
    }
}
