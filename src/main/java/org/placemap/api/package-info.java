/**
 * The REST API under {@code /api}: articles (list, read, add, delete) through the {@link
 * org.placemap.library.ArticleLibrary}, and exports of the current Atlas as JSON, GeoJSON and CSV.
 * Article text and titles are untrusted: they leave only as JSON strings or CSV cells, never as HTML.
 * Spring MVC, no Vaadin.
 */
package org.placemap.api;
