package org.placemap.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.corpus.TextRange;
import org.placemap.geoparse.Mention;

/**
 * One sentence of an article with the place names in it: the small vocabulary the claim patterns are
 * written in (the name ending here, the name starting there, the word before).
 *
 * <p>Only names count as endpoints: a demonym ("the Syrian coast") names no point to measure from.
 * A capitalised word the geoparser did not recognise still becomes an unresolved endpoint where the
 * pattern makes it a place (after "from", after "the village of"), so the claim is listed, not lost.
 */
final class SentenceScope {

    /** Words that introduce a place name: "the coastal city of", "the naval base in". */
    private static final Pattern INTRO = Pattern.compile(
            "\\G(?:the\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,3}?(?:of|in|at)\\s+(?:the\\s+)?)?",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Linear features: a distance "from the border of Turkey" is not a distance between two places. */
    private static final Set<String> LINEAR = Set.of("border", "borders", "frontier", "boundary", "front", "frontline",
            "line", "lines", "road", "highway", "river", "pipeline", "coast", "coastline", "shore", "edge", "length");
    private static final Pattern NOUN_AFTER = Pattern.compile("\\G(?:['’]s)?\\s+(\\p{Ll}+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\G\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:al-|el-)?\\p{Lu}[\\p{L}'’-]*){0,3}", Pattern.UNICODE_CHARACTER_CLASS);
    /** Capitalised words that are never an unrecognised place. */
    private static final Set<String> NOT_NAMES = Set.of("the", "it", "this", "that", "these", "those", "they", "he",
            "she", "we", "you", "i", "which", "there", "here", "its", "his", "her", "their", "our", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "president", "mr", "mrs", "ms");
    /** Words naming what sort of place precedes them: "Khmeimim air base lies …", "Hama city is …". */
    static final Set<String> FEATURE_WORDS = Set.of("air", "base", "airbase", "airport", "airfield", "port", "city",
            "town", "village", "itself", "naval", "harbour", "harbor", "centre", "center");

    final String text;
    final TextRange range;
    private final List<Mention> names;
    private final List<Mention> demonyms;

    SentenceScope(String text, TextRange range, List<Mention> mentions) {
        this.text = text;
        this.range = range;
        this.names = mentions.stream()
                .filter(m -> m.form() == Mention.Form.NAME && m.start() >= range.start() && m.end() <= range.end())
                .toList();
        this.demonyms = mentions.stream()
                .filter(m -> m.form() == Mention.Form.DEMONYM && m.start() >= range.start() && m.end() <= range.end())
                .toList();
    }

    /** The place named at {@code pos} after an optional introduction ("the city of"), or null. */
    Endpoint placeAt(int pos) {
        Matcher intro = INTRO.matcher(text).region(pos, range.end());
        int p = pos;
        if (intro.lookingAt()) {
            String words = intro.group().toLowerCase(Locale.ROOT);
            for (String w : words.split("\\s+")) {
                if (LINEAR.contains(w)) {
                    return null;
                }
            }
            p = intro.end();
        }
        Endpoint found = nameAt(p);
        if (found == null && p != pos) {
            found = nameAt(pos);
        }
        return found == null || beforeLinearFeature(found.end()) ? null : found;
    }

    /** "the Lebanese border", "Syria's coast": the name qualifies a line, which has no single point. */
    private boolean beforeLinearFeature(int end) {
        Matcher m = NOUN_AFTER.matcher(text).region(end, range.end());
        return m.lookingAt() && LINEAR.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The name starting exactly at {@code pos}: a mention, or an unrecognised capitalised name. */
    Endpoint nameAt(int pos) {
        for (Mention m : names) {
            if (m.start() == pos) {
                return endpoint(m);
            }
        }
        if (demonymAt(pos)) {
            return null;
        }
        Matcher c = CAPITALISED.matcher(text).region(pos, range.end());
        if (!c.lookingAt() || NOT_NAMES.contains(firstWord(c.group()))) {
            return null;
        }
        return new Endpoint(c.group(), pos, c.end(), null);
    }

    /** The mention ending exactly at {@code pos}, or null. */
    Mention mentionEndingAt(int pos) {
        for (Mention m : names) {
            if (m.end() == pos) {
                return m;
            }
        }
        return null;
    }

    /** An unrecognised capitalised name (one to four words) ending at {@code pos}, or null. */
    Endpoint capitalisedEndingAt(int pos) {
        int wordStart = pos;
        int start = -1;
        for (int words = 0; words < 4; words++) {
            int ws = wordStart;
            while (ws > range.start() && isNameChar(text.charAt(ws - 1))) {
                ws--;
            }
            if (ws == wordStart || !Character.isUpperCase(text.charAt(ws)) || NOT_NAMES.contains(firstWord(text.substring(ws, wordStart)))) {
                break;
            }
            start = ws;
            wordStart = ws;
            if (wordStart - 1 <= range.start() || text.charAt(wordStart - 1) != ' ') {
                break;
            }
            wordStart--;
        }
        if (start < 0 || demonymAt(start) || overlapsMention(start, pos)) {
            return null;
        }
        String name = text.substring(start, pos);
        if (name.endsWith("'s") || name.endsWith("’s")) {
            return null; // "Russia's naval base": a possessive qualifies the noun after it
        }
        return new Endpoint(name, start, pos, null);
    }

    /** Offset of the first non-space character at or after {@code pos}. */
    int skipSpaces(int pos) {
        int p = pos;
        while (p < range.end() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** Offset after the last non-space character before {@code pos}. */
    int backSpaces(int pos) {
        int p = pos;
        while (p > range.start() && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** Start of the word ending at {@code pos} (letters, digits, apostrophes, hyphens), or {@code pos}. */
    int wordStart(int pos) {
        int p = pos;
        while (p > range.start() && isNameChar(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** The lower-cased word ending at {@code pos} (spaces before {@code pos} skipped), or "". */
    String wordBefore(int pos) {
        int end = backSpaces(pos);
        return text.substring(wordStart(end), end).toLowerCase(Locale.ROOT);
    }

    boolean isSentenceStart(int pos) {
        int p = backSpaces(pos);
        if (p == range.start()) {
            return true;
        }
        // an opening quote or bracket before the first word
        return "\"“'‘(".indexOf(text.charAt(p - 1)) >= 0 && backSpaces(p - 1) == range.start();
    }

    static Endpoint endpoint(Mention m) {
        return new Endpoint(m.text(), m.start(), m.end(), m.place());
    }

    private boolean overlapsMention(int start, int end) {
        return names.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    private boolean demonymAt(int pos) {
        return demonyms.stream().anyMatch(m -> m.start() <= pos && pos < m.end());
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i).toLowerCase(Locale.ROOT);
    }
}
