package org.placemap.claims;

import java.util.Map;

/**
 * English number words: "fifty", "seventy-five", "a hundred", "one hundred and twenty", "two thousand",
 * and the fractions distances are given in ("half", "a quarter", "three-quarters", "a third", "two-thirds";
 * how they combine with a unit, "half a mile" or "a mile and a half", is {@link QuantityScanner}'s job).
 * Only what distances in news text use.
 */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fourty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    /** Regex alternation of every word {@link #parse} accepts, for building patterns. */
    static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|thousand|million|dozen)";

    /** Regex alternation of every fraction {@link #fraction} accepts. */
    static final String FRACTION = "(?:half|an?\\s+half|an?\\s+quarter|one\\s+quarter|quarter|three[- ]quarters|an?\\s+third"
            + "|one\\s+third|two[- ]thirds)";

    private NumberWords() {}

    /** The value of a fraction ("half", "a quarter", "three-quarters", "two-thirds"), or -1. */
    static double fraction(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT).trim().replaceAll("^(?:an?|one)\\s+", "")
                .replaceAll("[\\s\\-‐]+", " ");
        return switch (w) {
            case "half" -> 0.5;
            case "quarter" -> 0.25;
            case "three quarters" -> 0.75;
            case "third" -> 1.0 / 3;
            case "two thirds" -> 2.0 / 3;
            default -> -1;
        };
    }

    /** The value of a run of number words, or -1 when the words do not form a number. */
    static double parse(String words) {
        String[] parts = words.toLowerCase(java.util.Locale.ROOT).trim().split("[\\s\\-‐]+");
        double total = 0;
        double current = 0;
        boolean any = false;
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            Integer small = SMALL.get(w);
            if (small != null) {
                current += small;
            } else if ((w.equals("a") || w.equals("an")) && i == 0) {
                current = 1;
            } else if (w.equals("and") && any) {
                continue;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else if (w.equals("thousand") || w.equals("million")) {
                total += Math.max(current, 1) * (w.equals("thousand") ? 1_000 : 1_000_000);
                current = 0;
            } else {
                return -1;
            }
            any = true;
        }
        return any ? total + current : -1;
    }
}
