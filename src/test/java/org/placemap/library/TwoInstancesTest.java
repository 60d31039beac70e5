package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.Application;
import org.placemap.atlas.Atlas;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostgreSQL (the embedded one), as behind a load balancer: an article
 * added through one is on the other's map within 2 s, with its listeners told; a reparse and a delete
 * through the other come back the same way.
 */
class TwoInstancesTest {

    private static ConfigurableApplicationContext start(EmbeddedPostgres pg, Path dir, String name) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + pg.getPort() + "/postgres",
                "--spring.datasource.username=postgres", "--placemap.data-dir=" + dir.resolve(name),
                "--placemap.corpus-dir=" + Path.of("corpus").toAbsolutePath());
    }

    private static void within2s(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 2 s").isLessThan(until);
            Thread.sleep(20);
        }
    }

    @Test
    void addsReparsesAndDeletesReachTheOtherInstanceWithinTwoSeconds(@TempDir Path dir) throws Exception {
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder().start();
        } catch (Exception | Error e) {
            assumeTrue(false, "embedded PostgreSQL did not start here: " + e);
            return;
        }
        try (pg; ConfigurableApplicationContext a = start(pg, dir, "a"); ConfigurableApplicationContext b = start(pg, dir, "b")) {
            ArticleLibrary libraryA = a.getBean(ArticleLibrary.class);
            ArticleLibrary libraryB = b.getBean(ArticleLibrary.class);
            assertThat(libraryB.articles()).hasSameSizeAs(libraryA.articles());
            CopyOnWriteArrayList<Atlas> heardByB = new CopyOnWriteArrayList<>();
            libraryB.addChangeListener(heardByB::add);

            String id = libraryA.add(NewArticle.ofText("Dispatch\n\nThe city of Hama lies about 50 miles from Tartus.\n"))
                    .article().id();
            within2s("the article on B", () -> libraryB.article(id).isPresent());
            assertThat(libraryB.stored(id).orElseThrow().mentions()).isEqualTo(libraryA.stored(id).orElseThrow().mentions());
            within2s("B's listeners told", () -> !heardByB.isEmpty());
            assertThat(libraryB.atlas().claims()).hasSameSizeAs(libraryA.atlas().claims());
            assertThat(libraryB.storedTextBytes()).isEqualTo(libraryA.storedTextBytes());

            assertThat(libraryB.add(NewArticle.ofText("Dispatch\n\nThe city of Hama lies about 50 miles from Tartus.\n"))
                    .duplicate()).as("the same text through B is a duplicate").isTrue();

            assertThat(libraryB.reparse(id)).isPresent();
            assertThat(libraryB.delete(id)).isTrue();
            within2s("the article gone from A", () -> libraryA.article(id).isEmpty());
            assertThat(libraryA.articles()).hasSameSizeAs(libraryB.articles());
        }
    }
}
