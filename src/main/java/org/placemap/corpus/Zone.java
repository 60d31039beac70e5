package org.placemap.corpus;

/** Which part of an article a piece of text belongs to. */
public enum Zone {
    /** The article's title line. */
    TITLE,
    /** The article itself. */
    BODY,
    /** Site furniture: navigation, ads, share/subscribe lines, comment forms, credits, disclaimers. */
    BOILERPLATE,
    /** Reader comments below the article: kept, but not the author's words. */
    COMMENT
}
