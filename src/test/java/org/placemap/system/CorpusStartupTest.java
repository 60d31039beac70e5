package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.atlas.Atlas;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Startup parsing: bad files are logged by name and skipped, the rest still loads. */
@ExtendWith(OutputCaptureExtension.class)
class CorpusStartupTest {
    // A one-entry gazetteer: these tests are about file handling, not about resolution.
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(new Place("test:tartus", "Tartus", List.of(),
            new GeoPoint(34.9, 35.9), PlaceKind.POPULATED_PLACE, "P", "PPLA", "SY", "", 89_000)));

    @Test
    void emptyAndInvalidUtf8FilesAreReportedByNameAndSkipped(@TempDir Path dir, CapturedOutput output) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "Ships at Tartus\n\nThe port of Tartus is busy.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.write(dir.resolve("c-latin1.txt"), "Caf\u00e9 in Tartus".getBytes(StandardCharsets.ISO_8859_1));

        Atlas atlas = CorpusStartup.parse(GAZETTEER, dir);

        assertThat(atlas.articleCount()).isEqualTo(1);
        assertThat(atlas.place("test:tartus")).isPresent();
        assertThat(output.getOut()).contains("b-empty.txt").contains("c-latin1.txt")
                .containsPattern("parsed 1 articles .* in \\d+ ms");
    }

    @Test
    void aMissingCorpusFolderGivesAnEmptyMapNotAFailedStart(@TempDir Path dir, CapturedOutput output) throws IOException {
        Atlas atlas = CorpusStartup.parse(GAZETTEER, dir.resolve("missing"));
        assertThat(atlas.places()).isEmpty();
        assertThat(output.getOut()).contains("missing");
    }
}
