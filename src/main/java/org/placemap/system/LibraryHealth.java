package org.placemap.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.placemap.library.ArticleLibrary;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code library} health indicator, part of {@code /actuator/health} and of the readiness group
 * ({@code /actuator/health/readiness}, application.properties): the library opens on a thread of its own
 * while the web server starts ({@link ArticleLibrary#open}), so the server accepts connections before its
 * articles are restored. Until then this reports OUT_OF_SERVICE (a load balancer sends no traffic; a request
 * that comes anyway waits for the library); UP once open; DOWN with the reason when the restore failed (every
 * library call then answers an error).
 */
@Configuration(proxyBeanMethods = false)
class LibraryHealth {

    @Bean
    HealthIndicator libraryHealthIndicator(ArticleLibrary library) {
        return () -> of(library.opening());
    }

    static Health of(CompletableFuture<Void> opening) {
        if (!opening.isDone()) {
            return Health.outOfService().withDetail("library", "opening: restoring the stored articles").build();
        }
        try {
            opening.join();
            return Health.up().build();
        } catch (CompletionException e) {
            return Health.down(e.getCause()).build();
        }
    }
}
