package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The background load of the gazetteer started before the context (issue 13: start in seconds). */
class GazetteerPreloadTest {

    private static void preload(String geodataDir) {
        MockEnvironment env = new MockEnvironment();
        if (geodataDir != null) {
            env.setProperty("placemap.geodata-dir", geodataDir);
        }
        new GazetteerPreload().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], env));
    }

    @Test
    void theBeanGetsThePreloadedGazetteerOfTheFolderItAsksFor() throws IOException {
        preload("geodata");
        GazetteerPreload.Loaded loaded = GazetteerPreload.take(Path.of("geodata"));
        assertThat(loaded.preloaded()).isTrue();
        assertThat(loaded.gazetteer().size()).isGreaterThan(200_000);
        // handed over once: a second context loads its own
        assertThat(GazetteerPreload.take(Path.of("geodata")).preloaded()).isFalse();
    }

    @Test
    void aPreloadOfAnotherFolderIsNotUsed() throws IOException {
        preload("no-such-geodata-folder");
        GazetteerPreload.Loaded loaded = GazetteerPreload.take(Path.of("geodata"));
        assertThat(loaded.preloaded()).isFalse();
        assertThat(loaded.gazetteer().size()).isGreaterThan(200_000);
    }

    @Test
    void aFailedPreloadFailsTheBeanAsItsOwnLoadWould() {
        preload("no-such-geodata-folder");
        assertThatThrownBy(() -> GazetteerPreload.take(Path.of("no-such-geodata-folder"))).isInstanceOf(IOException.class);
    }
}
