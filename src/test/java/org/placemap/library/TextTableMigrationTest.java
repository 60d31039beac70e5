package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A library stored before V3 (texts in the articles table) keeps every text when V3 moves them to their own table. */
class TextTableMigrationTest {

    @Test
    void textsStoredBeforeV3AreMovedAndReadBack() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).target("2").load().migrate();
        String text = "Hama and Tartus\n\nThe city of Hama lies about 50 miles from Tartus, officials said.\n";
        new JdbcTemplate(ds).update("""
                INSERT INTO articles (title, source, added_at, content_format, text, text_sha256, status)
                VALUES ('Hama and Tartus', 'old', CURRENT_TIMESTAMP, 'TEXT', ?, ?, 'PARSED')""",
                text, TextChecks.fingerprint(text));

        Flyway.configure().dataSource(ds).load().migrate();
        ArticleLibrary library = TestLibraries.library(ds, TestLibraries.GAZETTEER, Path.of("target/no-such-corpus"), 5L << 20);

        assertThat(library.articles()).singleElement().satisfies(a -> assertThat(a.textLength()).isEqualTo(text.length()));
        assertThat(library.stored(library.articles().getFirst().id()).orElseThrow().text()).isEqualTo(text);
        assertThat(library.add(NewArticle.ofText(text)).duplicate()).as("still found as a duplicate").isTrue();
    }
}
