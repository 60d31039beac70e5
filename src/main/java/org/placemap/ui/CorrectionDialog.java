package org.placemap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.Corrections;
import org.placemap.library.Corrections.Scope;
import org.placemap.library.StoredArticle;

/**
 * Correcting one mention, or adding a missed one, in at most two clicks: the dialog opens on the name, and
 * one click on a listed place (the parser's runner-up candidates and the gazetteer's entries for the name),
 * on a place found by search, or on "Not a place" applies it and closes. How far it reaches (this mention,
 * every mention of the name in the article, in the library) is chosen first and defaults to this mention.
 * Nothing is written until a place is clicked; the result goes to {@code done}, which offers undo.
 */
final class CorrectionDialog extends Dialog {
    /** Places listed to choose from, at most. */
    static final int MAX_CHOICES = 8;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ROOT);

    private final ArticleLibrary library;
    private final String articleId;
    private final int start;
    private final int end;
    private final String user;
    private final Consumer<Corrections.Result> done;
    private final Mention mention;
    private final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();

    /**
     * @param mention the mention at {@code start..end} as the reader sees it, or null to add one there
     * @param name    the name as written at {@code start..end}
     */
    CorrectionDialog(ArticleLibrary library, Gazetteer gazetteer, String articleId, int start, int end, String name,
            Mention mention, String user, Consumer<Corrections.Result> done) {
        this.library = library;
        this.articleId = articleId;
        this.start = start;
        this.end = end;
        this.user = user;
        this.done = done;
        this.mention = mention;
        setId("correction-dialog");
        setHeaderTitle((mention == null ? "Add “" : "Correct “") + oneLine(name) + "”");
        setWidth("min(34rem, 96vw)");

        StoredArticle article = library.stored(articleId).orElse(null);
        Paragraph now = new Paragraph(now(mention, article));
        now.addClassName("pm-correction-now");
        add(now);

        scopeChoice(name, article);
        add(scope);

        Div choices = new Div();
        choices.addClassName("pm-correction-choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", "Places to choose");
        for (Place p : choices(gazetteer, name, mention)) {
            boolean current = mention != null && mention.place() != null && mention.place().id().equals(p.id());
            Button b = new Button((current ? "Keep: " : "") + PlaceSearch.label(p), e -> apply(p.id()));
            b.addClassName("pm-correction-choice");
            if (current) {
                b.setId("correction-keep"); // confirming the parser's reading makes it a decision that outlives a reparse
            }
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("data-place", p.id());
            choices.add(b);
        }
        if (choices.getChildren().findAny().isPresent()) {
            add(new Span("Choose the place it names:"), choices);
        }

        ComboBox<Place> other = new ComboBox<>("Another place");
        other.setId("correction-search");
        other.setPlaceholder("Search the gazetteer");
        other.setWidthFull();
        other.setItemLabelGenerator(PlaceSearch::label);
        PlaceSearch.lookUpIn(other, gazetteer);
        other.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(e.getValue().id());
            }
        });
        add(other);

        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("correction-cancel");
        if (mention != null && !mention.isRejected()) {
            Button notAPlace = new Button("Not a place", e -> apply(null));
            notAPlace.setId("correction-not-a-place");
            notAPlace.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(notAPlace);
        }
        getFooter().add(cancel);
    }

    /** What the mention is now, and who decided it: "In “…”: Tadmur · City or town · SY — the parser's reading, 85 % sure." */
    static String now(Mention m, StoredArticle article) {
        String in = article == null ? "" : "In “" + article.record().title() + "”: ";
        if (m == null) {
            return in + "not found by the parser. Choose the place these words name.";
        }
        String what = m.isRejected() ? "not a place" : m.place() == null ? "not found in the gazetteer"
                : PlaceSearch.label(m.place());
        String who;
        if (m.decision() != null) {
            who = "a reader's correction" + (m.decision().by() == null ? "" : " by " + m.decision().by()) + ", "
                    + WHEN.format(m.decision().at().atZone(ZoneId.systemDefault()));
        } else if (m.place() != null) {
            who = String.format(Locale.ROOT, "the parser's reading, %.0f %% sure", m.confidence() * 100);
        } else {
            who = "the parser's reading";
        }
        return in + what + " — " + who + ".";
    }

    private void scopeChoice(String name, StoredArticle article) {
        String key = Corrections.nameKey(name);
        // the parser's same-name mentions here, and the occurrences it missed (an added name is one of those)
        long inArticle = article == null ? 1 : article.mentions().stream()
                .filter(m -> Corrections.nameKey(m.text()).equals(key)).count()
                + Corrections.unmarked(article, name).size();
        scope.setId("correction-scope");
        scope.setLabel("Apply to");
        scope.setItems(Scope.MENTION, Scope.ARTICLE, Scope.LIBRARY);
        scope.setItemLabelGenerator(s -> switch (s) {
            case MENTION -> "This mention";
            case ARTICLE -> "All " + inArticle + " “" + oneLine(name) + "” in this article";
            case LIBRARY -> "Every “" + oneLine(name) + "” in every article";
        });
        scope.setValue(Scope.MENTION);
    }

    /**
     * The places offered: the mention's place and its runner-up candidates, then the gazetteer's entries for
     * the name; the current place last-but-listed so that choosing it confirms the parser's reading.
     */
    static List<Place> choices(Gazetteer gazetteer, String name, Mention m) {
        Map<String, Place> out = new LinkedHashMap<>();
        if (m != null) {
            for (Candidate c : m.alternatives()) {
                out.putIfAbsent(c.place().id(), c.place());
            }
        }
        for (Place p : PlaceSearch.results(gazetteer, name)) {
            if (out.size() >= MAX_CHOICES) {
                break;
            }
            out.putIfAbsent(p.id(), p);
        }
        if (m != null && m.place() != null) {
            out.remove(m.place().id());
            // confirming the parser's choice is a decision too (it then stands through a reparse)
            if (m.decision() == null) {
                out.put(m.place().id(), m.place());
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Applies the choice ({@code placeId} null: not a place), closes, and reports. */
    void apply(String placeId) {
        Corrections.Result r;
        try {
            r = mention == null ? library.corrections().add(articleId, start, end, placeId, scope.getValue(), user)
                    : library.corrections().correct(articleId, start, end, placeId, scope.getValue(), user);
        } catch (Corrections.CorrectionException e) {
            com.vaadin.flow.component.notification.Notification.show(e.getMessage(), 6000,
                    com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
            return;
        }
        close();
        done.accept(r);
    }

    RadioButtonGroup<Scope> scope() {
        return scope;
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
