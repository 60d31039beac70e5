package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.atlas.Atlas;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The sample corpus on first start: bad files are logged by name and skipped, the rest is imported,
 * the startup log keeps the line {@code bench/startup.sh} reads, and the import happens only once.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleCorpusImportTest {
    private static final long MB = 1024 * 1024;

    @Test
    void emptyAndInvalidUtf8FilesAreReportedByNameAndSkipped(@TempDir Path dir, CapturedOutput output) throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), "Ships at Tartus\n\nThe port of Tartus is busy.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.write(dir.resolve("c-latin1.txt"), "Caf\u00e9 in Tartus".getBytes(StandardCharsets.ISO_8859_1));

        ArticleLibrary library = TestLibraries.library(TestLibraries.migratedH2(), TestLibraries.GAZETTEER, dir, 5 * MB);
        Atlas atlas = library.atlas();

        assertThat(atlas.articleCount()).isEqualTo(1);
        assertThat(atlas.place("test:tartus")).isPresent();
        assertThat(library.articles()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("a-good.txt");
            assertThat(a.title()).isEqualTo("Ships at Tartus");
        });
        assertThat(output.getOut()).contains("b-empty.txt").contains("c-latin1.txt")
                .containsPattern("Corpus: parsed 1 articles .* in \\d+ ms");
    }

    @Test
    void aMissingCorpusFolderGivesAnEmptyMapNotAFailedStart(@TempDir Path dir, CapturedOutput output) throws IOException {
        DataSource db = TestLibraries.migratedH2();
        ArticleLibrary library = TestLibraries.library(db, TestLibraries.GAZETTEER, dir.resolve("missing"), 5 * MB);
        assertThat(library.atlas().places()).isEmpty();
        // a new user's trial: started from another folder, the log called the missing folder a skipped "article"
        assertThat(output.getOut()).contains("No sample articles imported: the sample folder")
                .contains("missing").contains("placemap.corpus-dir").doesNotContain("Skipped article");
        // nothing was imported, so a later start that finds the folder imports the samples
        Files.createDirectories(dir.resolve("missing"));
        Files.writeString(dir.resolve("missing/a.txt"), "Ships at Tartus\n\nThe port of Tartus is busy.\n");
        ArticleLibrary later = TestLibraries.library(db, TestLibraries.GAZETTEER, dir.resolve("missing"), 5 * MB);
        assertThat(later.articles()).extracting(ArticleRecord::fileName).containsExactly("a.txt");
    }

    @Test
    void samplesAreImportedOnFirstStartOnlySoADeletedSampleStaysDeleted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Ships at Tartus\n\nThe port of Tartus is busy.\n");
        Files.writeString(dir.resolve("b.txt"), "News from Hama\n\nHama is quiet today.\n");
        DataSource db = TestLibraries.migratedH2();

        ArticleLibrary first = TestLibraries.library(db, TestLibraries.GAZETTEER, dir, 5 * MB);
        assertThat(first.articles()).hasSize(2);
        String hamaId = first.articles().stream().filter(a -> a.fileName().equals("b.txt")).findFirst().orElseThrow().id();
        assertThat(first.delete(hamaId)).isTrue();

        ArticleLibrary second = TestLibraries.library(db, TestLibraries.GAZETTEER, dir, 5 * MB);
        assertThat(second.articles()).extracting(ArticleRecord::fileName).containsExactly("a.txt");
        assertThat(second.atlas().place("test:hama")).isEmpty();

        // even deleting every article does not bring the samples back
        assertThat(second.delete(second.articles().getFirst().id())).isTrue();
        ArticleLibrary third = TestLibraries.library(db, TestLibraries.GAZETTEER, dir, 5 * MB);
        assertThat(third.articles()).isEmpty();
    }

    @Test
    void aDatabaseThatAlreadyHoldsArticlesGetsNoSamples(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Ships at Tartus\n\nThe port of Tartus is busy.\n");
        DataSource db = TestLibraries.migratedH2();
        // filled without the sample import having run, e.g. by another instance on the same PostgreSQL
        TestLibraries.store(db, TestLibraries.GAZETTEER).setState(ArticleLibrary.SAMPLES_IMPORTED, "elsewhere");
        TestLibraries.library(db, TestLibraries.GAZETTEER, dir.resolve("none"), 5 * MB)
                .add(NewArticle.ofText("News from Hama\n\nHama is quiet today.\n"));
        new org.springframework.jdbc.core.JdbcTemplate(db).update("DELETE FROM library_state");

        ArticleLibrary library = TestLibraries.library(db, TestLibraries.GAZETTEER, dir, 5 * MB);

        assertThat(library.articles()).extracting(ArticleRecord::title).containsExactly("News from Hama");
    }
}
