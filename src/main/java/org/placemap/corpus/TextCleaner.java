package org.placemap.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks, without deleting, the parts of a saved web page that are not the article. Marking instead of
 * deleting keeps every offset valid against the original text.
 *
 * <h2>Rules</h2>
 * A line is boilerplate only on positive evidence that it is furniture; text that merely sits somewhere
 * (above a headline, near the end) is never dropped for that alone. Each rule adds marks; none removes any:
 * <ol>
 *   <li>the furniture lines above the title that {@link TitleFinder} names (navigation, dates, ads, a note
 *       to readers), each matched by one of its rules; with no title, none;</li>
 *   <li>any line matching {@link LineRules#isFurniture} (skip links, ads, share buttons, credits, comment
 *       forms, legal footers …);</li>
 *   <li>later copies of the title line;</li>
 *   <li>later copies of any paragraph of two words or more (repeated teasers, headline cards);</li>
 *   <li>short paragraphs asking the reader to donate or subscribe ({@link LineRules#isAppeal});</li>
 *   <li>author boxes ("About Jane Doe", the name above it and the bio below).</li>
 * </ol>
 * Reader comments are a separate mark: from the first comment header below the title to the end.
 */
final class TextCleaner {

    /** Result of cleaning: sorted, disjoint, merged ranges. */
    record Marks(List<TextRange> boilerplate, List<TextRange> comments) {}

    private TextCleaner() {}

    /**
     * @param title the title with the furniture lines above it, or null when the text has none
     */
    static Marks clean(String text, List<Line> lines, TitleFinder.Title title) {
        int titleLine = title == null ? -1 : title.lineIndex();
        boolean[] furniture = new boolean[lines.size()];
        if (title != null) {
            for (int i : title.furnitureAbove()) {
                furniture[i] = true; // above the headline, each line with its own evidence
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (LineRules.isFurniture(lines.get(i).text())) {
                furniture[i] = true;
            }
        }
        if (titleLine >= 0) {
            markTitleRepeats(lines, titleLine, furniture);
        }
        List<int[]> paragraphs = paragraphs(lines);
        markRepeatedParagraphs(lines, paragraphs, furniture);
        markAppeals(lines, paragraphs, furniture);
        markAuthorBoxes(lines, paragraphs, furniture);

        List<TextRange> boilerplate = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i] && !lines.get(i).isBlank()) {
                boilerplate.add(lines.get(i).range());
            }
        }
        List<TextRange> comments = new ArrayList<>();
        int firstComment = commentSectionStart(lines, Math.max(titleLine, 0));
        if (firstComment >= 0) {
            comments.add(new TextRange(lines.get(firstComment).start(), text.length()));
        }
        return new Marks(merge(text, boilerplate), comments);
    }

    /** Paragraphs as [firstLine, lastLine] index pairs: runs of non-blank lines. */
    static List<int[]> paragraphs(List<Line> lines) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (!blank && start < 0) {
                start = i;
            } else if (blank && start >= 0) {
                out.add(new int[] {start, i - 1});
                start = -1;
            }
        }
        return out;
    }

    /**
     * Pages render "related story" cards and sometimes the headline twice; the repeat adds nothing and
     * would double the excerpts, so every copy after the first is furniture.
     */
    private static void markRepeatedParagraphs(List<Line> lines, List<int[]> paragraphs, boolean[] furniture) {
        Set<String> seen = new HashSet<>();
        for (int[] p : paragraphs) {
            String key = normalised(lines, p);
            if (Line.wordCount(key) < 2) {
                continue;
            }
            if (!seen.add(key)) {
                mark(furniture, p[0], p[1]);
            }
        }
    }

    /** Saved pages often print the headline twice (page title, then article heading). */
    private static void markTitleRepeats(List<Line> lines, int titleLine, boolean[] furniture) {
        String title = lines.get(titleLine).trimmed();
        for (int i = titleLine + 1; i < lines.size(); i++) {
            if (lines.get(i).trimmed().equals(title)) {
                furniture[i] = true;
            }
        }
    }

    private static void markAppeals(List<Line> lines, List<int[]> paragraphs, boolean[] furniture) {
        for (int[] p : paragraphs) {
            if (LineRules.isAppeal(normalised(lines, p))) {
                mark(furniture, p[0], p[1]);
            }
        }
    }

    /** "About Jane Doe" marks itself, a bare "Jane Doe" line just above it, and the bio that follows. */
    private static void markAuthorBoxes(List<Line> lines, List<int[]> paragraphs, boolean[] furniture) {
        for (int i = 0; i < lines.size(); i++) {
            String name = LineRules.authorBoxName(lines.get(i).text());
            if (name == null) {
                continue;
            }
            furniture[i] = true;
            if (i > 0 && lines.get(i - 1).trimmed().equals(name)) {
                furniture[i - 1] = true;
            }
            int bio = i + 1;
            while (bio < lines.size() && lines.get(bio).isBlank()) {
                bio++;
            }
            if (bio < lines.size() && lines.get(bio).trimmed().startsWith(name)) {
                for (int[] p : paragraphs) {
                    if (p[0] <= bio && bio <= p[1]) {
                        mark(furniture, bio, p[1]);
                    }
                }
            }
        }
    }

    /**
     * Blog comment sections start at a numbered "1. Jane says:" header, or at the first of at least two
     * unnumbered ones; a single "The minister says:" in the body is a quotation lead-in, not a comment.
     */
    static int commentSectionStart(List<Line> lines, int from) {
        int firstUnnumbered = -1;
        int unnumbered = 0;
        for (int i = from + 1; i < lines.size(); i++) {
            int kind = LineRules.commentHeader(lines.get(i).text());
            if (kind == 2) {
                return i;
            }
            if (kind == 1) {
                if (firstUnnumbered < 0) {
                    firstUnnumbered = i;
                }
                unnumbered++;
            }
        }
        return unnumbered >= 2 ? firstUnnumbered : -1;
    }

    private static String normalised(List<Line> lines, int[] p) {
        StringBuilder sb = new StringBuilder();
        for (int i = p[0]; i <= p[1]; i++) {
            sb.append(lines.get(i).trimmed()).append(' ');
        }
        return sb.toString().strip().replaceAll("\\s+", " ");
    }

    private static void mark(boolean[] furniture, int from, int to) {
        for (int i = from; i <= to; i++) {
            furniture[i] = true;
        }
    }

    /** Joins ranges separated only by whitespace, so one furniture block is one range. */
    static List<TextRange> merge(String text, List<TextRange> ranges) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange r : ranges) {
            if (!out.isEmpty()) {
                TextRange last = out.get(out.size() - 1);
                if (text.substring(last.end(), r.start()).isBlank()) {
                    out.set(out.size() - 1, new TextRange(last.start(), r.end()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }
}
