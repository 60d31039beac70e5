/**
 * The articles the app shows: adding (validation, HTML reduction, parsing), keeping them in the database,
 * deleting, and the current {@link org.placemap.atlas.Atlas} built from them. {@link
 * org.placemap.library.ArticleLibrary} is the single source of truth; the UI and the REST API read and
 * change articles only through it. Uses Spring (JDBC, transactions) but never Vaadin.
 */
package org.placemap.library;
