package org.placemap.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that web pages wrap around an article. The rules describe kinds of furniture
 * (navigation, ads, comment forms, share buttons, tag lists, bylines, photo credits, legal footers),
 * not any one site, so they carry over to pages we have not seen. Each applies to one trimmed line.
 */
final class LineRules {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> FURNITURE = List.of(
            // navigation and ads
            Pattern.compile("(skip|jump) to (the )?(main )?(content|navigation|menu)", FLAGS),
            Pattern.compile("(main menu|toggle navigation|back to top|menu|search)", FLAGS),
            Pattern.compile(".{0,40}\\badvertising network\\b.{0,40}|advertisements?|sponsored( content)?|ads? by .{1,40}", FLAGS),
            // comment forms under blog posts
            Pattern.compile("leave a \\p{L}+|leave a (reply|comment).{0,40}|post a comment|cancel reply|comments are closed\\.?", FLAGS),
            Pattern.compile("your email address will not be published.*|required fields are marked.*", FLAGS),
            Pattern.compile("(you must be )?log(ged)? in to (post|reply|comment).*|\\d+ (comments?|responses?|replies)", FLAGS),
            // links back to where the text was copied from
            Pattern.compile("source link|read the original( article)?.{0,60}|originally published .{0,80}", FLAGS),
            Pattern.compile("source\\s*:\\s*.{1,60}", FLAGS),
            // tag lists, bylines, reading time
            Pattern.compile("(filed under|tags?|tagged( with)?|categories|category|posted in|topics)\\s*:.*", FLAGS),
            Pattern.compile("(written|posted|reported) by .{1,120}|read time.{0,40}|published on .{0,60}", FLAGS),
            // legal footers and editorial disclaimers
            Pattern.compile(".{0,120}(all rights reserved|privacy policy|terms of (service|use)|protected by recaptcha).{0,120}", FLAGS),
            Pattern.compile("(©|copyright ©?\\s*\\d{4}).{0,120}", FLAGS),
            Pattern.compile("the (views|opinions) expressed .*", FLAGS));

    /** Calls to action: short lines that begin with what a button or a promo box says. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(share|tweet|e-?mail this|print|subscribe|sign up|follow us|join (us|our)|donate|support (us|our)"
                    + "|learn more|read more|see more|click here|suggest|download (the|our)|like us)\\b.*", FLAGS);

    /** "By Jane Doe" alone on a line; a body sentence starting with "By the time …" is longer or punctuated. */
    private static final Pattern BYLINE = Pattern.compile("by\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}", FLAGS);

    /**
     * "Dear Deeply Readers,", "Dear valued subscribers:": a site addressing its audience. "Dear President
     * Putin," opens a letter, which is article text.
     */
    private static final Pattern READER_SALUTATION = Pattern.compile(
            "dear\\s+(?:.{1,40}\\s+)?(readers?|subscribers?|visitors?|users?|members?|friends?|supporters?"
                    + "|listeners?|viewers?|followers?|community|all)\\s*[,:!]?", FLAGS);

    private static final Pattern SOURCE_LINE = Pattern.compile("source\\s*:\\s*(.{1,60})", FLAGS);

    /**
     * Reader-comment headers as blog engines print them: "12. Jane Doe says:", "Jane says:", "3. @CB:".
     * Group 1 is the list number, when present.
     */
    private static final Pattern COMMENT_HEADER = Pattern.compile(
            "(\\d{1,4}\\.\\s*)?(.{1,60}?\\s+(says|said|writes|wrote)(\\s+on\\s+.{1,40})?|@.{1,60}):", FLAGS);

    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "[Aa]bout(\\s+the\\s+author)?\\s+(\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})");

    private static final Pattern APPEAL_WORDS = Pattern.compile(
            "\\b(donat\\w*|subscri\\w*|newsletter|sign up|membership)\\b", FLAGS);
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|your)\\b", FLAGS);

    private LineRules() {}

    /** True when the trimmed line is site furniture rather than article text. */
    static boolean isFurniture(String line) {
        String s = Line.trim(line);
        if (s.isEmpty()) {
            return false;
        }
        for (Pattern p : FURNITURE) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        int words = Line.wordCount(s);
        if (words <= 12 && CALL_TO_ACTION.matcher(s).matches()) {
            return true;
        }
        if (BYLINE.matcher(s).matches()) {
            return true;
        }
        return isCredit(s);
    }

    /**
     * Photo credits: "Name / Agency / Agency", three or more short slash-separated parts and no
     * sentence punctuation. Captions, which are sentences, are kept.
     */
    static boolean isCredit(String s) {
        String[] parts = s.split("\\s+/\\s+");
        if (parts.length < 3) {
            return false;
        }
        for (String part : parts) {
            if (Line.wordCount(part) > 4 || part.matches(".*[.!?,;:]$")) {
                return false;
            }
        }
        return true;
    }

    /** A salutation to the site's readers, which opens a note to them rather than the article. */
    static boolean isReaderSalutation(String line) {
        return READER_SALUTATION.matcher(Line.trim(line)).matches();
    }

    /** The outlet named by a "Source: X" line, or null. */
    static String sourceName(String line) {
        Matcher m = SOURCE_LINE.matcher(Line.trim(line));
        return m.matches() ? m.group(1).strip() : null;
    }

    /** 0 when not a comment header, 1 for an unnumbered one, 2 for a numbered one ("4. Jane says:"). */
    static int commentHeader(String line) {
        String s = Line.trim(line);
        if (s.length() > 90) {
            return 0;
        }
        Matcher m = COMMENT_HEADER.matcher(s);
        if (!m.matches()) {
            return 0;
        }
        return m.group(1) != null ? 2 : 1;
    }

    /** The name in an author box heading ("About Jane Doe"), or null. */
    static String authorBoxName(String line) {
        Matcher m = AUTHOR_BOX.matcher(Line.trim(line));
        return m.matches() ? m.group(2) : null;
    }

    /** A short paragraph asking the reader to donate or subscribe. */
    static boolean isAppeal(String paragraph) {
        String s = Line.trim(paragraph);
        return Line.wordCount(s) <= 60
                && APPEAL_WORDS.matcher(s).find()
                && SECOND_PERSON.matcher(s.toLowerCase(Locale.ROOT)).find();
    }
}
