package org.placemap.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placemap.Application;
import org.placemap.atlas.Atlas;
import org.placemap.atlas.MappedClaim;
import org.placemap.claims.ClaimExtractor;
import org.placemap.claims.DistanceClaim;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.ParsedArticle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application context, stopped and started again on the same data folder: what was added is
 * still there, what was deleted stays deleted, and the map rebuilt from the database is the one parsing
 * gives.
 */
class LibraryPersistenceTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                // arguments, not builder properties: those are defaults, below config/application.properties
                .run("--placemap.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off",
                        // absolute: a relative "corpus" may resolve to the test resources' corpus folder
                        "--placemap.corpus-dir=" + Path.of("corpus").toAbsolutePath());
    }

    @Test
    void articlesSurviveARestartOfTheApplicationAndDeletedSamplesStayDeleted(@TempDir Path dataDir) throws Exception {
        String text = "Ships at Tartus\n\nThe city of Hama lies about 50 miles from Tartus, officials said.\n";
        String added;
        String deletedSample;
        StoredArticle before;
        Atlas atlasBefore;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            ArticleLibrary library = first.getBean(ArticleLibrary.class);
            assertThat(library.articles()).hasSize(5);
            added = library.add(NewArticle.ofText(text)).article().id();
            deletedSample = library.articles().getLast().id();
            assertThat(library.delete(deletedSample)).isTrue();
            before = library.stored(added).orElseThrow();
            atlasBefore = library.atlas();
        }
        assertThat(dataDir.resolve("placemap.mv.db")).exists();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            ArticleLibrary library = second.getBean(ArticleLibrary.class);
            assertThat(library.articles()).hasSize(5);
            assertThat(library.stored(added)).contains(before);
            assertThat(library.article(deletedSample)).isEmpty();
            assertThat(library.atlas().places()).isEqualTo(atlasBefore.places());
            assertThat(library.atlas().claims()).isEqualTo(atlasBefore.claims());
        }
    }

    /**
     * An independent check of rehydration: the sample corpus parsed directly (as the app did before it
     * had a database) gives the same places, labels, counts and claims as the library restored from
     * its tables after a restart.
     */
    @Test
    void theMapRestoredFromTheDatabaseEqualsTheMapFromParsingTheSamples(@TempDir Path dataDir) throws Exception {
        start(dataDir).close();
        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            ArticleLibrary library = restarted.getBean(ArticleLibrary.class);
            Gazetteer gazetteer = restarted.getBean(Gazetteer.class);
            Atlas restored = library.atlas();

            List<Article> samples = new CorpusLoader().load(Path.of("corpus")).articles();
            GeoParser parser = new GeoParser(gazetteer);
            ClaimExtractor extractor = new ClaimExtractor(gazetteer);
            List<ParsedArticle> parsed = samples.stream().map(parser::parse).toList();
            List<DistanceClaim> claims = new ArrayList<>();
            parsed.forEach(p -> claims.addAll(extractor.extract(p)));
            Atlas direct = Atlas.of(parsed, claims);

            assertThat(restored.articleCount()).isEqualTo(5);
            assertThat(placeSummary(restored)).isEqualTo(placeSummary(direct));
            Map<String, String> fileById = library.articles().stream()
                    .collect(Collectors.toMap(ArticleRecord::id, ArticleRecord::fileName));
            assertThat(claimSummary(restored, fileById::get)).isEqualTo(claimSummary(direct, Function.identity()));
            assertThat(restored.claims()).isNotEmpty();
        }
    }

    private static List<String> placeSummary(Atlas atlas) {
        return atlas.places().stream()
                .map(p -> p.id() + " " + p.label() + " " + p.mentionCount() + " " + p.articleCount() + " "
                        + p.excerpts().stream().map(e -> e.text() + e.highlights()).toList())
                .toList();
    }

    private static List<String> claimSummary(Atlas atlas, Function<String, String> articleName) {
        return atlas.claims().stream().map(MappedClaim::claim)
                .map(c -> articleName.apply(c.articleId()) + "@" + c.start() + "-" + c.end() + " " + c.from().placeId()
                        + " " + c.to().placeId() + " " + c.label() + " " + c.measuredKm() + " " + c.deviationPercent()
                        + " " + c.verdict() + " " + c.reason())
                .toList();
    }

}
