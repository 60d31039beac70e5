package org.placemap.library;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * An article to add, as the user gives it.
 *
 * @param title         the title; null or blank to take it from the text (HTML: og:title, title, h1)
 * @param sourceUrl     where the article was published, or null
 * @param publishedDate when it was published, or null
 * @param text          the content: plain text, Markdown (kept as written) or an HTML page
 * @param fileName      the uploaded file's name, or null for pasted text
 * @param format        how to read {@code text}
 */
public record NewArticle(
        String title, String sourceUrl, LocalDate publishedDate, String text, String fileName, Format format) {

    /** How the content is written. */
    public enum Format {
        TEXT,
        /** Kept as written: offsets point into the Markdown source. */
        MARKDOWN,
        /** Reduced to the main text with jsoup before parsing; only the reduced text is stored. */
        HTML;

        /**
         * The format of an upload, from its file name's extension, else its content type, else a look at
         * the content ({@code <!doctype html} or {@code <html} at the start means HTML); plain text otherwise.
         */
        public static Format guess(String fileName, String contentType, String content) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
                return HTML;
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (name.endsWith(".txt") || name.endsWith(".text")) {
                return TEXT;
            }
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
                return HTML;
            }
            if (type.startsWith("text/markdown")) {
                return MARKDOWN;
            }
            String head = content == null ? "" : content.stripLeading()
                    .substring(0, Math.min(200, content.stripLeading().length())).toLowerCase(Locale.ROOT);
            return head.startsWith("<!doctype html") || head.startsWith("<html") ? HTML : TEXT;
        }
    }

    public NewArticle {
        Objects.requireNonNull(text, "text");
        format = format == null ? Format.TEXT : format;
    }

    /** Pasted plain text with no metadata. */
    public static NewArticle ofText(String text) {
        return new NewArticle(null, null, null, text, null, Format.TEXT);
    }

    /**
     * An uploaded file: decoded as strict UTF-8, its format guessed from name, type and content.
     *
     * @throws ArticleRejectedException naming the file when it is binary, not UTF-8 or too large
     */
    public static NewArticle ofFile(String fileName, String contentType, byte[] content, long maxBytes)
            throws ArticleRejectedException {
        String text = TextChecks.decode(content, fileName, maxBytes);
        return new NewArticle(null, null, null, text, fileName, Format.guess(fileName, contentType, text));
    }

    public NewArticle withTitle(String newTitle) {
        return new NewArticle(newTitle, sourceUrl, publishedDate, text, fileName, format);
    }
}
