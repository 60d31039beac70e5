package org.placemap.corpus;

/** A file that could not be turned into an article, and why (one line, fit for a log). */
public record LoadProblem(String file, String reason) {

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
