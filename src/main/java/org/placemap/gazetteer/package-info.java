/**
 * The gazetteer: every place a news article may name, with its spellings, kind and position.
 *
 * <p>{@link org.placemap.gazetteer.Gazetteer} answers lookups from the derived files in {@code geodata/};
 * {@link org.placemap.gazetteer.GazetteerBuilder} makes those files from the raw GeoNames, OurAirports and
 * Natural Earth sources; {@link org.placemap.gazetteer.NameNormalizer} defines when two spellings are the
 * same name. Plain Java with no dependencies beyond the JDK; everything else here is package-private.
 */
package org.placemap.gazetteer;
