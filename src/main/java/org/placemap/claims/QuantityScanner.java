package org.placemap.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.placemap.corpus.TextRange;
import org.placemap.distance.Units;

/**
 * Finds cited distances in a sentence: a number (digits with thousands separators and decimals, number
 * words, or a fraction of a unit), an optional range, a unit, the hedges around them and a conversion that
 * restates them.
 *
 * <h2>Forms read</h2>
 * <ul>
 *   <li>numbers: "50", "1,234.5", "2 250" (a space, no-break or thin space between groups of three digits),
 *       "fifty-seven", "a hundred and twenty", "a mile" (one);</li>
 *   <li>fractions, tried first: "half a mile", "three-quarters of a mile", "a quarter of a mile", "a mile and
 *       a half", "two and a half kilometres";</li>
 *   <li>ranges: "10–15 km", "10 to 15 km", "between 10 and 15 miles", "three or four miles";</li>
 *   <li>units, optionally after how they were measured ("2,463 road miles", "air miles"): kilometres ("km", "kms",
 *       "km."), miles ("mi"), nautical miles ("nautical miles",
 *       "12-nautical-mile", "nmi", "nm", "NM"), metres; a dot after an abbreviated unit belongs to it when the
 *       sentence goes on ("40 km. from");</li>
 *   <li>a conversion is part of the quantity, not a second one: "20 kilometres (12 miles)", "(about 126
 *       km)", "(64.8 km; 40.3 mi)", "20 km / 12 miles", "25 miles, or 40 kilometres,".</li>
 * </ul>
 * A number without a unit is reported too ("lies about 50 from Tartus"), so that a claim with a missing
 * unit is listed as unverifiable rather than lost; the claim patterns are stricter with those. Areas ("50
 * square miles", "km²"), speeds ("km/h", "miles per hour") and vague counts ("a few hundred metres",
 * "several dozen metres") are not distances and are skipped.
 */
final class QuantityScanner {

    /** Fractions written as one character: "2½ miles", "7¾ km", "½ mile". */
    private static final String FRACTION_GLYPHS = "½¼¾⅓⅔⅛⅜⅝⅞";
    /**
     * "2,250", "2 250" (a space, no-break or thin space between groups of three: "2 250km", "200 000"), "12.5", and a
     * whole number with a fraction character, or the character alone ("2½", "½").
     */
    private static final String DIGITS = "[0-9]{0,3}(?:,[0-9]{3})*[" + FRACTION_GLYPHS + "]"
            + "|[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+(?![0-9])"
            + "|[0-9]+(?:\\.[0-9]+)?";
    private static final String W = NumberWords.WORD;
    private static final String WORDS = "(?:an?\\s+(?:hundred|thousand|dozen)|" + W + ")"
            + "(?:(?:(?<=hundred|thousand)\\s+and\\s+|\\s+|-)" + W + "\\b)*";
    /** "a mile from": the article stands for one, but only directly before a unit word. */
    private static final String ONE = "an?(?=\\s+(?:mile|kilomet(?:re|er)|nautical[\\s-]+mile)\\b)";
    private static final String NUMBER = "(?:" + DIGITS + "|" + WORDS + "|" + ONE + ")";
    private static final String UNIT = "nautical[\\s-]+miles?|nmi|nm|miles?|mi\\.?(?![\\p{L}])|kilomet(?:re|er)s?|kms?|klicks?"
            + "|met(?:re|er)s?|m";
    /** How the distance was measured, between the number and the unit: "2,463 road miles", "1,448 air miles". */
    private static final String HOW_MEASURED = "(?:road|air|driving|flight|straight-line)\\s+";
    private static final String RANGE_SEP = "\\s*[-–—]\\s*|\\s+(?:to|and|or)\\s+";
    /** Not preceded by a letter, digit, currency sign or decimal point: "L-39", "$5m", "3.5" inside a number. */
    private static final String START = "(?<![\\p{L}\\p{N}$£€.,][-‐]?)";
    /** Not a longer word, an area, or a speed: "milestone", "km²", "km/h", "miles per hour". */
    private static final String UNIT_END = "(?![\\p{L}\\p{N}²³])"
            + "(?!\\s*(?:/\\s*(?:h|hr|hrs|hour|s|sec|min)\\b|per\\b|an?\\s+hour\\b|a\\s+day\\b))";

