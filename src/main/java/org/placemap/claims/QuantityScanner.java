package org.placemap.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.corpus.TextRange;
import org.placemap.distance.Units;

/**
 * Finds cited distances in a sentence: a number (digits with thousands separators and decimals, or
 * number words), an optional range, a unit, and the hedges around them.
 *
 * <p>A number without a unit is reported too ("lies about 50 from Tartus"), so that a claim with a
 * missing unit is listed as unverifiable rather than lost; the claim patterns are stricter with those.
 * Areas ("50 square miles", "km²") and speeds ("km/h", "miles per hour") are not distances and are
 * skipped.
 */
final class QuantityScanner {

    private static final String DIGITS = "[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?";
    private static final String W = NumberWords.WORD;
    private static final String WORDS = "(?:an?\\s+(?:hundred|thousand|dozen)|" + W + ")"
            + "(?:(?:(?<=hundred|thousand)\\s+and\\s+|\\s+|-)" + W + "\\b)*";
    /** "a mile from": the article stands for one, but only directly before a unit word. */
    private static final String ONE = "an?(?=\\s+(?:mile|kilomet(?:re|er)|nautical\\s+mile)\\b)";
    private static final String NUMBER = "(?:" + DIGITS + "|" + WORDS + "|" + ONE + ")";
    private static final String UNIT = "nautical\\s+miles?|nmi|miles?|mi\\.?(?![\\p{L}])|kilomet(?:re|er)s?|kms?|klicks?"
            + "|met(?:re|er)s?|m";
    private static final String RANGE_SEP = "\\s*[-–—]\\s*|\\s+(?:to|and|or)\\s+";
    /** Not preceded by a letter, digit, currency sign or decimal point: "L-39", "$5m", "3.5" inside a number. */
    private static final String START = "(?<![\\p{L}\\p{N}$£€.,][-‐]?)";

    private static final Pattern QUANTITY = Pattern.compile(START + "(?<low>" + NUMBER + ")"
            + "(?:(?<sep>" + RANGE_SEP + ")(?<high>" + NUMBER + "))?"
            + "(?<odd>-?odd|-?plus|\\+)?"
            + "(?:\\s*|\\s*[-‐]\\s*)(?<unit>" + UNIT + ")"
            + "(?![\\p{L}\\p{N}²³])(?!\\s*(?:/|per\\b|an?\\s+hour\\b|a\\s+day\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BARE_NUMBER = Pattern.compile(START + "(?<low>" + DIGITS + ")(?![\\p{L}\\p{N}%])",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONVERSION = Pattern.compile("\\G\\s*\\(\\s*(?:[\\p{L} .~]{0,20}?)?"
            + "(?:" + DIGITS + "|" + WORDS + ")(?:(?:" + RANGE_SEP + ")(?:" + DIGITS + "))?\\s*[-‐]?\\s*(?:" + UNIT + ")\\.?\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private QuantityScanner() {}

    /** Every cited distance in {@code sentence} of {@code text}, in text order, not overlapping. */
    static List<Quantity> scan(String text, TextRange sentence) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text).region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        int lastEnd = -1;
        while (m.find()) {
            if (m.start() < lastEnd) {
                continue; // inside the previous quantity's conversion: "50 miles (80 km)"
            }
            Quantity q = withUnit(text, sentence, m);
            if (q != null) {
                found.add(q);
                lastEnd = q.end();
            }
        }
        Matcher bare = BARE_NUMBER.matcher(text).region(sentence.start(), sentence.end());
        bare.useTransparentBounds(true);
        while (bare.find()) {
            if (found.stream().noneMatch(q -> bare.start() < q.end() && q.start() <= bare.start())) {
                Quantity q = unitless(text, sentence, bare);
                if (q != null) {
                    found.add(q);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static Quantity withUnit(String text, TextRange sentence, Matcher m) {
        String unitText = m.group("unit");
        if (unitText.equals("M")) { // "5M" is five million, not five metres
            return null;
        }
        double low = value(m.group("low"));
        double high = m.group("high") == null ? low : value(m.group("high"));
        String sep = m.group("sep");
        HedgeWords.Found before = HedgeWords.before(text, sentence.start(), m.start());
        boolean between = before == null && endsWithWord(text, sentence.start(), m.start(), "between");
        if (low < 0 || high < 0 || (sep != null && sep.trim().equals("and") && !between)) {
            return null;
        }
        if (high < low) { // "50-40 km" is a typo or a score, not a range we can read
            return null;
        }
        int end = m.end();
        Hedge hedge = before == null ? Hedge.NONE : before.hedge();
        String hedgeText = before == null ? "" : before.text();
        if (m.group("odd") != null) {
            boolean plus = m.group("odd").contains("plus") || m.group("odd").equals("+");
            hedge = plus ? Hedge.MORE_THAN : Hedge.ABOUT;
            hedgeText = (hedgeText + " " + m.group("odd").replace("-", "")).trim();
        }
        HedgeWords.Found after = HedgeWords.after(text, end, sentence.end());
        if (after != null && hedge == Hedge.NONE) {
            hedge = after.hedge();
            hedgeText = after.text();
            end = after.start();
        }
        Matcher conv = CONVERSION.matcher(text).region(end, sentence.end());
        if (conv.lookingAt()) {
            end = conv.end();
        }
        int start = before == null ? m.start() : before.start();
        if (between && sep != null) { // "between 40 and 50 km": the span and the subject's context start at "between"
            start = trimmedEnd(text, m.start()) - "between".length();
        }
        CitedDistance cited = new CitedDistance(low, high, unit(unitText), hedge, hedgeText);
        return new Quantity(cited, start, m.start(), end);
    }

    private static Quantity unitless(String text, TextRange sentence, Matcher m) {
        double v = value(m.group("low"));
        if (v < 0) {
            return null;
        }
        HedgeWords.Found before = HedgeWords.before(text, sentence.start(), m.start());
        Hedge hedge = before == null ? Hedge.NONE : before.hedge();
        CitedDistance cited = new CitedDistance(v, v, null, hedge, before == null ? "" : before.text());
        return new Quantity(cited, before == null ? m.start() : before.start(), m.start(), m.end());
    }

    /** Offset after the last non-space character before {@code pos}. */
    private static int trimmedEnd(String text, int pos) {
        int p = pos;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    private static boolean endsWithWord(String text, int floor, int pos, String word) {
        String head = text.substring(Math.max(floor, pos - word.length() - 2), pos).toLowerCase(Locale.ROOT).stripTrailing();
        return head.endsWith(word);
    }

    /** The number's value, or -1 when it cannot be read. */
    static double value(String number) {
        if (!number.isEmpty() && Character.isDigit(number.charAt(0))) {
            try {
                return new BigDecimal(number.replace(",", "")).doubleValue();
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return NumberWords.parse(number);
    }

    static Units unit(String written) {
        String u = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (u.startsWith("nautical") || u.equals("nmi")) {
            return Units.NAUTICAL_MILES;
        }
        if (u.startsWith("mi")) {
            return Units.MILES;
        }
        if (u.startsWith("k")) {
            return Units.KILOMETRES;
        }
        return Units.METRES;
    }
}
