package org.placemap.library;

/**
 * The article would take the library over its size limit ({@code placemap.max-library-bytes}); nothing
 * was stored. The API answers 507 Insufficient Storage with this message.
 */
public class LibraryFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LibraryFullException(String message) {
        super(message, null, false, false);
    }
}
