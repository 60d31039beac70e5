package org.placemap.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code placemap.*} (application.properties, environment variables such as
 * {@code PLACEMAP_TILE_URL}, or {@code --placemap.tile-url=...}).
 *
 * @param geodataDir      folder of the derived gazetteer files (see geodata/README.md)
 * @param corpusDir       folder of sample {@code .txt} articles imported into an empty library on first start;
 *                        a string for the reason given under {@code dataDir} (tests have a {@code corpus}
 *                        folder of their own on the classpath)
 * @param tileUrl         raster tile URL template drawn under the offline vector map; blank for none
 * @param tileAttribution attribution text shown for the tiles (plain text)
 * @param dataDir         folder of the embedded database (H2 file {@code placemap.mv.db}); ignored when
 *                        {@code spring.datasource.url} is set (e.g. the postgres profile). A string, not a
 *                        {@code Path}: Spring converts a relative path to a classpath resource of that
 *                        name when one exists, and the database must never land in target/classes or a jar
 * @param maxArticleBytes largest article accepted, as UTF-8 bytes of the text (or of the uploaded file)
 * @param parseThreads    threads that reduce HTML and parse added articles; 0 for one per core
 * @param parseQueue      added articles that may wait for a parsing thread; one more is refused (busy)
 * @param parseTimeBudget longest one article may take to reduce and parse; longer ones are stored as failed
 * @param security        {@code local} (one user on this machine: listens on 127.0.0.1 only, no login) or
 *                        {@code team} (listens on every interface; accounts, roles, API tokens)
 * @param publicRead      in {@code team} mode, whether anyone may read (map, articles, exports) without logging in
 * @param adminPassword   in {@code team} mode, the password of the first account, {@code admin}, made at
 *                        the first start (also {@code PLACEMAP_ADMIN_PASSWORD}); blank: a random one-time
 *                        password is printed to the log instead
 * @param maxLibraryBytes most UTF-8 bytes of article text the whole library may hold (507 beyond it)
 * @param writesPerMinute API writes (POST, PUT, PATCH, DELETE) one client may make per minute (429 beyond
 *                        it); a client is an account or token in team mode, else an IP address; 0: no limit
 * @param reviewBelow     mentions the parser resolved with a confidence below this (0–1) are marked "check this"
 *                        on the map and in the lists, and the "To review" filter shows their places
 */
@ConfigurationProperties("placemap")
public record PlacemapProperties(
        @DefaultValue("geodata") Path geodataDir,
        @DefaultValue("corpus") String corpusDir,
        @DefaultValue("") String tileUrl,
        @DefaultValue("") String tileAttribution,
        @DefaultValue("data") String dataDir,
        @DefaultValue("5MB") DataSize maxArticleBytes,
        @DefaultValue("0") int parseThreads,
        @DefaultValue("32") int parseQueue,
        @DefaultValue("30s") java.time.Duration parseTimeBudget,
        @DefaultValue("local") Security security,
        @DefaultValue("false") boolean publicRead,
        @DefaultValue("") String adminPassword,
        @DefaultValue("2GB") DataSize maxLibraryBytes,
        @DefaultValue("120") int writesPerMinute,
        @DefaultValue("0.6") double reviewBelow) {

    /** Who may use the app; see {@link #security}. */
    public enum Security {
        LOCAL,
        TEAM
    }

    public PlacemapProperties {
        if (!(reviewBelow >= 0 && reviewBelow <= 1)) {
            throw new IllegalArgumentException("placemap.review-below must lie between 0 and 1, not " + reviewBelow);
        }
    }

    /** {@link #parseThreads}, with 0 meaning one per core. */
    public int parseThreadCount() {
        return parseThreads > 0 ? parseThreads : Runtime.getRuntime().availableProcessors();
    }

    /** {@link #corpusDir} as an absolute path, relative ones against the working directory. */
    public Path corpusPath() {
        return Path.of(corpusDir).toAbsolutePath().normalize();
    }

    /** {@link #dataDir} as an absolute path, relative ones against the working directory. */
    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }
}
