package org.placemap.cli;

import java.io.PrintStream;

/** SKELETON, to be written (issue 4). */
final class GeoparseCommand {
    private GeoparseCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("not implemented yet");
        return 1;
    }
}
