package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library opens on a thread of its own (at application start, while the web server starts): whoever
 * reads or writes before it has restored its articles waits for them instead of seeing an empty library,
 * and a library that could not be restored says so on every call instead of looking empty.
 */
class LibraryOpeningTest {

    private static final String TEXT = "Ships at Tartus\n\nThe city of Hama lies about 50 miles from Tartus.\n";

    /** An executor that runs the opening on a new thread once {@code gate} opens. */
    private static Executor heldUntil(CountDownLatch gate) {
        return task -> Thread.ofPlatform().daemon(true).start(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        });
    }

    private static ArticleLibrary opening(DataSource db, Path samples, Executor on,
            java.util.function.Supplier<ArticleLibrary.Parser> parser) {
        ArticleLibrary library = new ArticleLibrary(TestLibraries.GAZETTEER,
                TestLibraries.store(db, TestLibraries.GAZETTEER), 1_000_000, samples, parser, ParsePool.defaults(),
                Long.MAX_VALUE, on, l -> {});
        library.start();
        return library;
    }

    @Test
    void aReadBeforeTheRestoreWaitsForTheStoredArticlesRatherThanSeeingAnEmptyLibrary(@TempDir Path noSamples)
            throws Exception {
        DataSource db = TestLibraries.migratedH2();
        String stored = TestLibraries.library(db, TestLibraries.GAZETTEER, noSamples, 1_000_000)
                .add(NewArticle.ofText(TEXT)).article().id();

        CountDownLatch gate = new CountDownLatch(1);
        ArticleLibrary library = opening(db, noSamples, heldUntil(gate), () -> ArticleLibrary.Parser.of(TestLibraries.GAZETTEER));
        CompletableFuture<List<ArticleRecord>> read = CompletableFuture.supplyAsync(library::articles);
        CompletableFuture<Boolean> delete = CompletableFuture.supplyAsync(() -> library.delete("999"));
        Thread.sleep(200);
        assertThat(library.opening()).isNotDone();
        assertThat(read).as("a read waits while the library opens").isNotDone();
        assertThat(delete).as("so does a write").isNotDone();

        gate.countDown();
        assertThat(read.get(30, TimeUnit.SECONDS)).extracting(ArticleRecord::id).containsExactly(stored);
        assertThat(delete.get(30, TimeUnit.SECONDS)).isFalse();
        assertThat(library.opening()).isCompletedWithValue(null);
        assertThat(library.atlas().places()).isNotEmpty();
    }

    @Test
    void theSamplesAreImportedByTheOpeningThreadThroughTheOrdinaryAddWithoutWaitingForItself(@TempDir Path samples)
            throws Exception {
        java.nio.file.Files.writeString(samples.resolve("tartus.txt"), TEXT);
        DataSource db = TestLibraries.migratedH2();
        ArticleLibrary library = opening(db, samples, task -> Thread.ofPlatform().daemon(true).start(task),
                () -> ArticleLibrary.Parser.of(TestLibraries.GAZETTEER));
        library.opening().get(30, TimeUnit.SECONDS);
        assertThat(library.articles()).extracting(ArticleRecord::fileName).containsExactly("tartus.txt");
    }

    @Test
    void aLibraryThatCouldNotBeOpenedSaysWhyOnEveryCall(@TempDir Path noSamples) {
        DataSource db = TestLibraries.migratedH2();
        ArticleLibrary library = opening(db, noSamples, Runnable::run, () -> {
            throw new IllegalStateException("no geodata in /nowhere");
        });
        assertThat(library.opening()).isCompletedExceptionally();
        assertThatThrownBy(library::articles).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be opened").hasMessageContaining("no geodata in /nowhere");
        assertThatThrownBy(() -> library.add(NewArticle.ofText(TEXT))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no geodata in /nowhere");
    }

    @Test
    void theLibraryOpenedOnTheCallingThreadIsOpenWhenItsConstructorReturns(@TempDir Path noSamples) {
        ArticleLibrary library = TestLibraries.library(TestLibraries.migratedH2(), TestLibraries.GAZETTEER, noSamples,
                1_000_000);
        assertThat(library.opening()).isCompletedWithValue(null);
        assertThat(library.articles()).isEmpty();
    }
}
