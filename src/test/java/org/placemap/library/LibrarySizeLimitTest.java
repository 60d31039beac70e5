package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The library's size limit counts UTF-8 bytes of stored text, frees them on delete, and is recounted at start. */
class LibrarySizeLimitTest {
    private static final Path NO_SAMPLES = Path.of("target/no-such-corpus");

    private static ArticleLibrary open(DataSource db, long limit) {
        return ArticleLibrary.open(TestLibraries.GAZETTEER, new JdbcTemplate(db), new DataSourceTransactionManager(db),
                new ArticleLibrary.Settings(5L << 20, NO_SAMPLES, 1, 4, Duration.ofSeconds(30), limit));
    }

    @Test
    void anArticleThatWouldPassTheLimitIsRefusedAndNothingIsStoredUntilSpaceIsFreed() throws Exception {
        DataSource db = TestLibraries.migratedH2();
        ArticleLibrary library = open(db, 100);
        String hama = "Hama lies about 50 miles from Tartus – “Ḥamāh”."; // non-ASCII: bytes, not characters
        ArticleRecord a = library.add(NewArticle.ofText(hama)).article();
        long bytes = hama.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(library.storedTextBytes()).isEqualTo(bytes).isGreaterThan(hama.length());

        String tartus = "Ships wait off Tartus, some 50 miles from Hama, officials said on Monday.";
        assertThatThrownBy(() -> library.add(NewArticle.ofText(tartus)))
                .isInstanceOf(LibraryFullException.class).hasMessageContaining("The library is full");
        assertThat(library.articles()).hasSize(1);
        assertThat(library.storedTextBytes()).isEqualTo(bytes);

        assertThat(open(db, 100).storedTextBytes()).as("recounted at start").isEqualTo(bytes);
        assertThat(library.delete(a.id())).isTrue();
        assertThat(library.storedTextBytes()).isZero();
        assertThat(library.add(NewArticle.ofText(tartus)).article().status()).isEqualTo(ArticleRecord.Status.PARSED);
    }
}
