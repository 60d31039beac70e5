package org.placemap.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a system's toponyms against gold by the literature's protocol (Gritta et al. 2018/2019, EUPEG
 * 2019), as written in {@code ../shared/eval/README.md}.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Entries without coordinates are dropped from both sides: N counts the gold toponyms with
 *       coordinates, and a prediction without coordinates is no prediction.</li>
 *   <li><b>Match</b>, per document: for each gold toponym in file order, the first prediction (in file
 *       order) not matched yet whose surface text is equal ignoring case and whose midpoint is less than
 *       {@value #MATCH_WINDOW_CHARS} characters from the gold midpoint. A prediction matches at most one
 *       gold toponym.</li>
 *   <li><b>Recognition</b>: TP = matched gold, FP = unmatched predictions (not counted when the corpus
 *       annotates only some toponyms, which makes P = 1), FN = unmatched gold; micro-averaged P, R, F1.</li>
 *   <li><b>Error</b> of a matched pair: haversine distance on a sphere of radius
 *       {@value #EARTH_RADIUS_KM} km. Mean, median, acc@161 (share below {@value #ACCURACY_KM} km) and
 *       the AUC of the sorted errors: {@code x_i = ln(1+e_i)/ln(20039)},
 *       {@code AUC = [½(x_1+x_n) + Σ_{i=2..n−1} x_i]/(n−1)}.</li>
 *   <li><b>e2e@161</b> = matched pairs below 161 km / N: the end-to-end share, which skipping hard names
 *       cannot raise.</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * Reproduces every cell of the reference table for the published baselines (see ScorerReferenceTest),
 * with one exception in the reference itself: its e2e@161 column equals acc@161 rounded to three
 * decimals times R, which differs from within161 / N in the third decimal for GeoVirus/StanfordNER
 * (1282 / 2167 = 0.5916, printed 0.591).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class Scorer {

    /** Largest midpoint distance, exclusive, at which a prediction can match a gold toponym, in characters. */
    public static final int MATCH_WINDOW_CHARS = 10;
    /** Sphere radius of the haversine error, in km. */
    public static final double EARTH_RADIUS_KM = 6371.0;
    /** The accuracy threshold (100 miles, rounded as the literature does), in km. */
    public static final double ACCURACY_KM = 161.0;
    /** Half the Earth's circumference, the largest possible error, in km: normalises the AUC. */
    static final double MAX_ERROR_KM = 20039.0;

    private Scorer() {}

    /** A gold toponym, the prediction that matched it and the great-circle distance between them. */
    public record Match(Toponym gold, Toponym prediction, double errorKm) {}

    /**
     * Scores {@code predictions} against {@code gold}, document by document (same sizes and order).
     *
     * @param precisionDefined false when only some toponyms are annotated: unmatched predictions are then
     *                         not counted as false positives
     */
    public static Scores score(List<List<Toponym>> gold, List<List<Toponym>> predictions, boolean precisionDefined) {
        if (gold.size() != predictions.size()) {
            throw new IllegalArgumentException(gold.size() + " gold documents but " + predictions.size() + " predicted");
        }
        int n = 0;
        int predicted = 0;
        List<Double> errors = new ArrayList<>();
        for (int d = 0; d < gold.size(); d++) {
            List<Toponym> g = withPoints(gold.get(d));
            List<Toponym> p = withPoints(predictions.get(d));
            n += g.size();
            predicted += p.size();
            for (Match m : matchPlaced(g, p)) {
                errors.add(m.errorKm());
            }
        }
        return summarise(n, predicted, errors, precisionDefined);
    }

    /** The matched pairs of one document, in gold order (entries without coordinates are ignored). */
    public static List<Match> match(List<Toponym> gold, List<Toponym> predictions) {
        return matchPlaced(withPoints(gold), withPoints(predictions));
    }

    private static List<Match> matchPlaced(List<Toponym> gold, List<Toponym> predictions) {
        boolean[] used = new boolean[predictions.size()];
        List<Match> out = new ArrayList<>();
        for (Toponym g : gold) {
            for (int i = 0; i < predictions.size(); i++) {
                Toponym p = predictions.get(i);
                if (!used[i] && matches(g, p)) {
                    used[i] = true;
                    out.add(new Match(g, p, greatCircleKm(g.latitudeDeg(), g.longitudeDeg(), p.latitudeDeg(), p.longitudeDeg())));
                    break;
                }
            }
        }
        return out;
    }

    /** Same surface string ignoring case, midpoints less than {@value #MATCH_WINDOW_CHARS} characters apart. */
    static boolean matches(Toponym gold, Toponym prediction) {
        return Math.abs(gold.doubleMidpoint() - prediction.doubleMidpoint()) < 2 * MATCH_WINDOW_CHARS
                && gold.text().equalsIgnoreCase(prediction.text());
    }

    private static List<Toponym> withPoints(List<Toponym> toponyms) {
        return toponyms.stream().filter(Toponym::hasPoint).toList();
    }

    private static Scores summarise(int gold, int predicted, List<Double> errorList, boolean precisionDefined) {
        int tp = errorList.size();
        int fp = precisionDefined ? predicted - tp : 0;
        int fn = gold - tp;
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = gold == 0 ? Double.NaN : (double) tp / gold;
        double f1 = Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0 ? Double.NaN
                : 2 * precision * recall / (precision + recall);
        double[] e = errorList.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(e);
        int within = 0;
        double sum = 0;
        for (double x : e) {
            sum += x;
            if (x < ACCURACY_KM) {
                within++;
            }
        }
        int n = e.length;
        double mean = n == 0 ? Double.NaN : sum / n;
        double median = n == 0 ? Double.NaN : n % 2 == 1 ? e[n / 2] : (e[n / 2 - 1] + e[n / 2]) / 2;
        double accuracy = n == 0 ? Double.NaN : (double) within / n;
        double e2e = gold == 0 ? Double.NaN : (double) within / gold;
        return new Scores(gold, tp, fp, fn, precision, recall, f1, mean, median, accuracy, auc(e), within, e2e);
    }

    /** Trapezoidal area under the sorted, log-scaled errors; one error is its own area. */
    static double auc(double[] sortedErrorsKm) {
        int n = sortedErrorsKm.length;
        if (n == 0) {
            return Double.NaN;
        }
        double norm = Math.log(MAX_ERROR_KM);
        if (n == 1) {
            return Math.log1p(sortedErrorsKm[0]) / norm;
        }
        double sum = 0.5 * (Math.log1p(sortedErrorsKm[0]) + Math.log1p(sortedErrorsKm[n - 1]));
        for (int i = 1; i < n - 1; i++) {
            sum += Math.log1p(sortedErrorsKm[i]);
        }
        return sum / norm / (n - 1);
    }

    /** Haversine great-circle distance on the sphere of radius {@value #EARTH_RADIUS_KM} km, in km. */
    public static double greatCircleKm(double lat1Deg, double lon1Deg, double lat2Deg, double lon2Deg) {
        double phi1 = Math.toRadians(lat1Deg);
        double phi2 = Math.toRadians(lat2Deg);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2Deg - lon1Deg);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
