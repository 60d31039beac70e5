package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placemap.atlas.Atlas;
import org.placemap.claims.Verdict;
import org.placemap.library.ArticleRejectedException.Reason;
import org.springframework.jdbc.core.JdbcTemplate;

/** Adding, rejecting, de-duplicating, deleting and reading back articles (H2 in memory, no Spring context). */
class ArticleLibraryTest {
    private static final long LIMIT = 5L * 1024 * 1024;
    private static final Path NO_SAMPLES = Path.of("target/no-such-corpus");
    private static final String HAMA_TARTUS = """
            Hama and Tartus

            The city of Hama lies about 50 miles from Tartus, officials said.
            Ships wait off Tartus.
            """;

    private DataSource db;
    private ArticleLibrary library;

    @BeforeEach
    void setUp() {
        db = TestLibraries.migratedH2();
        library = TestLibraries.library(db, TestLibraries.GAZETTEER, NO_SAMPLES, LIMIT);
    }

    @Test
    void anAddedArticleIsParsedStoredAndOnTheMapAndListenersHearOfIt() throws Exception {
        List<Atlas> heard = new ArrayList<>();
        library.addChangeListener(heard::add);

        AddResult result = library.add(new NewArticle(null, "https://example.org/news/1", LocalDate.of(2024, 12, 9),
                HAMA_TARTUS, null, NewArticle.Format.TEXT));

        ArticleRecord a = result.article();
        assertThat(result.duplicate()).isFalse();
        assertThat(a.status()).isEqualTo(ArticleRecord.Status.PARSED);
        assertThat(a.title()).isEqualTo("Hama and Tartus");
        assertThat(a.source()).isEqualTo("example.org");
        assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2024, 12, 9));
        // Hama twice, Tartus three times (title, claim, last line)
        assertThat(a.mentionCount()).isEqualTo(5);
        assertThat(a.placeCount()).isEqualTo(2);
        assertThat(a.claimCount()).isEqualTo(1);
        Atlas atlas = library.atlas();
        assertThat(atlas.place("test:hama")).isPresent();
        assertThat(atlas.place("test:tartus").orElseThrow().mentionCount()).isEqualTo(3);
        assertThat(atlas.articles()).extracting(p -> p.article().id()).containsExactly(a.id());
        assertThat(atlas.claims()).singleElement().satisfies(c -> {
            assertThat(c.claim().articleId()).isEqualTo(a.id());
            assertThat(c.claim().from().placeId()).isEqualTo("test:hama");
            assertThat(c.claim().verdict()).isEqualTo(Verdict.CONSISTENT);
        });
        assertThat(heard).containsExactly(atlas);
        assertThat(library.articles()).containsExactly(a);
        assertThat(library.article(a.id())).contains(a);
    }

    @Test
    void theSameTextAgainIsNotDuplicatedEvenWithOtherLineBreaksAndSpaces() throws Exception {
        ArticleRecord first = library.add(NewArticle.ofText(HAMA_TARTUS)).article();
        List<Atlas> heard = new ArrayList<>();
        library.addChangeListener(heard::add);

        AddResult again = library.add(NewArticle.ofText("  " + HAMA_TARTUS.replace("\n", "\r\n").replace(" lies ", "  lies\n")));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.article()).isEqualTo(first);
        assertThat(library.articles()).hasSize(1);
        assertThat(heard).isEmpty();
        assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM articles", Integer.class)).isEqualTo(1);
    }

    @Test
    void emptyTooLargeBinaryAndNonUtf8ArticlesAreRejectedWithAMessage() throws Exception {
        assertRejected(NewArticle.ofText(" \n\t "), Reason.EMPTY, "empty");

        String sixMb = "Tartus is a port. ".repeat(6 * 1024 * 1024 / 18 + 1);
        assertThatThrownBy(() -> library.add(NewArticle.ofText(sixMb)))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("too large (6.0 MB)").hasMessageContaining("limit is 5 MB")
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(Reason.TOO_LARGE);

        assertRejected(NewArticle.ofText("PK\u0003\u0004\u0000\u0000 Tartus"), Reason.NOT_TEXT, "binary");

        byte[] latin1 = "Café in Tartus".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> NewArticle.ofFile("notes.txt", "text/plain", latin1, LIMIT))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageStartingWith("notes.txt is not a UTF-8 text file");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> NewArticle.ofFile("photo.png", "image/png", png, LIMIT))
                .isInstanceOf(ArticleRejectedException.class).hasMessageStartingWith("photo.png is");

        assertRejected(new NewArticle(null, "javascript:alert(1)", null, HAMA_TARTUS, null, NewArticle.Format.TEXT),
                Reason.INVALID, "http");
        assertThat(library.articles()).isEmpty();
    }

    @Test
    void anHtmlPageIsReducedToItsTextWithTheTitleFromThePage() throws Exception {
        String html = """
                <html><head><title>Hama report | Example News</title>
                <meta property="og:title" content="Hama and Tartus">
                <script>document.write('Aleppo')</script><style>p { color: red }</style></head>
                <body><nav>Home | Tartus Sports</nav>
                <article><h1>Hama and Tartus</h1>
                <p>The city of Hama lies about 50 miles from Tartus, officials said.</p></article>
                <footer>© Example News, Tartus office</footer></body></html>""";
        ArticleRecord a = library.add(new NewArticle(null, null, null, html, "page.html", NewArticle.Format.HTML)).article();

        StoredArticle stored = library.stored(a.id()).orElseThrow();
        assertThat(a.title()).isEqualTo("Hama and Tartus");
        assertThat(stored.text()).isEqualTo("Hama and Tartus\n\nThe city of Hama lies about 50 miles from Tartus, officials said.");
        assertThat(stored.mentions()).extracting(m -> m.text()).containsExactly("Hama", "Tartus", "Hama", "Tartus");
    }

    @Test
    void aParserFailureKeepsTheArticleMarkedFailedWithTheReason() throws Exception {
        ArticleLibrary failing = new ArticleLibrary(TestLibraries.GAZETTEER, TestLibraries.store(db, TestLibraries.GAZETTEER),
                LIMIT, NO_SAMPLES, article -> {
                    throw new IllegalStateException("tokeniser exploded");
                });

        ArticleRecord a = failing.add(NewArticle.ofText(HAMA_TARTUS)).article();

        assertThat(a.status()).isEqualTo(ArticleRecord.Status.FAILED);
        assertThat(a.failureReason()).isEqualTo("IllegalStateException: tokeniser exploded");
        assertThat(failing.atlas().places()).isEmpty();
        ArticleLibrary restarted = TestLibraries.library(db, TestLibraries.GAZETTEER, NO_SAMPLES, LIMIT);
        assertThat(restarted.article(a.id())).contains(a);
        assertThat(restarted.stored(a.id()).orElseThrow().text()).isEqualTo(HAMA_TARTUS);
    }

    @Test
    void aFailedArticleCanBeParsedAgainAndThenHasItsPlacesInTheDatabaseAndOnTheMap() throws Exception {
        ArticleLibrary failing = new ArticleLibrary(TestLibraries.GAZETTEER, TestLibraries.store(db, TestLibraries.GAZETTEER),
                LIMIT, NO_SAMPLES, article -> {
                    throw new IllegalStateException("old parser bug");
                });
        String id = failing.add(NewArticle.ofText(HAMA_TARTUS)).article().id();
        ArticleLibrary fixed = TestLibraries.library(db, TestLibraries.GAZETTEER, NO_SAMPLES, LIMIT);
        List<Atlas> heard = new ArrayList<>();
        fixed.addChangeListener(heard::add);

        ArticleRecord again = fixed.reparse(id).orElseThrow();

        assertThat(again.status()).isEqualTo(ArticleRecord.Status.PARSED);
        assertThat(again.failureReason()).isNull();
        assertThat(again.mentionCount()).isEqualTo(5);
        assertThat(again.claimCount()).isEqualTo(1);
        assertThat(fixed.atlas().place("test:hama")).isPresent();
        assertThat(heard).hasSize(1);
        JdbcTemplate sql = new JdbcTemplate(db);
        assertThat(sql.queryForObject("SELECT status FROM articles WHERE id = ?", String.class, Long.parseLong(id))).isEqualTo("PARSED");
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM mentions", Integer.class)).isEqualTo(5);
        // parsing again does not pile up rows
        fixed.reparse(id);
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM mentions", Integer.class)).isEqualTo(5);
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM claims", Integer.class)).isEqualTo(1);
        assertThat(TestLibraries.library(db, TestLibraries.GAZETTEER, NO_SAMPLES, LIMIT).stored(id))
                .isEqualTo(fixed.stored(id));
        assertThat(fixed.reparse("12345")).isEmpty();
    }

    @Test
    void deletingRemovesTheArticleWithItsMentionsAndClaims() throws Exception {
        String keep = library.add(NewArticle.ofText("Ships at Tartus\n\nTartus is busy.")).article().id();
        String gone = library.add(NewArticle.ofText(HAMA_TARTUS)).article().id();
        JdbcTemplate sql = new JdbcTemplate(db);
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM mentions WHERE article_id = ?", Integer.class, Long.parseLong(gone))).isEqualTo(5);
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM claims WHERE article_id = ?", Integer.class, Long.parseLong(gone))).isEqualTo(1);
        List<Atlas> heard = new ArrayList<>();
        library.addChangeListener(heard::add);

        assertThat(library.delete(gone)).isTrue();

        assertThat(sql.queryForObject("SELECT COUNT(*) FROM mentions WHERE article_id = ?", Integer.class, Long.parseLong(gone))).isZero();
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM claims WHERE article_id = ?", Integer.class, Long.parseLong(gone))).isZero();
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM mentions", Integer.class)).isEqualTo(2);
        assertThat(library.atlas().place("test:hama")).isEmpty();
        assertThat(library.atlas().claims()).isEmpty();
        assertThat(library.articles()).extracting(ArticleRecord::id).containsExactly(keep);
        assertThat(heard).hasSize(1);
        assertThat(library.delete(gone)).isFalse();
        assertThat(library.delete("not-a-number")).isFalse();
    }

    @Test
    void whatIsReadBackAfterARestartEqualsWhatWasAdded() throws Exception {
        String id = library.add(new NewArticle("My title", "https://example.org/a", LocalDate.of(2025, 1, 2),
                HAMA_TARTUS, "a.md", NewArticle.Format.MARKDOWN)).article().id();
        library.add(NewArticle.ofText("Ships at Tartus\n\nTartus is busy."));
        StoredArticle before = library.stored(id).orElseThrow();

        ArticleLibrary restarted = TestLibraries.library(db, TestLibraries.GAZETTEER, NO_SAMPLES, LIMIT);

        assertThat(restarted.stored(id)).contains(before);
        assertThat(restarted.articles()).isEqualTo(library.articles());
        assertThat(restarted.atlas().places()).isEqualTo(library.atlas().places());
        assertThat(restarted.atlas().claims()).isEqualTo(library.atlas().claims());
    }

    @Test
    void aTextAnotherInstanceStoredMeanwhileIsReturnedAsADuplicateNotAnError() throws Exception {
        ArticleLibrary other = TestLibraries.library(db, TestLibraries.GAZETTEER, NO_SAMPLES, LIMIT);
        String id = other.add(NewArticle.ofText(HAMA_TARTUS)).article().id();

        AddResult mine = library.add(NewArticle.ofText(HAMA_TARTUS));

        assertThat(mine.duplicate()).isTrue();
        assertThat(mine.article().id()).isEqualTo(id);
        assertThat(library.articles()).extracting(ArticleRecord::id).containsExactly(id);
    }

    @Test
    void anIdWrittenWithLeadingZeroesDeletesTheArticleEverywhere() throws Exception {
        String id = library.add(NewArticle.ofText(HAMA_TARTUS)).article().id();

        assertThat(library.delete("0" + id)).isTrue();

        assertThat(library.article(id)).isEmpty();
        assertThat(library.articles()).isEmpty();
        assertThat(library.atlas().place("test:hama")).isEmpty();
        // and the same text can be added again as a new article, not a duplicate of the deleted one
        assertThat(library.add(NewArticle.ofText(HAMA_TARTUS)).duplicate()).isFalse();
    }

    @Test
    void newestArticlesComeFirst() throws Exception {
        String a = library.add(NewArticle.ofText("Ships at Tartus\n\nTartus is busy.")).article().id();
        String b = library.add(NewArticle.ofText("News from Hama\n\nHama is quiet.")).article().id();
        assertThat(library.articles()).extracting(ArticleRecord::id).containsExactly(b, a);
        // the map keeps article order oldest first, as the sample corpus had it
        assertThat(library.atlas().articles()).extracting(p -> p.article().id()).containsExactly(a, b);
    }

    @Test
    void concurrentAddsStoreEachTextOnceAndListenersNeverSeeAnOlderAtlasAfterANewerOne() throws Exception {
        List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        library.addChangeListener(atlas -> seen.add(atlas.articleCount()));
        int threads = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<AddResult>> results = new ArrayList<>();
        for (int i = 0; i < threads * 3; i++) {
            // every third article is the same text: it must be stored once
            String text = i % 3 == 0 ? HAMA_TARTUS : "Report " + i + "\n\nShips left Tartus for Hama, number " + i + ".";
            results.add(pool.submit(() -> {
                start.await();
                return library.add(NewArticle.ofText(text));
            }));
        }
        start.countDown();
        int duplicates = 0;
        for (var f : results) {
            duplicates += f.get().duplicate() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(duplicates).isEqualTo(threads - 1);
        assertThat(library.articles()).hasSize(2 * threads + 1);
        assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM articles", Integer.class)).isEqualTo(2 * threads + 1);
        assertThat(library.atlas().articleCount()).isEqualTo(2 * threads + 1);
        assertThat(seen).isSorted().isNotEmpty().last().isEqualTo(2 * threads + 1);
    }

    private void assertRejected(NewArticle article, Reason reason, String messagePart) {
        assertThatThrownBy(() -> library.add(article))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining(messagePart)
                .extracting(e -> ((ArticleRejectedException) e).reason()).isEqualTo(reason);
    }
}
