/**
 * Articles as read from disk: strict UTF-8 loading ({@link org.placemap.corpus.CorpusLoader}), the title
 * and outlet, boilerplate and reader comments marked as {@link org.placemap.corpus.TextRange}s (never
 * deleted, so offsets stay valid), and sentence ranges. Plain Java with no dependencies beyond the JDK;
 * everything but the article model and the loader is package-private.
 */
package org.placemap.corpus;
