package org.placemap.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's headline near the top of the text, and the lines above it that are page furniture.
 * A headline is a reason to hide text: whatever is above it may be marked as boilerplate. So it is
 * looked for only where a headline can be, and a line above it counts as furniture only on evidence.
 *
 * <h2>Algorithm</h2>
 * Non-blank lines are read from the top, at most {@value #MAX_HEAD_LINES} of them. Each gets the
 * {@link Kind} of the first rule in {@link #RULES} that matches it; the order of that list is the order
 * of precedence:
 * <ol>
 *   <li>{@code FURNITURE}: site furniture as {@link LineRules#isFurniture} knows it (skip links, ads,
 *       bylines, credits …);</li>
 *   <li>{@code FURNITURE}: an editor's note line ("Editor’s note: …");</li>
 *   <li>{@code READER_NOTE}: a salutation to the site's readers ("Dear Deeply Readers,"), which opens a
 *       note to them;</li>
 *   <li>{@code BODY}: a wire dateline ("WASHINGTON (AP) — …", "TARTUS, SYRIA – …"): the story starts;</li>
 *   <li>{@code DATE}: a date or timestamp and nothing else ("Apr 10, 2:04 PM EDT");</li>
 *   <li>{@code NAVIGATION}: a menu or breadcrumb of short items ("News | Sport | Weather",
 *       "Home &gt; World");</li>
 *   <li>{@code NAVIGATION}: a single word ("news", "stories"); a headline has at least two;</li>
 *   <li>{@code BODY}: the first part of a wrapped sentence (the very next line goes on in lower case
 *       with the rest of a sentence);</li>
 *   <li>{@code SHORT_HEADLINE}: two or three words shaped like a headline ("Middle East", "Tartus
 *       Emptied");</li>
 *   <li>{@code NAVIGATION}: any other line of at most three words that does not end like a sentence;</li>
 *   <li>{@code HEADLINE}: a line shaped like a headline ({@link #looksLikeHeadline});</li>
 *   <li>{@code BODY}: anything else: prose (too long, ends with sentence punctuation, starts in lower
 *       case, two sentences on a line).</li>
 * </ol>
 * The first {@code HEADLINE} is the title. The first {@code BODY} line ends the search: the article has
 * started, so a short capitalised line further down is a subheading, a pull quote, a caption or a
 * wrapped line, never the title. Inside a note to readers, prose lines are the note (at most
 * {@value #MAX_NOTE_LINES} lines and {@value #MAX_NOTE_WORDS} words), not body. A {@code SHORT_HEADLINE}
 * is the title only when no {@code HEADLINE} follows before the search ends; otherwise it was a section
 * name and is furniture like the other lines above the title.
 *
 * <p>{@link Title#furnitureAbove()} lists the lines above the title and why they may go: every one of them
 * matched a {@code FURNITURE}, {@code READER_NOTE}, {@code DATE}, {@code NAVIGATION} or
 * {@code SHORT_HEADLINE} rule, or was a line of a note to readers. No other line can be above the title,
 * because any other line ends the search.
 *
 * <h2>Limits</h2>
 * <ul>
 *   <li>A text that starts with body prose has no title ({@code find} returns null), even when the
 *       author meant a later line as one; nothing is hidden.</li>
 *   <li>A page whose headline is below more than {@value #MAX_HEAD_LINES} non-blank lines (a long menu)
 *       gets no title, and the menu stays in the body.</li>
 *   <li>A real two- or three-word headline followed by a longer headline-shaped line (a standfirst
 *       without a full stop) loses the title to that line and is marked as furniture.</li>
 *   <li>The first headline-shaped line wins: a teaser headline of another story above the real one is
 *       taken as the title.</li>
 *   <li>A note to readers must start with a salutation to them; an editor's note in prose without one is
 *       body, and the search ends there.</li>
 * </ul>
 */
final class TitleFinder {

    /** The headline is looked for among this many non-blank lines at most: the top of the page. */
    static final int MAX_HEAD_LINES = 15;
    /** A note to readers longer than this is not a note above a headline but the text itself (a letter). */
    static final int MAX_NOTE_LINES = 4;
    static final int MAX_NOTE_WORDS = 200;

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 25;
    private static final int MAX_CHARS = 200;
    /** Lines of up to this many words can be navigation or section names. */
    private static final int MAX_NAVIGATION_WORDS = 3;

    /** "Headline – Bloomberg", "Headline | The Guardian": an outlet of one to four capitalised words. */
    private static final Pattern OUTLET_SUFFIX = Pattern.compile(
            "(.*\\S)\\s+[–—|-]\\s+((?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’]*){0,3})");

    /** Two sentences on one line ("…Deeply. While we…"): an editor's note, not a headline. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\p{Lu}");

    private static final Pattern EDITORS_NOTE = Pattern.compile(
            "editors?['’]?s?\\s+note\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A wire dateline: a place in capitals ("WASHINGTON", "(WASHINGTON)", "NEW YORK"), optionally a region
     * or date after a comma (", SYRIA", ", March 15"), optionally the agency in brackets ("(AP)"), then a
     * dash and the story.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "\\(?\\p{Lu}[\\p{Lu}\\p{M}.'’ -]*\\p{Lu}\\.?\\)?"
                    + "(?<where>(?:\\s*,\\s*[\\p{L}\\p{M}.'’ ]{2,30}?(?:\\s+\\d{1,2})?)+)?"
                    + "(?<agency>\\s*\\([^()]{1,40}\\))?"
                    + "\\s*(?<dash>—|–|--|-)\\s*(?<story>\\S.*)");

    /** A word starting in lower case: the story after a dateline is a sentence, not a capitalised headline. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}");

    /** Menu items or breadcrumb steps: "News | Sport", "Home > World", "Europe • Asia". */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[>»›]\\s+");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>»›]\\s+");

    /** Tokens of a date or timestamp line. */
    private static final Pattern MONTH = Pattern.compile(
            "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?"
                    + "|nov(ember)?|dec(ember)?)\\.?");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{4}-\\d{2}-\\d{2}t[\\d:.]+z?");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(:\\d{2})?(am|pm|a\\.m\\.|p\\.m\\.)?");
    private static final Pattern DATE_WORD = Pattern.compile(
            "\\d{1,4}(st|nd|rd|th)?|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|z"
                    + "|updated|published|posted|last|modified|on|at|ago|hours?|hrs?|minutes?|mins?|days?|weeks?");
    private static final Pattern DATE_TOKEN_SEPARATOR = Pattern.compile("[\\s,|·•–—]+");
    private static final int MAX_DATE_TOKENS = 12;

    /** What a line near the top of a page is. */
    enum Kind {
        /** Site furniture or an editor's note: may be hidden above a headline. */
        FURNITURE,
        /** A salutation to the site's readers: the prose after it, up to the headline, is a note to them. */
        READER_NOTE,
        /** A date or timestamp line. */
        DATE,
        /** A menu, breadcrumb, section name or other one- to three-word label. */
        NAVIGATION,
        /** Two or three words shaped like a headline: the title only if no fuller headline follows. */
        SHORT_HEADLINE,
        /** Shaped like a headline: the title. */
        HEADLINE,
        /** Article text: the search for a headline ends here. */
        BODY
    }

    /** A classification rule; {@code test} sees the whole line list so that it can look at the next line. */
    private record Rule(Kind kind, String name, BiPredicate<List<Line>, Integer> test) {}

    /** First match wins; see the class comment for the reasoning behind the order. */
    private static final List<Rule> RULES = List.of(
            new Rule(Kind.FURNITURE, "site furniture", (ls, i) -> LineRules.isFurniture(ls.get(i).text())),
            new Rule(Kind.FURNITURE, "editor's note", (ls, i) -> EDITORS_NOTE.matcher(trimmed(ls, i)).matches()),
            new Rule(Kind.READER_NOTE, "salutation to readers",
                    (ls, i) -> LineRules.isReaderSalutation(trimmed(ls, i))),
            new Rule(Kind.BODY, "wire dateline", (ls, i) -> isDateline(trimmed(ls, i))),
            new Rule(Kind.DATE, "date or timestamp", (ls, i) -> isDateLine(trimmed(ls, i))),
            new Rule(Kind.NAVIGATION, "menu or breadcrumb", (ls, i) -> isMenu(trimmed(ls, i))),
            new Rule(Kind.NAVIGATION, "single word", (ls, i) -> Line.wordCount(trimmed(ls, i)) == 1),
            new Rule(Kind.BODY, "wrapped sentence", TitleFinder::continuesOnNextLine),
            new Rule(Kind.SHORT_HEADLINE, "short headline", (ls, i) -> isShort(trimmed(ls, i))
                    && looksLikeHeadline(trimmed(ls, i))),
            new Rule(Kind.NAVIGATION, "short label", (ls, i) -> isShort(trimmed(ls, i))
                    && !endsLikeASentence(trimmed(ls, i))),
            new Rule(Kind.HEADLINE, "headline", (ls, i) -> looksLikeHeadline(trimmed(ls, i))),
            new Rule(Kind.BODY, "prose", (ls, i) -> true));

    /**
     * @param lineIndex      index of the title line
     * @param text           the title without a trailing outlet name
     * @param outlet         the outlet named after the title ("– Bloomberg"), or null
     * @param furnitureAbove indexes of the non-blank lines above the title, all of them page furniture
     */
    record Title(int lineIndex, String text, String outlet, List<Integer> furnitureAbove) {
        Title {
            furnitureAbove = List.copyOf(furnitureAbove);
        }
    }

    private TitleFinder() {}

    /** The title line, or null when the top of the text has none; see the class comment. */
    static Title find(List<Line> lines) {
        List<Integer> furniture = new ArrayList<>();
        List<Integer> shortHeadlines = new ArrayList<>();
        boolean inNote = false;
        int noteLines = 0;
        int noteWords = 0;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < MAX_HEAD_LINES; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            Kind kind = classify(lines, i);
            int words = Line.wordCount(lines.get(i).trimmed());
            if (kind == Kind.BODY && inNote && noteLines < MAX_NOTE_LINES && noteWords + words <= MAX_NOTE_WORDS) {
                noteLines++;
                noteWords += words;
                furniture.add(i);
                continue;
            }
            switch (kind) {
                case HEADLINE -> {
                    furniture.addAll(shortHeadlines);
                    return title(lines, i, furniture);
                }
                case BODY -> {
                    return shortHeadlineTitle(lines, shortHeadlines, furniture);
                }
                case SHORT_HEADLINE -> shortHeadlines.add(i);
                case READER_NOTE -> {
                    inNote = true;
                    furniture.add(i);
                }
                case FURNITURE, DATE, NAVIGATION -> furniture.add(i);
            }
        }
        return shortHeadlineTitle(lines, shortHeadlines, furniture);
    }

    /** The kind of the first rule in {@link #RULES} that matches line {@code i}. */
    static Kind classify(List<Line> lines, int i) {
        for (Rule rule : RULES) {
            if (rule.test().test(lines, i)) {
                return rule.kind();
            }
        }
        throw new AssertionError("the last rule matches every line");
    }

    /** Without a fuller headline, the first short one is the title; only furniture above it is hidden. */
    private static Title shortHeadlineTitle(List<Line> lines, List<Integer> shortHeadlines, List<Integer> furniture) {
        if (shortHeadlines.isEmpty()) {
            return null;
        }
        int at = shortHeadlines.get(0);
        return title(lines, at, furniture.stream().filter(f -> f < at).toList());
    }

    private static Title title(List<Line> lines, int i, List<Integer> furniture) {
        String s = lines.get(i).trimmed();
        List<Integer> above = furniture.stream().filter(f -> f < i).sorted().toList();
        Matcher m = OUTLET_SUFFIX.matcher(s);
        if (m.matches() && Line.wordCount(m.group(1)) >= 3) {
            return new Title(i, m.group(1).strip(), m.group(2).strip(), above);
        }
        return new Title(i, s, null, above);
    }

    /**
     * Shaped like a headline: {@value #MIN_WORDS} to {@value #MAX_WORDS} words, at most {@value #MAX_CHARS}
     * characters, starting with a capital or digit, not ending in {@code . , ; :} and not holding two
     * sentences.
     */
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

    /**
     * "WASHINGTON (AP) — A U.S. military spokesman says …". To tell it from a capitalised headline with an
     * outlet ("NATO – Reuters"), the dateline needs a region or date after a comma, an agency in brackets,
     * or an em dash, and the story after it must have a word in lower case.
     */
    static boolean isDateline(String s) {
        Matcher m = DATELINE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String dash = m.group("dash");
        boolean wireMark = m.group("where") != null || m.group("agency") != null
                || dash.equals("—") || dash.equals("--");
        return wireMark && LOWER_CASE_WORD.matcher(m.group("story")).find();
    }

    /**
     * A line that is only a date or timestamp: every token is a month, weekday, number, time, time zone or
     * a word like "Updated" or "ago", and at least one is a month, a numeric date, a time or "ago".
     */
    static boolean isDateLine(String s) {
        String[] tokens = DATE_TOKEN_SEPARATOR.split(s.toLowerCase(Locale.ROOT));
        int count = 0;
        boolean anchored = false;
        for (String raw : tokens) {
            String t = raw.replaceAll("^[(\\[]+|[)\\]:;-]+$", "");
            if (t.isEmpty() || t.equals("-")) {
                continue;
            }
            count++;
            if (MONTH.matcher(t).matches() || NUMERIC_DATE.matcher(t).matches() || TIME.matcher(t).matches()
                    || t.equals("ago")) {
                anchored = true;
            } else if (!DATE_WORD.matcher(t).matches()) {
                return false;
            }
        }
        return anchored && count <= MAX_DATE_TOKENS;
    }

    /**
     * Menu items ("Site Map | Archives | Contact Us", three or more) or breadcrumb steps ("Home &gt; World",
     * two or more), each of one to four words and none ending in sentence punctuation. Two items split by
     * a bar are more likely "Headline | Outlet" and are left to the headline rule.
     */
    static boolean isMenu(String s) {
        String[] parts = MENU_SEPARATOR.split(s);
        int needed = BREADCRUMB_SEPARATOR.matcher(s).find() ? 2 : 3;
        if (parts.length < needed) {
            return false;
        }
        for (String part : parts) {
            int words = Line.wordCount(part);
            if (words < 1 || words > 4 || endsLikeASentence(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line breaks inside a sentence: it has two words or more, and the very next line (no blank line
     * between) starts with a lower-case letter and reads as the rest of a sentence (four words or more, or
     * a sentence end) rather than as furniture or a date ("updated 3 hours ago"). Hard-wrapped body text,
     * not a headline.
     */
    private static boolean continuesOnNextLine(List<Line> lines, int i) {
        if (Line.wordCount(trimmed(lines, i)) < 2 || i + 1 >= lines.size() || lines.get(i + 1).isBlank()) {
            return false;
        }
        String next = lines.get(i + 1).trimmed();
        int first = firstLetterOrDigit(next);
        return first >= 0 && Character.isLowerCase(next.charAt(first))
                && (Line.wordCount(next) >= 4 || endsLikeASentence(next))
                && !LineRules.isFurniture(next) && !isDateLine(next);
    }

    private static boolean isShort(String s) {
        return Line.wordCount(s) <= MAX_NAVIGATION_WORDS;
    }

    private static boolean endsLikeASentence(String s) {
        return !s.isEmpty() && ".!?,;:".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static String trimmed(List<Line> lines, int i) {
        return lines.get(i).trimmed();
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
