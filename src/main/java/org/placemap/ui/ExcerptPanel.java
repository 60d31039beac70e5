package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.function.Consumer;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.ArticleRecord;
import java.util.List;
import java.util.Locale;
import org.placemap.corpus.Article;
import org.placemap.corpus.TextRange;
import org.placemap.corpus.Zone;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;
import org.placemap.atlas.Excerpt;
import org.placemap.atlas.MappedClaim;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Endpoint;
import org.placemap.claims.ReferenceRange;
import org.placemap.atlas.MappedPlace;

/**
 * The excerpts of the selected place, grouped by article, with the mentions marked. Article text is
 * untrusted, so everything is added as text nodes and {@code <mark>} elements, never as HTML.
 */
class ExcerptPanel extends Composite<Div> {

    private final H2 heading = new H2("Excerpts");
    private final Div content = new Div();
    private Consumer<String> deleteListener = id -> {};
    private boolean deleteAllowed = true;

    /** Opens the correction of the name at {@code start..end} of an article (a mention, or words to add as one). */
    @FunctionalInterface
    interface Corrector {
        void correct(String articleId, int start, int end);
    }

    /** The mention, as the reader sees it, at exactly {@code start..end} of an article. */
    @FunctionalInterface
    interface MentionLookup {
        java.util.Optional<Mention> at(String articleId, int start, int end);
    }

    /** Null when the reader may not correct (a reader of a team library). */
    private Corrector corrector;
    private MentionLookup lookup = (a, s, e) -> java.util.Optional.empty();
    /** Mentions the parser is less sure of than this are marked "check this". */
    private double reviewBelow = 0.6;
    /** Whether the article shown has its names as correction buttons (and "add" for selected words). */
    private boolean correcting;
    private ParsedArticle shownArticle;

    ExcerptPanel() {
        Div root = getContent();
        root.addClassName("pm-excerpts");
        root.setId("excerpts");
        root.getElement().setAttribute("aria-live", "polite");
        root.add(heading, content);
        show((MappedPlace) null);
    }

    /**
     * A place from the gazetteer that no article shown mentions (a search result): its entry, and a button
     * that runs {@code measureFrom} to start a measurement from it.
     */
    void showUnmentioned(org.placemap.gazetteer.Place place, Runnable measureFrom) {
        content.removeAll();
        heading.setText(place.name());
        Span meta = new Span(PlaceCategories.label(place) + " · not mentioned in the articles shown");
        meta.addClassName("pm-excerpt-meta");
        Span where = gazetteerEntry(place);
        com.vaadin.flow.component.button.Button measure = new com.vaadin.flow.component.button.Button(
                "Measure from here", e -> measureFrom.run());
        measure.setId("measure-from-here");
        measure.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        content.add(meta, where, measure);
    }

    /** "Ḩamāh (SY) · 35.1318, 36.7578 · geonames:170017": the gazetteer entry a place was resolved to. */
    private static Span gazetteerEntry(org.placemap.gazetteer.Place place) {
        Span where = new Span(String.format(Locale.ROOT, "%s%s · %.4f, %.4f · %s", place.name(),
                place.countryCode().isEmpty() ? "" : " (" + place.countryCode() + ")",
                place.point().latitudeDeg(), place.point().longitudeDeg(), place.id()));
        where.addClassName("pm-excerpt-meta");
        where.addClassName("pm-gazetteer-entry");
        return where;
    }

    void show(MappedPlace place) {
        content.removeAll();
        if (place == null) {
            heading.setText("Excerpts");
            content.add(new Paragraph("Choose a place on the map or in the list to read what the articles say about it."));
            return;
        }
        heading.setText(place.label());
        Span meta = new Span(PlaceCategories.label(place.place()) + " · " + place.mentionCount()
                + (place.mentionCount() == 1 ? " mention" : " mentions") + " in " + place.articleCount()
                + (place.articleCount() == 1 ? " article" : " articles"));
        meta.addClassName("pm-excerpt-meta");
        content.add(meta, gazetteerEntry(place.place()));
        List<Excerpt> all = place.excerpts();
        String[] currentArticle = {null};
        paged(all.size(), EXCERPTS_PER_PAGE, "excerpts", i -> {
            Excerpt excerpt = all.get(i);
            if (!excerpt.articleId().equals(currentArticle[0])) {
                currentArticle[0] = excerpt.articleId();
                H3 title = new H3(excerpt.title());
                title.addClassName("pm-excerpt-title");
                Span source = new Span(excerpt.source());
                source.addClassName("pm-excerpt-source");
                content.add(title, source);
            }
            content.add(sentence(excerpt));
        });
    }

