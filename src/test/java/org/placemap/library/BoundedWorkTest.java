package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placemap.geoparse.GeoParser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parsing is bounded: an article whose parse runs past the time budget is stored as failed with the
 * reason, whole (text kept, no mentions), and answered at once; when every parsing thread is busy and
 * the queue is full, the next article is refused as busy instead of waiting; and while one article is
 * parsed, another is added and answered.
 */
class BoundedWorkTest {
    private static final long LIMIT = 5L * 1024 * 1024;
    private static final Path NO_SAMPLES = Path.of("target/no-such-corpus");
    private static final String TEXT = "Hama and Tartus\n\nThe city of Hama lies about 50 miles from Tartus, officials said.\n";

    private DataSource db;

    @BeforeEach
    void setUp() {
        db = TestLibraries.migratedH2();
    }

    /** A parser that never ends by itself, only when its thread is interrupted (as the real one does). */
    private static ArticleLibrary.Parser endless(AtomicBoolean stopped) {
        return article -> {
            while (true) {
                try {
                    GeoParser.stopIfInterrupted();
                } catch (RuntimeException e) {
                    stopped.set(true);
                    throw e;
                }
                Thread.onSpinWait();
            }
        };
    }

    private ArticleLibrary library(ArticleLibrary.Parser parser, ParsePool pool) {
        return new ArticleLibrary(TestLibraries.GAZETTEER, TestLibraries.store(db, TestLibraries.GAZETTEER), LIMIT,
                NO_SAMPLES, parser, pool);
    }

    @Test
    void anArticleOverTheTimeBudgetIsStoredWholeAsFailedWithTheReasonAndItsParseIsStopped() throws Exception {
        AtomicBoolean stopped = new AtomicBoolean();
        ArticleLibrary library = library(endless(stopped), new ParsePool(1, 4, Duration.ofMillis(300)));

        long t0 = System.nanoTime();
        ArticleRecord a = library.add(NewArticle.ofText(TEXT)).article();
        long tookMs = (System.nanoTime() - t0) / 1_000_000;

        assertThat(tookMs).as("answered soon after the budget").isLessThan(10_000);
        assertThat(a.status()).isEqualTo(ArticleRecord.Status.FAILED);
        assertThat(a.failureReason()).contains("time budget");
        assertThat(library.stored(a.id()).orElseThrow().text()).isEqualTo(TEXT);
        assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM mentions", Integer.class)).isZero();
        // the cancelled parse has stopped, so the thread is free for the next article
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!stopped.get() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(stopped).as("the endless parse was interrupted").isTrue();
    }

    @Test
    void whenEveryThreadIsBusyAndTheQueueIsFullTheNextArticleIsRefusedAsBusyAndNothingIsStored() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ArticleLibrary library = library(article -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ArticleLibrary.Parser.of(TestLibraries.GAZETTEER).parse(article);
        }, new ParsePool(1, 0, Duration.ofSeconds(30)));

        CompletableFuture<AddResult> first = CompletableFuture.supplyAsync(() -> {
            try {
                return library.add(NewArticle.ofText(TEXT));
            } catch (ArticleRejectedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> library.add(NewArticle.ofText("Ships wait off Tartus, near Hama.")))
                .isInstanceOf(LibraryBusyException.class)
                .hasMessageContaining("busy")
                .satisfies(e -> assertThat(((LibraryBusyException) e).retryAfterSeconds()).isPositive());
        assertThat(library.articles()).as("reads are answered while the pool is busy").isEmpty();

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).article().status()).isEqualTo(ArticleRecord.Status.PARSED);
        assertThat(library.articles()).hasSize(1);
    }

    @Test
    void aSmallArticleIsAddedWhileALargeOneIsStillBeingParsed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        ArticleLibrary.Parser real = ArticleLibrary.Parser.of(TestLibraries.GAZETTEER);
        ArticleLibrary library = library(article -> {
            if (article.text().startsWith("Slow")) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.parse(article);
        }, new ParsePool(2, 4, Duration.ofSeconds(30)));

        CompletableFuture<AddResult> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return library.add(NewArticle.ofText("Slow report\n\n" + TEXT));
            } catch (ArticleRejectedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        AddResult small = library.add(NewArticle.ofText(TEXT));
        assertThat(small.article().status()).isEqualTo(ArticleRecord.Status.PARSED);
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(30, TimeUnit.SECONDS).article().status()).isEqualTo(ArticleRecord.Status.PARSED);
        assertThat(library.articles()).hasSize(2);
    }

    @Test
    void thePoolRefusesWhenFullAndCancelsWorkOverBudget() throws Exception {
        try (ParsePool pool = new ParsePool(1, 1, Duration.ofMillis(200))) {
            AtomicBoolean interrupted = new AtomicBoolean();
            assertThatThrownBy(() -> pool.run(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return null;
            })).isInstanceOf(TimeoutException.class);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!interrupted.get() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(interrupted).isTrue();
            assertThat(pool.<String>run(() -> "next")).isEqualTo("next");
        }
    }

    @Test
    void articlesAddedOneAfterAnotherAreNeverRefusedEvenWithoutAQueue() throws Exception {
        // one thread, no waiting places: the sample import and any caller adding in turn must always get in
        try (ParsePool pool = new ParsePool(1, 0, Duration.ofSeconds(30))) {
            for (int i = 0; i < 500; i++) {
                int n = i;
                assertThat(pool.run(() -> n)).isEqualTo(n);
            }
        }
    }
}
