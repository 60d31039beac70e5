package org.placemap.gazetteer;

/** A source file is too damaged (or of the wrong format) to build the gazetteer from. */
public final class SourceFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SourceFormatException(String message) {
        super(message);
    }
}
