/**
 * The gazetteer: every place a news article may name, with its spellings, kind, position and — for
 * areas — outline.
 *
 * <p>{@link org.placemap.gazetteer.Gazetteer} answers lookups (ranked candidates for a name, by id,
 * nearest to a point, the areas and the admin region containing a point, the outline of an area) from
 * the derived files in {@code geodata/}, through a binary cache of its index outside the repository;
 * {@link org.placemap.gazetteer.GazetteerBuilder} makes those files from the raw GeoNames, OurAirports
 * and Natural Earth sources; {@link org.placemap.gazetteer.NameNormalizer} defines when two spellings are
 * the same name. Plain Java with no dependencies beyond the JDK; everything else here is package-private.
 */
package org.placemap.gazetteer;
