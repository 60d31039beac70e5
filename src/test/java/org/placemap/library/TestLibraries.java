package org.placemap.library;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Libraries for plain tests: a migrated database and a library over it, without a Spring context. */
final class TestLibraries {
    static final Place TARTUS = new Place("test:tartus", "Tartus", List.of(), new GeoPoint(34.889, 35.887),
            PlaceKind.POPULATED_PLACE, "P", "PPLA", "SY", "", 89_000);
    static final Place HAMA = new Place("test:hama", "Hama", List.of(), new GeoPoint(35.131, 36.757),
            PlaceKind.POPULATED_PLACE, "P", "PPLA", "SY", "", 460_000);
    /** A two-entry gazetteer: these tests are about storing, not about resolution. */
    static final Gazetteer GAZETTEER = new Gazetteer(List.of(TARTUS, HAMA));

    private TestLibraries() {}

    /** A fresh in-memory H2 database with the migrations applied, kept until the JVM exits. */
    static DataSource migratedH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).load().migrate();
        return ds;
    }

    static ArticleStore store(DataSource ds, Gazetteer gazetteer) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        return new ArticleStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)), gazetteer::byId);
    }

    /** A library over {@code ds}, importing {@code samples} when the database has never been filled. */
    static ArticleLibrary library(DataSource ds, Gazetteer gazetteer, Path samples, long maxBytes) {
        return new ArticleLibrary(gazetteer, store(ds, gazetteer), maxBytes, samples);
    }
}
