package org.placemap.system;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.library.ArticleLibrary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java core into the application: the only place that builds it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlacemapProperties.class)
public class PlacemapConfiguration {
    /** Qualifier of the executor that parses articles added in the browser. */
    public static final String ARTICLE_PARSING = "articleParsing";

    private static final Logger log = LoggerFactory.getLogger(PlacemapConfiguration.class);

    /**
     * Parses articles added in the browser, in the background. Parsing is CPU-bound, so a few threads
     * (all cores but one, at least one) and a queue: fifty uploads at once wait their turn instead of
     * taking every core from the web server.
     */
    @Bean(name = ARTICLE_PARSING, destroyMethod = "shutdownNow")
    ExecutorService articleParsing() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "article-parsing-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The article library over the app's database (H2 file or PostgreSQL), with the settings above. */
    @Bean
    ArticleLibrary articleLibrary(Gazetteer gazetteer, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            PlacemapProperties properties) {
        return ArticleLibrary.open(gazetteer, jdbc, transactions, new ArticleLibrary.Settings(
                properties.maxArticleBytes().toBytes(), properties.corpusPath(), properties.parseThreadCount(),
                properties.parseQueue(), properties.parseTimeBudget(), properties.maxLibraryBytes().toBytes()));
    }

    @Bean
    Gazetteer gazetteer(PlacemapProperties properties) throws IOException {
        long t0 = System.nanoTime();
        GazetteerPreload.Loaded loaded = GazetteerPreload.take(properties.geodataDir()); // begun in the background at start
        Gazetteer gazetteer = loaded.gazetteer();
        log.info("Gazetteer: {} places from {} ({}) in {} ms{}", gazetteer.size(),
                properties.geodataDir().toAbsolutePath(),
                gazetteer.loadedFromCache() ? "binary index cache" : "TSV files, cache refreshed", loaded.loadMillis(),
                loaded.preloaded() ? ", in the background; the context waited " + (System.nanoTime() - t0) / 1_000_000 + " ms" : "");
        return gazetteer;
    }
}
