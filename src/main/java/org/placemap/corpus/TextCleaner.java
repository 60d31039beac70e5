package org.placemap.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks, without deleting, the parts of a saved web page that are not the article: furniture lines
 * ({@link LineRules}), everything above the title, repeated teaser blocks, donation or newsletter
 * appeals, author boxes, and the reader-comment section. Marking instead of deleting keeps every
 * offset valid against the original text.
 */
final class TextCleaner {

    /** Result of cleaning: sorted, disjoint, merged ranges. */
    record Marks(List<TextRange> boilerplate, List<TextRange> comments) {}

    private TextCleaner() {}

    /**
     * @param titleLine index of the title line in {@code lines}, or -1 when there is none
     */
    static Marks clean(String text, List<Line> lines, int titleLine) {
        boolean[] furniture = new boolean[lines.size()];
        for (int i = 0; i < titleLine; i++) {
            furniture[i] = true; // above the headline: ads, navigation, editor's notes
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