    /** Excerpts of a place, and paragraphs of an article, sent to the browser at a time. */
    static final int EXCERPTS_PER_PAGE = 100;
    static final int PARAGRAPHS_PER_PAGE = 150;

    /**
     * Shows items {@code 0..total-1} a page at a time: the first page now, then a "Show more" button
     * that adds the next page where it stood. So a place mentioned 10,000 times, or a 5 MB article, never
     * sends more than one page of components to the browser at once.
     */
    private void paged(int total, int perPage, String noun, java.util.function.IntConsumer render) {
        int[] shown = {0};
        Runnable[] page = new Runnable[1];
        page[0] = () -> {
            int end = Math.min(total, shown[0] + perPage);
            for (int i = shown[0]; i < end; i++) {
                render.accept(i);
            }
            shown[0] = end;
            if (end < total) {
                Button more = new Button("Show more (" + end + " of " + total + " " + noun + " shown)");
                more.addClassName("pm-show-more");
                more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                more.addClickListener(e -> {
                    content.remove(more);
                    page[0].run();
                });
                content.add(more);
            }
        };
        page[0].run();
    }

    /** The claim's sentence, its measurement and verdict, and how the choice of reference points moves it. */
    void show(MappedClaim mapped) {
        content.removeAll();
        if (mapped == null) {
            show((MappedPlace) null);
            return;
        }
        DistanceClaim claim = mapped.claim();
        heading.setText(mapped.title());
        // "Cited ≈6 km · not measured · ? unverifiable", never "measured not measured · deviation —"
        Span verdict = new Span("Cited " + claim.cited().label() + (claim.measuredInCitedUnit() == null ? " · not measured"
                : " · measured " + ClaimsPanel.measured(claim) + " · deviation " + ClaimsPanel.deviation(claim))
                + " · " + ClaimsPanel.verdict(claim.verdict()));
        verdict.addClassName("pm-claim-verdict");
        verdict.addClassName("pm-claim-" + claim.verdict().name().toLowerCase(Locale.ROOT));
        Span reason = new Span(claim.reason());
        reason.addClassName("pm-excerpt-meta");
        content.add(verdict, reason);
        Span ends = new Span(endpoint(claim.from()) + " → " + endpoint(claim.to()));
        ends.addClassName("pm-excerpt-meta");
        ends.addClassName("pm-gazetteer-entry");
        content.add(ends);
        if (corrector != null) {
            Div fix = new Div();
            fix.addClassName("pm-claim-fix");
            for (Endpoint end : List.of(claim.from(), claim.to())) {
                if (end.end() > end.start()) {
                    Button b = new Button("Correct “" + end.name() + "”",
                            e -> corrector.correct(claim.articleId(), end.start(), end.end()));
                    b.addClassName("pm-fix-end");
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    fix.add(b);
                }
            }
            content.add(fix);
        }
        ReferenceRange range = claim.referencePoints();
        if (range != null && range.maxKm() - range.minKm() >= 0.05) {
            String pairs = range.measurements().stream()
                    .map(m -> m.from().name() + " – " + m.to().name())
                    .distinct()
                    .collect(java.util.stream.Collectors.joining("; "));
            Span spread = new Span(String.format(Locale.ROOT,
                    "Depending on whether a place or a facility nearby named after it (an air base, a port) is taken "
                            + "as its point%s, the distance is %.1f–%.1f km; %s.",
                    pairs.isEmpty() ? "" : " (" + pairs + ")", range.minKm(), range.maxKm(),
                    range.verdictDepends() ? "the verdict depends on that choice" : "the verdict is the same either way"));
            spread.addClassName("pm-claim-spread");
            content.add(spread);
        }
        Excerpt excerpt = mapped.excerpt();
        H3 title = new H3(excerpt.title());
        title.addClassName("pm-excerpt-title");
        Span source = new Span(excerpt.source());
        source.addClassName("pm-excerpt-source");
        content.add(title, source, sentence(excerpt));
    }

