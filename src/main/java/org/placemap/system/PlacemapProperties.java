package org.placemap.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code placemap.*} (application.properties, environment variables such as
 * {@code PLACEMAP_TILE_URL}, or {@code --placemap.tile-url=...}).
 *
 * @param geodataDir      folder of the derived gazetteer files (see geodata/README.md)
 * @param corpusDir       folder of {@code .txt} articles parsed at startup
 * @param tileUrl         raster tile URL template drawn under the offline vector map; blank for none
 * @param tileAttribution attribution text shown for the tiles (plain text)
 */
@ConfigurationProperties("placemap")
public record PlacemapProperties(
        @DefaultValue("geodata") Path geodataDir,
        @DefaultValue("corpus") Path corpusDir,
        @DefaultValue("") String tileUrl,
        @DefaultValue("") String tileAttribution) {}
