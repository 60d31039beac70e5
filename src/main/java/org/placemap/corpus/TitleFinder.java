package org.placemap.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's title: the first line near the top that reads like a headline. Saved web pages
 * often start with ads, "Skip to main content", section names or an editor's note, so the first line is
 * not good enough; a headline is short, starts with a capital and does not end like a sentence or a
 * salutation.
 */
final class TitleFinder {

    /** Headlines further down than this are not looked for; beyond it the page is article text. */
    private static final int MAX_LINES_SCANNED = 40;
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 25;
    private static final int MAX_CHARS = 200;

    /** "Headline – Bloomberg", "Headline | The Guardian": an outlet of one to four capitalised words. */
    private static final Pattern OUTLET_SUFFIX = Pattern.compile(
            "(.*\\S)\\s+[–—|-]\\s+((?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’]*){0,3})");

    /** Two sentences on one line ("…Deeply. While we…"): an editor's note, not a headline. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");

    record Title(int lineIndex, String text, String outlet) {}

    private TitleFinder() {}

    /** The title line, or null when none of the first lines qualifies. */
    static Title find(List<Line> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < MAX_LINES_SCANNED; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            String s = line.trimmed();
            if (LineRules.isFurniture(s) || LineRules.isSalutation(s) || !looksLikeHeadline(s)) {
                continue;
            }
            Matcher m = OUTLET_SUFFIX.matcher(s);
            if (m.matches() && Line.wordCount(m.group(1)) >= 3) {
                return new Title(i, m.group(1).strip(), m.group(2).strip());
            }
            return new Title(i, s, null);
        }
        return null;
    }

    static boolean looksLikeHeadline(String s) {
        int words = Line.wordCount(s);
        if (words < MIN_WORDS || words > MAX_WORDS || s.length() > MAX_CHARS) {
            return false;
        }
        int first = firstLetterOrDigit(s);
        if (first < 0 || Character.isLowerCase(s.charAt(first))) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        return !INNER_SENTENCE_END.matcher(s).find();
    }

    private static int firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
