package org.placemap.library;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the library knows about one stored article, without its text.
 *
 * @param id            the library's id (also the article id in the {@link org.placemap.atlas.Atlas})
 * @param title         the title shown (given by the user, else found in the text or the page)
 * @param source        the outlet named in the text, else the file name, else the URL's host, else "pasted"
 * @param sourceUrl     where it was published, or null
 * @param publishedDate when it was published, or null
 * @param addedAt       when it was added to the library
 * @param fileName      the uploaded file's name, or null (pasted text, API)
 * @param format        how the content was written (HTML is stored reduced to its text)
 * @param status        whether it was parsed
 * @param failureReason one line on why parsing failed, or null
 * @param mentionCount  place mentions found (resolved or not; boilerplate excluded)
 * @param placeCount    distinct resolved places
 * @param claimCount    distance claims found
 * @param textLength    length of the stored text in UTF-16 code units
 */
public record ArticleRecord(
        String id,
        String title,
        String source,
        String sourceUrl,
        LocalDate publishedDate,
        Instant addedAt,
        String fileName,
        NewArticle.Format format,
        Status status,
        String failureReason,
        int mentionCount,
        int placeCount,
        int claimCount,
        int textLength) {

    /** Whether the geoparser and claim extractor ran through. */
    public enum Status {
        PARSED,
        /** Stored with its text, but the parser threw: no mentions or claims, not on the map. */
        FAILED
    }
}
