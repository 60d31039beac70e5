package org.placemap.system;

import java.io.IOException;
import org.placemap.gazetteer.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java core into the application: the only place that builds it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlacemapProperties.class)
class PlacemapConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PlacemapConfiguration.class);

    @Bean
    Gazetteer gazetteer(PlacemapProperties properties) throws IOException {
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load(properties.geodataDir());
        log.info("Gazetteer: {} places from {} ({}) in {} ms", gazetteer.size(),
                properties.geodataDir().toAbsolutePath(),
                gazetteer.loadedFromCache() ? "binary index cache" : "TSV files, cache refreshed",
                (System.nanoTime() - t0) / 1_000_000);
        return gazetteer;
    }
}
