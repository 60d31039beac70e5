package org.placemap.library;

/**
 * The outcome of {@link ArticleLibrary#add}: the stored article, and whether it was already there.
 *
 * @param article   the article as stored (for a duplicate: the one stored earlier, unchanged)
 * @param duplicate true when the same text (after normalising whitespace) was already in the library
 */
public record AddResult(ArticleRecord article, boolean duplicate) {}
