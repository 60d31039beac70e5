package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the rows of one source file and records the malformed ones as {@code file:line: reason}.
 * One bad row is skipped; a file with more than {@value #MAX_BAD_PERCENT} % bad rows is more likely the
 * wrong file or a format change than noise, so {@link #finish()} fails the build.
 */
final class SourceLog {

    static final double MAX_BAD_PERCENT = 1.0;

    private final String file;
    private final List<String> problems;
    private int rows;
    private int bad;
    private int used;

    SourceLog(String file, List<String> problems) {
        this.file = file;
        this.problems = problems;
    }

    void row() {
        rows++;
    }

    void accepted() {
        used++;
    }

    void bad(long line, String reason) {
        bad++;
        problems.add(file + ":" + line + ": " + reason);
    }

    /** A well-formed row left out for a reason worth telling (not counted as malformed). */
    void skipped(long line, String reason) {
        problems.add(file + ":" + line + ": " + reason);
    }

    /** For formats without lines (GeoJSON): the 1-based position of the feature in the file. */
    void badFeature(int index, String reason) {
        bad++;
        problems.add(file + ": feature " + index + ": " + reason);
    }

    int rows() {
        return rows;
    }

    int used() {
        return used;
    }

    int bad() {
        return bad;
    }

    String file() {
        return file;
    }

    /** @throws SourceFormatException when more than 1 % of the rows were malformed */
    SourceLog finish() {
        if (rows > 0 && bad * 100.0 / rows > MAX_BAD_PERCENT) {
            throw new SourceFormatException(file + ": " + bad + " of " + rows
                    + " rows malformed (more than " + MAX_BAD_PERCENT + " %); first: "
                    + problems.stream().filter(p -> p.startsWith(file + ":")).findFirst().orElse("?"));
        }
        return this;
    }
}
