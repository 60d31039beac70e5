package org.placemap.library;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces a saved web page to its article: the title and the main text as plain paragraphs.
 *
 * <h2>Algorithm</h2>
 * Parse with jsoup (which never runs scripts or fetches anything). The article is the {@code <article>}
 * with the most text, else {@code <main>} / {@code role=main}, else the body. Inside it, scripts,
 * styles, navigation, asides, forms, footers, embedded frames and hidden elements are dropped, and page
 * headers too unless they hold the headline. Block elements become paragraphs separated by a blank
 * line, {@code <br>} a line break, and runs of spaces one space (except in {@code <pre>}). The title is
 * {@code og:title}, else the first {@code <h1>}, else {@code <title>}; it is put on the first line when
 * the article text does not start with it, so the geoparser sees it as the title.
 *
 * <h2>Limitations</h2>
 * No readability scoring: a page that puts its article in a plain {@code <div>} among teasers keeps the
 * teasers (the corpus cleaner then marks repeated blocks and appeals as boilerplate).
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
public final class HtmlText {

    /** The title (null when the page has none) and the text; the text is empty when the page has none. */
    /**
     * @param published the date the page says it was published ({@link PublicationDates}), or null
     */
    public record Extracted(String title, String text, java.time.LocalDate published) {}

    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, footer, form, button, select, dialog, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo], "
            + "[role=banner], [role=search]";

    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p",
            "pre", "section", "table", "tbody", "thead", "tr", "ul", "caption", "body", "summary", "details");

    private HtmlText() {}

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        java.time.LocalDate published = PublicationDates.fromHtml(doc, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        Element root = mainElement(doc);
        root.select(DROPPED).remove();
        for (Element header : root.select("header")) {
            if (header.selectFirst("h1") == null) {
                header.remove();
            }
        }
        String text = plainText(root);
        if (title != null && !startsWithTitle(text, title)) {
            text = text.isEmpty() ? title : title + "\n\n" + text;
        }
        return new Extracted(title, text, published);
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return oneLine(og.attr("content"));
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return oneLine(h1.text());
        }
        String t = doc.title();
        return t.isBlank() ? null : oneLine(t);
    }

    private static Element mainElement(Document doc) {
        Elements articles = doc.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        return doc.body();
    }

    /** True when the first line is the title, or one starts with the other (a subtitle, an outlet suffix). */
    private static boolean startsWithTitle(String text, String title) {
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip().toLowerCase(Locale.ROOT);
        String t = title.toLowerCase(Locale.ROOT);
        return !first.isEmpty() && (first.startsWith(t) || (first.length() >= 10 && t.startsWith(first)));
    }

    private static String oneLine(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip();
    }

    /** Block structure as paragraphs: blank line between blocks, newline for {@code <br>}. */
    static String plainText(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            private int pre;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = text.getWholeText();
                    if (pre > 0) {
                        out.append(s);
                    } else {
                        String collapsed = s.replaceAll("(?U)\\s+", " ");
                        if (collapsed.startsWith(" ") && (out.isEmpty() || endsWithSpace(out))) {
                            collapsed = collapsed.substring(1);
                        }
                        out.append(collapsed);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        pre++;
                    }
                    if (tag.equals("br")) {
                        trimTrailingSpaces(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        paragraphBreak(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("pre")) {
                        pre--;
                    }
                    if (BLOCKS.contains(tag)) {
                        paragraphBreak(out);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
            }
        });
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean endsWithSpace(StringBuilder sb) {
        char c = sb.charAt(sb.length() - 1);
        return c == ' ' || c == '\n';
    }

    private static void trimTrailingSpaces(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void paragraphBreak(StringBuilder sb) {
        trimTrailingSpaces(sb);
        if (sb.isEmpty()) {
            return;
        }
        int newlines = 0;
        for (int i = sb.length() - 1; i >= 0 && sb.charAt(i) == '\n'; i--) {
            newlines++;
        }
        sb.append("\n".repeat(Math.max(0, 2 - newlines)));
    }
}
