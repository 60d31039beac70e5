package org.placemap.claims;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words that qualify a cited distance, before the number ("about 50") or after it ("50 or so"). */
final class HedgeWords {

    /** A hedge found in the text, with where its words start and what they say. */
    record Found(Hedge hedge, int start, String text) {}

    private static final Map<String, Hedge> BEFORE = Map.ofEntries(
            Map.entry("about", Hedge.ABOUT), Map.entry("around", Hedge.ABOUT), Map.entry("roughly", Hedge.ABOUT),
            Map.entry("approximately", Hedge.ABOUT), Map.entry("approx.", Hedge.ABOUT), Map.entry("approx", Hedge.ABOUT),
            Map.entry("some", Hedge.ABOUT), Map.entry("circa", Hedge.ABOUT), Map.entry("ca.", Hedge.ABOUT),
            Map.entry("an estimated", Hedge.ABOUT), Map.entry("estimated", Hedge.ABOUT), Map.entry("~", Hedge.ABOUT),
            Map.entry("an approximate", Hedge.ABOUT), Map.entry("round about", Hedge.ABOUT),
            Map.entry("in the region of", Hedge.ABOUT), Map.entry("something like", Hedge.ABOUT),
            Map.entry("nearly", Hedge.NEARLY), Map.entry("almost", Hedge.NEARLY), Map.entry("close to", Hedge.NEARLY),
            Map.entry("just under", Hedge.NEARLY), Map.entry("not quite", Hedge.NEARLY),
            Map.entry("just short of", Hedge.NEARLY), Map.entry("a little under", Hedge.NEARLY),
            Map.entry("slightly less than", Hedge.NEARLY), Map.entry("just less than", Hedge.NEARLY),
            Map.entry("more than", Hedge.MORE_THAN), Map.entry("over", Hedge.MORE_THAN),
            Map.entry("at least", Hedge.MORE_THAN), Map.entry("upwards of", Hedge.MORE_THAN),
            Map.entry("upward of", Hedge.MORE_THAN), Map.entry("in excess of", Hedge.MORE_THAN),
            Map.entry("just over", Hedge.MORE_THAN), Map.entry("a little over", Hedge.MORE_THAN),
            Map.entry("slightly more than", Hedge.MORE_THAN), Map.entry("well over", Hedge.MORE_THAN),
            Map.entry("no less than", Hedge.MORE_THAN), Map.entry("not less than", Hedge.MORE_THAN),
            Map.entry("less than", Hedge.LESS_THAN), Map.entry("under", Hedge.LESS_THAN),
            Map.entry("at most", Hedge.LESS_THAN), Map.entry("up to", Hedge.LESS_THAN),
            Map.entry("no more than", Hedge.LESS_THAN), Map.entry("not more than", Hedge.LESS_THAN),
            Map.entry("fewer than", Hedge.LESS_THAN), Map.entry("well under", Hedge.LESS_THAN),
            Map.entry("within", Hedge.WITHIN));

    private static final Map<String, Hedge> AFTER = Map.of(
            "or so", Hedge.ABOUT, "or thereabouts", Hedge.ABOUT, "or more", Hedge.MORE_THAN,
            "at least", Hedge.MORE_THAN, "or less", Hedge.LESS_THAN, "at most", Hedge.LESS_THAN,
            "at the most", Hedge.LESS_THAN);

    private static final List<String> BEFORE_LONGEST_FIRST = longestFirst(BEFORE);
    private static final List<String> AFTER_LONGEST_FIRST = longestFirst(AFTER);

    private HedgeWords() {}

    /**
     * The hedge whose words end at {@code pos} (spaces before {@code pos} skipped), looking no further
     * back than {@code floor}. Two hedges in a row ("within about") combine: a bound wins over an
     * approximation because it decides which side the tolerance applies to.
     */
    static Found before(String text, int floor, int pos) {
        Found inner = lastPhrase(text, floor, pos);
        if (inner == null) {
            return null;
        }
        Found outer = lastPhrase(text, floor, inner.start());
        if (outer == null) {
            return inner;
        }
        Hedge hedge = inner.hedge().isBound() || outer.hedge() == Hedge.ABOUT ? inner.hedge() : outer.hedge();
        return new Found(hedge, outer.start(), outer.text() + " " + inner.text());
    }

    /** The hedge whose words start right after {@code pos} (after spaces), or null; {@code start} is its end. */
    static Found after(String text, int pos, int ceiling) {
        int p = pos;
        while (p < ceiling && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        String rest = text.substring(p, Math.min(ceiling, p + 20)).toLowerCase(Locale.ROOT);
        for (String phrase : AFTER_LONGEST_FIRST) {
            if (rest.startsWith(phrase) && (rest.length() == phrase.length() || !Character.isLetter(rest.charAt(phrase.length())))) {
                return new Found(AFTER.get(phrase), p + phrase.length(), phrase);
            }
        }
        return null;
    }

    private static Found lastPhrase(String text, int floor, int pos) {
        int end = pos;
        while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String head = text.substring(Math.max(floor, end - 20), end).toLowerCase(Locale.ROOT);
        for (String phrase : BEFORE_LONGEST_FIRST) {
            if (head.endsWith(phrase)) {
                int start = end - phrase.length();
                boolean wordStart = start == floor || !Character.isLetterOrDigit(text.charAt(start - 1));
                if (wordStart) {
                    return new Found(BEFORE.get(phrase), start, phrase);
                }
            }
        }
        return null;
    }

    private static List<String> longestFirst(Map<String, Hedge> map) {
        return map.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }
}
