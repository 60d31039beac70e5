package org.placemap.atlas;

import java.util.List;

/**
 * A sentence of an article that mentions a place, with the mentions marked.
 *
 * @param articleId  id of the article
 * @param title      the article's title
 * @param source     where the article came from (outlet or file name)
 * @param text       the sentence, as plain text (untrusted: render as text only)
 * @param start      offset of the sentence in the article text (UTF-16 code units)
 * @param highlights the mentions of the place, as offsets into {@code text}, in order, not overlapping
 * @param comment    true when the sentence is from a reader comment, not the article itself
 */
public record Excerpt(
        String articleId, String title, String source, String text, int start, List<Span> highlights, boolean comment) {

    public Excerpt {
        highlights = List.copyOf(highlights);
    }

    /**
     * A half-open range [start, end) of UTF-16 code units of {@code text}, and where it stands in the
     * article's text ({@code textStart..textEnd}; -1 when not known): the mention's own offsets, which a
     * correction names.
     */
    public record Span(int start, int end, int textStart, int textEnd) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        /** A span whose place in the article's text is not known. */
        public Span(int start, int end) {
            this(start, end, -1, -1);
        }
    }
}
