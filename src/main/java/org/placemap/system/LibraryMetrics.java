package org.placemap.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.TimeUnit;
import org.placemap.library.ArticleLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library's figures as Micrometer meters, under {@code /actuator/metrics}: {@code placemap.articles}
 * (stored articles), {@code placemap.places} and {@code placemap.claims} (on the map),
 * {@code placemap.parse} (a timer: articles parsed and the time spent), {@code placemap.parse.queue}
 * (articles waiting for a parsing thread), {@code placemap.parse.running} and {@code placemap.map.listeners}
 * (open maps receiving changes). Read when scraped, never computed on the write path.
 */
@Configuration(proxyBeanMethods = false)
class LibraryMetrics {

    @Bean
    MeterBinder libraryMeters(ArticleLibrary library) {
        return (MeterRegistry registry) -> {
            Gauge.builder("placemap.articles", library, l -> l.articles().size())
                    .description("articles stored in the library").register(registry);
            Gauge.builder("placemap.places", library, l -> l.atlas().places().size())
                    .description("distinct places on the map").register(registry);
            Gauge.builder("placemap.claims", library, l -> l.atlas().claims().size())
                    .description("distance claims on the map").register(registry);
            FunctionTimer.builder("placemap.parse", library, l -> l.parseStats().parses(),
                    l -> l.parseStats().parseNanos(), TimeUnit.NANOSECONDS)
                    .description("articles parsed since start, and the time spent parsing").register(registry);
            Gauge.builder("placemap.parse.queue", library, l -> l.parseStats().queued())
                    .description("articles waiting for a parsing thread").register(registry);
            Gauge.builder("placemap.parse.running", library, l -> l.parseStats().running())
                    .description("articles being parsed now").register(registry);
            Gauge.builder("placemap.map.listeners", library, ArticleLibrary::listenerCount)
                    .description("open maps that receive library changes").register(registry);
            FunctionCounter.builder("placemap.parse.count", library, l -> l.parseStats().parses())
                    .description("articles parsed since start").register(registry);
        };
    }
}
