package org.placemap.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the evaluation corpora are: {@code ../shared/eval} beside the project (tests run from the project
 * folder), or the folder named by the system property {@code placemap.eval.dir}. Tests that need them
 * are skipped, not failed, on a machine without them.
 */
final class EvalData {

    private EvalData() {}

    static Path dir() {
        Path dir = Path.of(System.getProperty("placemap.eval.dir", "../shared/eval"));
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("baselines")), "no evaluation corpora at " + dir.toAbsolutePath());
        return dir;
    }
}
