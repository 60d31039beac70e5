package org.placemap.corpus;

import java.util.List;

/**
 * One news article, with its original text and what the cleaner and sentence splitter found in it.
 * Nothing is deleted from {@code text}: every range below is an offset into it (see {@link TextRange}),
 * so positions reported downstream point into the file exactly as decoded.
 *
 * @param id          stable identifier (the file name for loaded files)
 * @param title       the headline at the top of the text, without a trailing outlet name; {@code id} when
 *                    the text starts with its body and has none
 * @param source      the outlet (from the title or a "Source:" line), else the file name
 * @param text        the full text as decoded, boilerplate included
 * @param titleRange  where the title line is in {@code text}; empty (0, 0) when no line qualified
 * @param boilerplate site furniture, sorted and disjoint
 * @param comments    reader-comment sections, sorted and disjoint
 * @param sentences   sentence ranges over the whole text, sorted and disjoint
 */
public record Article(
        String id,
        String title,
        String source,
        String text,
        TextRange titleRange,
        List<TextRange> boilerplate,
        List<TextRange> comments,
        List<TextRange> sentences) {

    public Article {
        boilerplate = List.copyOf(boilerplate);
        comments = List.copyOf(comments);
        sentences = List.copyOf(sentences);
    }

    /**
     * The same article with another text: the text read back from storage for one held without it (an
     * application may keep articles in memory with an empty text and every range intact).
     */
    public Article withText(String otherText) {
        return new Article(id, title, source, otherText, titleRange, boilerplate, comments, sentences);
    }

    /** The zone of the character at {@code offset}. */
    public Zone zoneAt(int offset) {
        if (titleRange.contains(offset)) {
            return Zone.TITLE;
        }
        if (indexOf(boilerplate, offset) >= 0) {
            return Zone.BOILERPLATE;
        }
        if (indexOf(comments, offset) >= 0) {
            return Zone.COMMENT;
        }
        return Zone.BODY;
    }

    /** The sentence containing {@code offset}, or an empty range at {@code offset} when it falls between sentences. */
    public TextRange sentenceAt(int offset) {
        int i = indexOf(sentences, offset);
        return i >= 0 ? sentences.get(i) : new TextRange(offset, offset);
    }

    /** Index of the range containing {@code offset} in a sorted disjoint list, or -1. */
    static int indexOf(List<TextRange> ranges, int offset) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange r = ranges.get(mid);
            if (offset < r.start()) {
                hi = mid - 1;
            } else if (offset >= r.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
