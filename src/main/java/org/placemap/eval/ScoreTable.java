package org.placemap.eval;

import java.util.Locale;

/**
 * Scores as rows of the reference table in {@code ../shared/eval/README.md}: Markdown, the same columns
 * and precision (three decimals for shares, one for kilometres).
 */
public final class ScoreTable {

    public static final String HEADER = "| corpus | system | N | P | R | F1 | n | mean km | median km | acc@161 | AUC | e2e@161 |";
    public static final String RULE = "|---|---|---|---|---|---|---|---|---|---|---|---|";

    private ScoreTable() {}

    public static String row(String corpus, String system, Scores s) {
        return "| " + corpus + " | " + system + " | " + s.gold() + " | " + share(s.precision()) + " | " + share(s.recall())
                + " | " + share(s.f1()) + " | " + s.matched() + " | " + km(s.meanErrorKm()) + " | " + km(s.medianErrorKm())
                + " | " + share(s.accuracyAt161()) + " | " + share(s.auc()) + " | " + share(s.endToEndAt161()) + " |";
    }

    public static String share(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.3f", x);
    }

    public static String km(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.1f", x);
    }
}
