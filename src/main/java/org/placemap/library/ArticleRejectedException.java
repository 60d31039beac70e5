package org.placemap.library;

/**
 * An article that was not added, with a one-line message fit to show the user as it is (plain text; it
 * may contain the file name, which is the user's own input: render it as text, never as HTML).
 */
public final class ArticleRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why an article was refused; the REST API maps each to an HTTP status. */
    public enum Reason {
        /** Empty or whitespace only, also after reducing HTML to its text (400). */
        EMPTY,
        /** Larger than {@code placemap.max-article-bytes} (413). */
        TOO_LARGE,
        /** Binary, or not valid UTF-8 (415). */
        NOT_TEXT,
        /** Metadata that cannot be used, e.g. a source URL that is not http(s) (400). */
        INVALID
    }

    private final Reason reason;

    public ArticleRejectedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
