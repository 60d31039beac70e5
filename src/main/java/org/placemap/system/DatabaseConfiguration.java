package org.placemap.system;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The database: an H2 file in {@code placemap.data-dir} unless {@code spring.datasource.url} names
 * another (the postgres profile). The H2 URL is built here rather than in application.properties
 * because H2 refuses a path that is implicitly relative ({@code jdbc:h2:file:data/placemap}); the data
 * directory is made absolute first, so {@code PLACEMAP_DATA_DIR=mydata} works as users expect. Commits
 * are written through at once ({@code WRITE_DELAY=0}): what the app has acknowledged survives a crash.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(DataSourceProperties datasource, PlacemapProperties properties) {
        if (StringUtils.hasText(datasource.getUrl())) {
            log.info("Database: {}", datasource.getUrl());
            return datasource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        String file = properties.dataPath().resolve("placemap").toString();
        log.info("Database: H2 file {}.mv.db", file);
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("placemap");
        // WRITE_DELAY=0: a commit is written to the file before it returns, so an article answered 201
        // survives a crash or kill -9 of the JVM (H2's default writes up to 500 ms later; see
        // CrashDurabilityTest). A power cut can still lose what the operating system had not yet flushed.
        ds.setJdbcUrl("jdbc:h2:file:" + file + ";WRITE_DELAY=0;AUTO_SERVER=TRUE");
        ds.setUsername("sa");
        ds.setPassword("");
        return ds;
    }
}
