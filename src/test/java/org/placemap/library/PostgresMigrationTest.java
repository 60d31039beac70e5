package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations and the store on a real PostgreSQL (zonky's embedded binaries, PostgreSQL 17): the
 * same SQL as on H2, so the postgres profile works. Skipped, saying why, where PostgreSQL cannot start
 * (initdb refuses to run as root).
 */
class PostgresMigrationTest {
    private static EmbeddedPostgres postgres;
    private static String whyNot;

    @BeforeAll
    static void start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (Exception | Error e) {
            whyNot = e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : " / " + e.getCause().getMessage());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theMigrationsRunAndArticlesAreStoredReadBackAndDeletedWithTheirMentionsAndClaims() throws Exception {
        assumeTrue(postgres != null, () -> "embedded PostgreSQL did not start on this machine (running as "
                + System.getProperty("user.name") + "): " + whyNot);
        DataSource ds = postgres.getPostgresDatabase();
        var result = Flyway.configure().dataSource(ds).load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.targetSchemaVersion).isEqualTo("4"); // V2: accounts and tokens; V3: texts apart; V4: corrections

        Path none = Path.of("target/no-such-corpus");
        ArticleLibrary library = TestLibraries.library(ds, TestLibraries.GAZETTEER, none, 5L << 20);
        String text = "Hama and Tartus\n\nThe city of Hama lies about 50 miles from Tartus, officials said.\n";
        ArticleRecord a = library.add(new NewArticle("Hama", "https://example.org/x", LocalDate.of(2024, 12, 9), text,
                "x.txt", NewArticle.Format.TEXT)).article();
        assertThat(library.add(NewArticle.ofText(text)).duplicate()).isTrue();

        ArticleLibrary restarted = TestLibraries.library(ds, TestLibraries.GAZETTEER, none, 5L << 20);
        assertThat(restarted.stored(a.id())).isEqualTo(library.stored(a.id()));
        assertThat(restarted.atlas().claims()).isEqualTo(library.atlas().claims());

        // a reader's correction is stored, read back after a restart and undone (issue 12)
        var hama = library.stored(a.id()).orElseThrow().mentions().get(0);
        var done = library.corrections().correct(a.id(), hama.start(), hama.end(), "test:tartus",
                Corrections.Scope.ARTICLE, "ana");
        assertThat(done.changed()).hasSize(2);
        ArticleLibrary again = TestLibraries.library(ds, TestLibraries.GAZETTEER, none, 5L << 20);
        assertThat(again.stored(a.id())).isEqualTo(library.stored(a.id()));
        assertThat(again.stored(a.id()).orElseThrow().mentions().get(0).decision().by()).isEqualTo("ana");
        assertThat(again.corrections().undoLast("ana")).isPresent();
        assertThat(TestLibraries.library(ds, TestLibraries.GAZETTEER, none, 5L << 20).stored(a.id()))
                .isEqualTo(restarted.stored(a.id()));

        JdbcTemplate sql = new JdbcTemplate(ds);
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM mentions", Integer.class)).isEqualTo(4);
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM claims", Integer.class)).isEqualTo(1);
        assertThat(restarted.delete(a.id())).isTrue();
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM mentions", Integer.class)).isZero();
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM claims", Integer.class)).isZero();
    }
}
