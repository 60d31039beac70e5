package org.placemap.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.library.ArticleRejectedException.Reason;

/**
 * What an article goes through before it is parsed: the checks of its text and metadata (size, binary,
 * UTF-8, source URL), HTML reduced to text, the canonical text and its fingerprint, and the title and
 * source it will be listed under. The text is read as an {@link Article} (title line, boilerplate,
 * comments, sentences) once here, and that reading is what the parser, the title and the stored article
 * use.
 *
 * <p>Title, in this order: the one given, the HTML page's, the headline found in the text, the file
 * name, the text's first 80 characters. Publication date: the one given, the HTML page's, a dateline near the
 * top of the text ({@link PublicationDates}). Source: an outlet named in the text, else the file name, the
 * URL's host, or "pasted text". Stateless apart from the size limit; thread safe.
 */
final class ArticleIntake {
    static final int MAX_TITLE_CHARS = 300;

    /** A validated article ready to parse: canonical text, its one reading, and the metadata to store. */
    record Prepared(NewArticle input, String text, String fingerprint, String givenTitle, String htmlTitle,
            String sourceUrl, Article draft, java.time.LocalDate published) {

        /** The title it is listed under; see the class comment. */
        String title() {
            return clip(firstNonBlank(givenTitle, htmlTitle, draft.title(), input.fileName(), snippet(text)), MAX_TITLE_CHARS);
        }

        /** Where it came from; see the class comment. */
        String source() {
            return clip(draft.source().isBlank() ? firstNonBlank(input.fileName(), host(sourceUrl), "pasted text")
                    : draft.source(), MAX_TITLE_CHARS);
        }
    }

    private final long maxBytes;

    ArticleIntake(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks and reads the article.
     *
     * @throws ArticleRejectedException with a one-line message for the user
     */
    Prepared prepare(NewArticle in) throws ArticleRejectedException {
        String who = who(in);
        String text = in.text();
        String htmlTitle = null;
        java.time.LocalDate published = in.publishedDate();
        TextChecks.check(text, who, maxBytes);
        if (in.format() == NewArticle.Format.HTML) {
            HtmlText.Extracted extracted = HtmlText.extract(text);
            htmlTitle = extracted.title();
            if (published == null) {
                published = extracted.published();
            }
            text = extracted.text();
            if (text.isBlank()) {
                throw new ArticleRejectedException(Reason.EMPTY, who + " has no article text.");
            }
        }
        text = TextChecks.canonical(text);
        TextChecks.check(text, who, maxBytes);
        String sourceUrl = checkedUrl(in.sourceUrl());
        // read once, without an id yet (the database gives it): a missing title or source reads as ""
        Article draft = CorpusLoader.article("", text);
        if (published == null) {
            published = PublicationDates.fromDateline(text, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        }
        return new Prepared(in, text, TextChecks.fingerprint(text), oneLine(in.title()), oneLine(htmlTitle), sourceUrl,
                draft, published);
    }

    /** The article as named in messages: its file name, or "The article". */
    static String who(NewArticle in) {
        return in.fileName() == null || in.fileName().isBlank() ? "The article" : in.fileName();
    }

    private static String checkedUrl(String url) throws ArticleRejectedException {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && u.length() <= 2000) {
                return u;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ArticleRejectedException(Reason.INVALID, "The source URL must be an http:// or https:// address.");
    }

    static String oneLine(String s) {
        return s == null ? null : s.replaceAll("(?U)\\s+", " ").strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String snippet(String text) {
        String line = oneLine(text);
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