    /**
     * Whether the sentence can hold a distance at all: a word starting like a unit ("km", "miles", "mi",
     * "kilometres", "metres", "klicks", "nm", or "m" right after a number), or a number followed by "from" or a direction (a
     * number without a unit: "lies about 50 from Tartus"). Most sentences of an
     * article have neither; this check spares them the full patterns (on LGL news it took the extractor from
     * about 110 % to a fraction of the geoparser's time; BENCHMARKS.md). One character pass plus a few
     * case-insensitive comparisons; allocates nothing.
     */
    static boolean mayHoldQuantity(String text, TextRange sentence) {
        int end = sentence.end();
        boolean prevLetter = false;
        for (int i = sentence.start(); i < end; i++) {
            char c = text.charAt(i);
            char lower = (char) (c | 0x20);
            boolean asciiLetter = lower >= 'a' && lower <= 'z';
            boolean letter = c < 128 ? asciiLetter : Character.isLetter(c);
            if (c >= '0' && c <= '9') {
                int u = i + 1;
                while (u < end && (text.charAt(u) >= '0' && text.charAt(u) <= '9' || text.charAt(u) == '.'
                        || text.charAt(u) == ',')) {
                    u++;
                }
                if (u < end && text.charAt(u) == ' ') {
                    u++;
                }
                if (u < end && (text.charAt(u) | 0x20) == 'm' && (u + 1 == end || !Character.isLetter(text.charAt(u + 1)))) {
                    return true; // "500 m", "20m"
                }
                if (starts(text, u, "from") || starts(text, u, "north") || starts(text, u, "south")
                        || starts(text, u, "east") || starts(text, u, "west")) {
                    return true; // "lies about 50 from Tartus": a number without a unit
                }
            } else if (asciiLetter && !prevLetter) {
                switch (lower) {
                    case 'm' -> {
                        if (starts(text, i, "mile") || starts(text, i, "metre") || starts(text, i, "meter")
                                || starts(text, i, "mi") && (i + 2 == end || !Character.isLetter(text.charAt(i + 2)))) {
                            return true;
                        }
                    }
                    case 'k' -> {
                        if (starts(text, i, "km") || starts(text, i, "kilomet") || starts(text, i, "klick")) {
                            return true;
                        }
                    }
                    case 'n' -> {
                        if (starts(text, i, "nm")) {
                            return true;
                        }
                    }
                    default -> { }
                }
            }
            prevLetter = letter;
        }
        return false;
    }

    private static boolean starts(String text, int at, String lowerWord) {
        return text.regionMatches(true, at, lowerWord, 0, lowerWord.length());
    }

