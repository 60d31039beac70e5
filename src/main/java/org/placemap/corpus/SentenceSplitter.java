package org.placemap.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule-based sentence splitter for English news text.
 *
 * <h2>Algorithm</h2>
 * A sentence ends at {@code . ! ? …} (plus closing quotes or brackets) followed by whitespace and a
 * capital, digit or opening quote, unless the dot ends an abbreviation: titles and initials ("Mr.",
 * "Gen.", "W.") never end a sentence; acronyms and other abbreviations ("U.S.", "Inc.", "Oct.") end one
 * only when the next word is a typical sentence opener ("The", "It" …). A line break ends a sentence when
 * the next line starts with something other than a lower-case letter and the line before does not end
 * in a comma, dash or function word: saved pages wrap paragraphs by hand, even with blank lines inside
 * a sentence, and a lower-case continuation is the reliable sign of that. Callers may add forced breaks
 * (zone edges).
 *
 * <h2>Limitations</h2>
 * A hand-wrapped line that ends a clause without punctuation and is followed by a capitalised word
 * ("could weaken / Putin's image") is split there.
 */
final class SentenceSplitter {

    /** Abbreviations after which a capitalised word is a name, not a new sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "sen",
            "rep", "gov", "pres", "rev", "hon", "st", "mt", "ft", "no", "nos", "vol", "fig", "approx", "ca", "cf");

    /** Abbreviations that may also end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "etc", "inc", "ltd", "co", "corp", "bros", "jr", "sr", "vs", "al", "dept", "est", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
            "sat", "sun", "ave", "rd", "blvd", "e.g", "i.e", "a.m", "p.m");

    /**
     * Abbreviations that do not end a sentence when a number follows: "(pop. 58,382)", "pp. 12–14", "est. 1850";
     * before a word they may ("He likes pop. Then …").
     */
    private static final Set<String> BEFORE_NUMBERS = Set.of("pop", "pp", "est", "ed", "approx", "c", "circa", "no",
            "nos", "vol", "fig");

    /** Closed-class words that typically open a sentence; used to decide after an ambiguous abbreviation. */
    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after",
            "before", "however", "meanwhile", "his", "her", "its", "their", "our", "my", "some", "many", "most",
            "no", "one", "what", "why", "how", "who", "where", "still", "also", "then", "now", "since");

    /** A line ending in one of these continues on the next line. */
    private static final Set<String> CONTINUING_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as",
            "that", "its", "their", "his", "her", "our", "this", "these", "into", "than", "about");

    private SentenceSplitter() {}

    /**
     * @param forcedBreaks offsets where a sentence must end regardless of punctuation (zone edges)
     * @return sentence ranges, trimmed of surrounding whitespace, sorted and disjoint
     */
    static List<TextRange> split(String text, Iterable<Integer> forcedBreaks) {
        TreeSet<Integer> breaks = new TreeSet<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = skipClosers(text, i + 1);
                int next = skipSpaces(text, end);
                if (next > end && (next == n || opensSentence(text.charAt(next))) && !isAbbreviation(text, i, next)) {
                    breaks.add(end);
                }
            } else if (c == '\n' || c == '\r') {
                int next = skipSpaces(text, i);
                if (next < n && !continuesLine(text.charAt(next)) && !lineContinues(text, i)) {
                    breaks.add(i);
                }
                i = Math.max(i, next - 1);
            }
        }
        for (int f : forcedBreaks) {
            if (f > 0 && f < n) {
                breaks.add(f);
            }
        }
        breaks.add(n);
        List<TextRange> sentences = new ArrayList<>();
        int start = 0;
        for (int b : breaks) {
            int s = skipSpaces(text, start);
            int e = b;
            while (e > s && Line.isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                sentences.add(new TextRange(s, e));
            }
            start = b;
        }
        return sentences;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c)
                || "“\"‘'([«—–-".indexOf(c) >= 0;
    }

    /** A line starting in lower case or with trailing punctuation carries on the previous line's sentence. */
    private static boolean continuesLine(char c) {
        return Character.isLowerCase(c) || ",;:.)]}%".indexOf(c) >= 0;
    }

    /** Whether the dot at {@code dot} belongs to an abbreviation that does not end the sentence. */
    private static boolean isAbbreviation(String text, int dot, int next) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(start));
        if (TITLES.contains(word) || initial || BEFORE_NUMBERS.contains(word) && next < text.length()
                && Character.isDigit(text.charAt(next))) {
            return true;
        }
        boolean acronym = word.indexOf('.') > 0; // U.S, U.N, B.A
        if (acronym || ABBREVIATIONS.contains(word)) {
            return !OPENERS.contains(nextWord(text, next));
        }
        return false;
    }

    private static boolean lineContinues(String text, int newline) {
        int e = newline;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1)) && text.charAt(e - 1) != '\n') {
            e--;
        }
        if (e == 0 || text.charAt(e - 1) == '\n') {
            return false;
        }
        char last = text.charAt(e - 1);
        if (last == ',' || last == '-' || last == '–' || last == '—' || last == '(' || last == '/') {
            return true;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return CONTINUING_WORDS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
    }

    private static String nextWord(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e).toLowerCase(Locale.ROOT);
    }

    private static int skipClosers(String text, int i) {
        while (i < text.length() && "”\"’')]»".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Line.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
