package org.placemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the jar does with arguments that are neither a command nor the web app's options. */
class ApplicationArgumentsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Application.notACommand(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsEveryCommandsUsageInsteadOfStartingTheServer() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("geoparse", "evaluate", "gazetteer lookup", "token create",
                "backup", "--server.port");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMistypedCommandIsAUsageErrorNotAServerStart() {
        assertThat(run("evalute", "../shared/eval")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no command \"evalute\"", "evaluate DIR");
    }

    @Test
    void noArgumentsOrOptionsOnlyStartTheWebApp() {
        assertThat(run()).isEqualTo(-1);
        assertThat(run("--server.port=8081", "--placemap.data-dir=/tmp/x")).isEqualTo(-1);
        assertThat(out.size() + err.size()).isZero();
    }
}