    private static final Pattern QUANTITY = Pattern.compile(START + "(?<low>" + NUMBER + ")"
            + "(?:(?<sep>" + RANGE_SEP + ")(?<high>" + NUMBER + "))?"
            + "(?<odd>-?odd|-?plus|\\+)?"
            + "(?:\\s*|\\s*[-‐]\\s*)(?:" + HOW_MEASURED + ")?(?<unit>" + UNIT + ")" + UNIT_END,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Fractions, in the order tried: "half a mile" / "three-quarters of a mile"; "a mile and a half"; "two and
     * a half kilometres".
     */
    private static final List<Pattern> FRACTIONS = Stream.of(
            START + "(?<frac>" + NumberWords.FRACTION + ")(?:\\s+of)?\\s+an?\\s+(?<unit>" + UNIT + ")" + UNIT_END,
            START + "(?<whole>" + NUMBER + ")\\s+(?<unit>" + UNIT + ")\\s+and\\s+(?<frac>an?\\s+(?:half|quarter))(?![\\p{L}])",
            START + "(?<whole>" + NUMBER + ")\\s+and\\s+(?<frac>an?\\s+(?:half|quarter))\\s+(?<unit>" + UNIT + ")" + UNIT_END)
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS)).toList();
    private static final Pattern BARE_NUMBER = Pattern.compile(START + "(?<low>" + DIGITS + ")(?![\\p{L}\\p{N}%])",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final String CONVERTED = "(?:" + DIGITS + "|" + WORDS + ")(?:(?:" + RANGE_SEP + ")(?:" + DIGITS + "))?"
            + "\\s*[-‐]?\\s*(?:" + UNIT + ")\\.?";
    private static final String CONVERSION_PREFIX = "(?:[\\p{L} .~]{0,20}?)?";
    /** A restatement in another unit: "(80 km)", "(about 126 km)", "(64.8 km; 40.3 mi)", "/ 12 miles", ", or 40 km,". */
    private static final Pattern CONVERSION = Pattern.compile("\\G(?:"
            + "\\s*\\(\\s*" + CONVERSION_PREFIX + CONVERTED + "(?:\\s*[;,]\\s*" + CONVERSION_PREFIX + CONVERTED + ")?\\s*\\)"
            + "|\\s*/\\s*" + CONVERTED
            + "|\\s*,\\s*or\\s+(?:about\\s+|some\\s+|roughly\\s+|nearly\\s+)?" + CONVERTED + "\\s*,"
            + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A unit's abbreviation in brackets right after it: "124 nautical miles (NM)", "50 kilometres (km)". */
    private static final Pattern UNIT_ABBREVIATION = Pattern.compile("\\G\\s*\\(\\s*(?:nm|nmi|km|kms|mi)\\.?\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    /** Units written as abbreviations, which may carry a full stop: "40 km. from". */
    private static final Pattern ABBREVIATED = Pattern.compile("kms?|mi|nmi|nm|m", Pattern.CASE_INSENSITIVE);
    /** "a few hundred metres", "several dozen metres": a count too vague to be a distance. */
    private static final Pattern VAGUE = Pattern.compile("(?:few|several|many)\\s+$", Pattern.CASE_INSENSITIVE);

    private QuantityScanner() {}

    /** Every cited distance in {@code sentence}, in text order, not overlapping. */
    static List<Quantity> scan(String text, TextRange sentence) {
        if (!mayHoldQuantity(text, sentence)) {
            return List.of();
        }
        List<Quantity> found = new ArrayList<>();
        for (Pattern fraction : FRACTIONS) {
            Matcher f = fraction.matcher(text).region(sentence.start(), sentence.end());
            f.useTransparentBounds(true);
            while (f.find()) {
                if (overlaps(found, f.start(), f.end())) {
                    continue;
                }
                double whole = f.pattern().pattern().contains("<whole>") ? value(f.group("whole")) : 0;
                double part = NumberWords.fraction(f.group("frac"));
                if (whole >= 0 && part > 0) {
                    found.add(complete(text, sentence, f.start(), f.start(), f.end(), whole + part, whole + part,
                            f.group("unit"), Hedge.NONE, ""));
                }
            }
        }
        Matcher m = QUANTITY.matcher(text).region(sentence.start(), sentence.end());
        m.useTransparentBounds(true);
        while (m.find()) {
            if (overlaps(found, m.start(), m.end())) {
                continue; // inside a fraction, or the previous quantity's conversion: "50 miles (80 km)"
            }
            Quantity q = withUnit(text, sentence, m);
            if (q != null) {
                found.add(q);
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

    private static boolean overlaps(List<Quantity> found, int start, int end) {
        return found.stream().anyMatch(q -> start < q.end() && q.numberStart() < end);
    }

    private static Quantity withUnit(String text, TextRange sentence, Matcher m) {
        String unitText = m.group("unit");
        if (unitText.equals("M")) { // "5M" is five million, not five metres
            return null;
        }
        String lowText = m.group("low");
        if (lowText.matches("(?i)hundred|thousand|dozen|million")
                && VAGUE.matcher(text.substring(Math.max(sentence.start(), m.start() - 12), m.start())).find()) {
            return null;
        }
        double low = value(lowText);
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
        Hedge hedge = Hedge.NONE;
        String hedgeText = "";
        if (m.group("odd") != null) {
            boolean plus = m.group("odd").contains("plus") || m.group("odd").equals("+");
            hedge = plus ? Hedge.MORE_THAN : Hedge.ABOUT;
            hedgeText = m.group("odd").replace("-", "");
        }
        Quantity q = complete(text, sentence, m.start(), m.start(), m.end(), low, high, unitText, hedge, hedgeText);
        if (between && sep != null) { // "between 40 and 50 km": the span and the subject's context start at "between"
            q = new Quantity(q.cited(), trimmedEnd(text, m.start()) - "between".length(), q.numberStart(), q.end());
        }
        return q;
    }

    /**
     * The quantity whose number starts at {@code numberStart} and whose unit ends at {@code unitEnd}, with the
     * hedge before it, a full stop after an abbreviated unit, a hedge after it ("or so") and a conversion.
     * {@code hedge} is one the number itself carries ("50-odd"); words before it add to it.
     */
    private static Quantity complete(String text, TextRange sentence, int matchStart, int numberStart, int unitEnd,
            double low, double high, String unitText, Hedge hedge, String hedgeText) {
        int end = unitEnd;
        if (ABBREVIATED.matcher(unitText).matches() && end + 1 < sentence.end() && text.charAt(end) == '.'
                && Character.isWhitespace(text.charAt(end + 1)) && continues(text, end + 1, sentence.end())) {
            end++; // "40 km. from the border": an abbreviation's full stop, not the end of the sentence
        }
        HedgeWords.Found before = HedgeWords.before(text, sentence.start(), matchStart);
        Hedge h = hedge;
        String ht = hedgeText;
        if (before != null) {
            h = hedge == Hedge.NONE ? before.hedge() : hedge;
            ht = (before.text() + " " + hedgeText).trim();
        }
        HedgeWords.Found after = HedgeWords.after(text, end, sentence.end());
        if (after != null && h == Hedge.NONE) {
            h = after.hedge();
            ht = after.text();
            end = after.start();
        }
        Matcher abbreviation = UNIT_ABBREVIATION.matcher(text).region(end, sentence.end());
        if (abbreviation.lookingAt()) {
            end = abbreviation.end(); // "124 nautical miles (NM) (229.65 kilometers)": the unit's abbreviation in brackets
        }
        Matcher conv = CONVERSION.matcher(text).region(end, sentence.end());
        if (conv.lookingAt()) {
            end = conv.end();
        } else {
            end = commaConversionEnd(text, end, sentence.end(), low, unit(unitText));
        }
        int start = before == null ? matchStart : before.start();
        CitedDistance cited = new CitedDistance(low, high, unit(unitText), h, ht);
        return new Quantity(cited, start, numberStart, end);
    }

    /** A restatement after a bare comma: "(190 kilometres, 120 miles southwest of Benghazi)". */
    private static final Pattern COMMA_CONVERSION = Pattern.compile("\\G\\s*,\\s*(?<v>" + DIGITS + ")\\s*(?<u>" + UNIT + ")\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Where a restatement after a bare comma ends, or {@code end} when there is none: the number after the comma is in
     * another unit and within 15 % of the same length ("190 kilometres, 120 miles"), so it is a conversion, not a second
     * distance ("40 km, 80 km and 120 km" keeps its three).
     */
    private static int commaConversionEnd(String text, int end, int ceiling, double low, Units unit) {
        Matcher m = COMMA_CONVERSION.matcher(text).region(end, ceiling);
        if (!m.lookingAt()) {
            return end;
        }
        Units other = unit(m.group("u"));
        double v = value(m.group("v"));
        if (other == unit || v <= 0 || low <= 0) {
            return end;
        }
        double a = unit.toMetres(low);
        double b = other.toMetres(v);
        return Math.abs(a - b) <= 0.15 * Math.max(a, b) ? m.end() : end;
    }

    /** Whether the text after {@code pos} goes on in lower case or with a bracket: the sentence has not ended. */
    private static boolean continues(String text, int pos, int ceiling) {
        int p = pos;
        while (p < ceiling && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < ceiling && (Character.isLowerCase(text.charAt(p)) || text.charAt(p) == '(');
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
        int glyph = number.isEmpty() ? -1 : FRACTION_GLYPHS.indexOf(number.charAt(number.length() - 1));
        if (glyph >= 0) {
            String whole = number.substring(0, number.length() - 1).replace(",", "");
            return (whole.isEmpty() ? 0 : Double.parseDouble(whole)) + FRACTION_VALUES[glyph];
        }
        if (!number.isEmpty() && Character.isDigit(number.charAt(0))) {
            try {
                return new BigDecimal(number.replaceAll("[, \u00A0\u202F]", "")).doubleValue();
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return NumberWords.parse(number);
    }

    /** The values of {@link #FRACTION_GLYPHS}, in the same order. */
    private static final double[] FRACTION_VALUES = {0.5, 0.25, 0.75, 1.0 / 3, 2.0 / 3, 0.125, 0.375, 0.625, 0.875};

    static Units unit(String written) {
        String u = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (u.startsWith("nautical") || u.equals("nmi") || u.equals("nm")) {
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