    /**
     * The whole article, paragraph by paragraph, with every mention marked; a resolved mention is a link
     * to its place on the map, an unresolved one is marked as such. Boilerplate and reader comments are
     * shown apart from the body.
     */
    void show(ParsedArticle parsed) {
        content.removeAll();
        if (parsed == null) {
            show((MappedPlace) null);
            return;
        }
        Article article = parsed.article();
        if (shownArticle == null || !shownArticle.article().id().equals(article.id())) {
            correcting = false; // another article opens for reading
        }
        shownArticle = parsed;
        heading.setText(article.title());
        int places = ArticleLibrary.placeCount(parsed.mentions());
        long check = parsed.mentions().stream().filter(m -> toReview(m, reviewBelow)).count();
        long decided = parsed.mentions().stream().filter(m -> m.decision() != null).count();
        Span meta = new Span(article.source() + " · " + places + (places == 1 ? " place" : " places") + " · "
                + parsed.unresolvedMentions().size() + " unresolved"
                + (check == 0 ? "" : " · " + check + " to check") + (decided == 0 ? "" : " · " + decided + " corrected"));
        meta.addClassName("pm-excerpt-meta");
        content.add(meta, deleteButton(article.id()));
        if (corrector != null) {
            Button review = new Button(correcting ? "Done correcting" : "Correct places", e -> {
                correcting = !correcting;
                show(shownArticle);
            });
            review.setId("correct-places");
            review.addThemeVariants(ButtonVariant.LUMO_SMALL, correcting ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            content.add(review);
            if (correcting) {
                Button addSelected = new Button("Add a place for the selected words", e -> addSelection(article.id()));
                addSelected.setId("add-selected-place");
                addSelected.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Span how = new Span("Click a marked name to correct it, or select words the parser missed and add them.");
                how.addClassName("pm-excerpt-meta");
                content.add(addSelected, how);
            }
        }
        String text = article.text();
        List<Mention> mentions = parsed.mentions();
        // the paragraphs as [start, end) pairs first (cheap), then their components a page at a time
        List<int[]> paragraphs = new java.util.ArrayList<>();
        java.util.regex.Matcher blank = PARAGRAPH_BREAK.matcher(text);
        int at = 0;
        while (at < text.length()) {
            int end = blank.find(at) ? blank.start() : text.length();
            int resume = end == text.length() ? end : blank.end();
            // the title line is the heading; skip it only when it is the title shown (a title given by the
            // user leaves the text's first line, maybe a subheading, in the body)
            boolean isTitle = article.titleRange().equals(new TextRange(at, end))
                    && text.substring(at, end).strip().startsWith(article.title().strip());
            if (end > at && !isTitle) {
                paragraphs.add(new int[] {at, end});
            }
            at = resume;
        }
        int[] next = {0};
        paged(paragraphs.size(), PARAGRAPHS_PER_PAGE, "paragraphs", i -> {
            int start = paragraphs.get(i)[0];
            while (next[0] < mentions.size() && mentions.get(next[0]).start() < start) {
                next[0]++;
            }
            next[0] = paragraph(text, start, paragraphs.get(i)[1], mentions, next[0], article.zoneAt(start));
        });
    }

    /**
     * Reads the words selected in the article (offsets from the paragraphs' {@code data-start} and the text
     * before the selection in that paragraph, the same UTF-16 units as the stored text) and opens "add" for
     * them.
     */
    private void addSelection(String articleId) {
        getElement().executeJs("""
                const sel = window.getSelection();
                if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
                const range = sel.getRangeAt(0);
                const para = n => (n.nodeType === 1 ? n : n.parentElement).closest('.pm-article-paragraph');
                const p = para(range.startContainer);
                if (!p || p !== para(range.endContainer) || !this.contains(p)) return null;
                const before = document.createRange();
                before.setStart(p, 0);
                before.setEnd(range.startContainer, range.startOffset);
                const s = Number(p.dataset.start) + before.toString().length;
                return s + '-' + (s + range.toString().length);""").then(String.class, span -> {
            if (span == null || !span.matches("\\d+-\\d+")) {
                com.vaadin.flow.component.notification.Notification.show(
                        "Select the words of one paragraph first, then press the button.", 4000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                return;
            }
            String[] se = span.split("-");
            selected(articleId, Integer.parseInt(se[0]), Integer.parseInt(se[1]));
        });
    }

    /**
     * Opens "add" (or the correction of the mention already there) for the words at {@code start..end},
     * trimmed of spaces and punctuation at either end and widened to whole words.
     */
    void selected(String articleId, int start, int end) {
        if (corrector == null || shownArticle == null) {
            return;
        }
        int[] span = wholeWords(shownArticleText(articleId), start, end);
        if (span == null) {
            com.vaadin.flow.component.notification.Notification.show("Select a name: the selection holds no letters.",
                    4000, com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
            return;
        }
        corrector.correct(articleId, span[0], span[1]);
    }

    private java.util.function.Function<String, String> textOf = id -> "";

    /** Where the article texts come from (the database), for snapping a selection to words. */
    void setTextSource(java.util.function.Function<String, String> textOf) {
        this.textOf = textOf;
    }

    private String shownArticleText(String articleId) {
        return textOf.apply(articleId);
    }

    /** {@code start..end} trimmed of non-word characters and widened to whole words; null when nothing is left. */
    static int[] wholeWords(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return null;
        }
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
            s--;
        }
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return new int[] {s, e};
    }

    /** An article that is stored but not on the map, because parsing it failed. */
    void showFailed(ArticleRecord record) {
        content.removeAll();
        heading.setText(record.title());
        Span reason = new Span("Parsing failed: " + record.failureReason()
                + ". The article is kept; it has no places on the map.");
        reason.addClassName("pm-add-error");
        content.add(reason, deleteButton(record.id()));
    }

    private Button deleteButton(String articleId) {
        Button delete = new Button("Delete article", e -> deleteListener.accept(articleId));
        delete.setId("delete-article");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        delete.setVisible(deleteAllowed);
        return delete;
    }

    void onDelete(Consumer<String> listener) {
        this.deleteListener = listener;
    }

    /** Whether the delete button is shown (readers of a team library do not see it). */
    void setDeleteAllowed(boolean allowed) {
        this.deleteAllowed = allowed;
    }

    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

    /** Adds one paragraph; returns the index of the first mention after it. */
    private int paragraph(String text, int start, int end, List<Mention> mentions, int first, Zone zone) {
        Paragraph p = new Paragraph();
        p.addClassName("pm-article-paragraph");
        p.getElement().setAttribute("data-start", Integer.toString(start));
        if (zone == Zone.BOILERPLATE) {
            p.addClassName("pm-boilerplate");
            p.getElement().setAttribute("title", "Site furniture, not part of the article");
        } else if (zone == Zone.COMMENT) {
            p.addClassName("pm-comment");
            p.getElement().setAttribute("title", "Reader comment");
        }
        int at = start;
        int i = first;
        for (; i < mentions.size() && mentions.get(i).end() <= end; i++) {
            Mention m = mentions.get(i);
            if (m.start() < at) {
                continue;
            }
            if (m.start() > at) {
                p.add(new Text(text.substring(at, m.start())));
            }
            Element mark = new Element("mark");
            mark.setText(m.text());
            markState(mark, m);
            if (correcting && corrector != null) {
                if (m.place() == null) {
                    mark.getClassList().add(m.isRejected() ? "pm-rejected" : "pm-unresolved");
                }
                correctable(mark, shownArticle.article().id(), m.start(), m.end(), m.text());
                p.getElement().appendChild(mark);
            } else if (m.isRejected()) {
                mark.getClassList().add("pm-rejected");
                p.getElement().appendChild(mark);
            } else if (m.place() != null) {
                Anchor link = new Anchor("place/" + m.place().id(), "");
                link.getElement().setAttribute("router-link", true);
                link.getElement().setAttribute("title", m.place().name()
                        + (m.form() == Mention.Form.DEMONYM ? " (demonym)" : m.form() == Mention.Form.ASSOCIATIVE ? " (in a name)" : ""));
                link.getElement().appendChild(mark);
                link.addClassName("pm-mention");
                p.add(link);
            } else {
                mark.getClassList().add("pm-unresolved");
                mark.setAttribute("title", "Not found in the gazetteer");
                p.getElement().appendChild(mark);
            }
            at = m.end();
        }
        if (at < end) {
            p.add(new Text(text.substring(at, end)));
        }
        content.add(p);
        return i;
    }

    /** Marks a mention the reader decided, or one the parser is unsure of, with a class and a tooltip. */
    private void markState(Element mark, Mention m) {
        if (m.decision() != null) {
            mark.getClassList().add("pm-decided");
            mark.setAttribute("title", m.isRejected() ? "Not a place (your correction)"
                    : m.place().name() + " (your correction)");
        } else if (toReview(m, reviewBelow)) {
            mark.getClassList().add("pm-check");
            mark.setAttribute("title", String.format(Locale.ROOT, "Check this: %s, the parser is %.0f %% sure",
                    m.place().name(), m.confidence() * 100));
        }
    }

    /** Whether a mention is one to review: the parser's reading, of a place, with a confidence below {@code below}. */
    static boolean toReview(Mention m, double below) {
        return m.decision() == null && m.place() != null && m.confidence() < below;
    }

    /** Makes {@code mark} a button that opens the correction of the name at {@code start..end}. */
    private void correctable(Element mark, String articleId, int start, int end, String name) {
        mark.getClassList().add("pm-correctable");
        mark.setAttribute("role", "button");
        mark.setAttribute("tabindex", "0");
        mark.setAttribute("aria-label", "Correct “" + name.replaceAll("\\s+", " ") + "”");
        mark.setAttribute("data-span", start + "-" + end);
        mark.addEventListener("click", e -> corrector.correct(articleId, start, end));
        mark.addEventListener("keydown", e -> corrector.correct(articleId, start, end))
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .addEventData("event.preventDefault()");
    }

    /** Lets the reader correct mentions through {@code corrector} (null: not allowed). */
    void setCorrector(Corrector corrector) {
        this.corrector = corrector;
    }

    void setMentionLookup(MentionLookup lookup) {
        this.lookup = lookup;
    }

    void setReviewBelow(double below) {
        this.reviewBelow = below;
    }

    private static String endpoint(Endpoint end) {
        if (end.place() == null) {
            return "\"" + end.name() + "\" (not resolved)";
        }
        var p = end.place();
        return String.format(Locale.ROOT, "%s (%.4f, %.4f · %s)", p.name(), p.point().latitudeDeg(),
                p.point().longitudeDeg(), p.id());
    }

    private Paragraph sentence(Excerpt excerpt) {
        Paragraph p = new Paragraph();
        p.addClassName("pm-excerpt");
        if (excerpt.comment()) {
            // a reader's comment below the article, not the article itself
            p.addClassName("pm-comment");
            Span label = new Span("Reader comment: ");
            label.addClassName("pm-comment-label");
            p.add(label);
        }
        String text = excerpt.text();
        int at = 0;
        for (Excerpt.Span h : excerpt.highlights()) {
            if (h.start() > at) {
                p.add(new Text(text.substring(at, h.start())));
            }
            Element mark = new Element("mark");
            mark.setText(text.substring(h.start(), h.end()));
            if (h.textStart() >= 0) {
                Mention m = lookup.at(excerpt.articleId(), h.textStart(), h.textEnd()).orElse(null);
                if (m != null) {
                    markState(mark, m);
                }
                if (corrector != null && m != null) {
                    correctable(mark, excerpt.articleId(), h.textStart(), h.textEnd(), m.text());
                }
            }
            p.getElement().appendChild(mark);
            at = h.end();
        }
        if (at < text.length()) {
            p.add(new Text(text.substring(at)));
        }
        return p;
    }
}
