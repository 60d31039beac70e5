/**
 * Measuring the geoparser against annotated corpora, by the protocol of {@code ../shared/eval/README.md}
 * (Gritta et al. 2018/2019, EUPEG 2019): readers for the LGL, GeoVirus and WikToR corpora and for the
 * "flat" gold/baseline format ({@link org.placemap.eval.EvalCorpora}, {@link org.placemap.eval.FlatFormat}),
 * the {@link org.placemap.eval.Scorer}, and {@link org.placemap.eval.Evaluation}, which runs the
 * {@link org.placemap.geoparse.GeoParser} over a corpus and scores it. Plain Java with no dependencies
 * beyond the JDK.
 */
package org.placemap.eval;
