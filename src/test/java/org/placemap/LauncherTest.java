package org.placemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Started with Java 17, the app says in one line that it needs Java 25, instead of a stack trace. */
class LauncherTest {

    @Test
    void anOldJavaGetsOneLineSayingWhichJavaIsNeeded() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");
        Path classes = Path.of(System.getProperty("placemap.project.dir", "."), "target", "classes");
        Process p = new ProcessBuilder(java17.toString(), "-cp", classes.toString(), "org.placemap.Launcher")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out).startsWith("placemap needs Java 25 or newer; this is Java 17").doesNotContain("Exception")
                .doesNotContain("\n");
    }
}
