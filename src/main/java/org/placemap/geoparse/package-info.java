/**
 * Place recognition and resolution: {@link org.placemap.geoparse.GeoParser} turns an
 * {@link org.placemap.corpus.Article} into {@link org.placemap.geoparse.Mention}s with exact offsets,
 * each resolved against the {@link org.placemap.gazetteer.Gazetteer} with a confidence and alternatives.
 * Plain Java with no dependencies beyond the JDK; everything but the facade and its results is
 * package-private.
 */
package org.placemap.geoparse;
