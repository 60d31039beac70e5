package org.placemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.atlas.Excerpt;
import org.placemap.atlas.MappedPlace;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/** Article text is untrusted: it must reach the page as text, never as markup. */
class ExcerptPanelTest {
    private static final Place PLACE = new Place("test:x", "Hama", List.of(), new GeoPoint(35, 36),
            PlaceKind.POPULATED_PLACE, "P", "PPL", "SY", "", 0);

    @Test
    void markupInArticleTextAndTitleStaysText() {
        String sentence = "<script>alert(1)</script> Hama <img src=x onerror=alert(2)>";
        int at = sentence.indexOf("Hama");
        Excerpt excerpt = new Excerpt("a1", "<b onmouseover=alert(3)>Title</b>", "<i>src</i>", sentence, 0,
                List.of(new Excerpt.Span(at, at + 4)), false);
        ExcerptPanel panel = new ExcerptPanel();
        panel.show(new MappedPlace(PLACE, "Hama", List.of(excerpt), 1));

        List<String> tags = new ArrayList<>();
        collectTags(panel.getElement(), tags);
        assertThat(tags).doesNotContain("script", "img", "b", "i");
        assertThat(panel.getElement().getTextRecursively())
                .contains("<script>alert(1)</script>")
                .contains("<img src=x onerror=alert(2)>")
                .contains("<b onmouseover=alert(3)>Title</b>");
        assertThat(tags).contains("mark");
    }

    @Test
    void theMentionIsMarkedAndTheSentenceKeptWhole() {
        String sentence = "The city of Hama lies about 50 miles from Tartus.";
        int at = sentence.indexOf("Hama");
        Excerpt excerpt = new Excerpt("a1", "T", "S", sentence, 0, List.of(new Excerpt.Span(at, at + 4)), false);
        ExcerptPanel panel = new ExcerptPanel();
        panel.show(new MappedPlace(PLACE, "Hama", List.of(excerpt), 1));

        List<Element> marks = new ArrayList<>();
        findTag(panel.getElement(), "mark", marks);
        assertThat(marks).singleElement().extracting(Element::getText).isEqualTo("Hama");
        assertThat(panel.getElement().getTextRecursively()).contains(sentence);
    }

    @Test
    void articleViewShowsTheWholeTextAsTextWithResolvedMentionsLinkedToTheirPlace() {
        String text = "A <b>bold</b> title about Hama\n\nFighting near Hama <script>alert(1)</script> and Qarqur.\n\n"
                + "Second paragraph, no places.\n";
        org.placemap.corpus.Article article = org.placemap.corpus.CorpusLoader.article("a1", text);
        int hama = text.indexOf("Hama", text.indexOf("Fighting"));
        int qarqur = text.indexOf("Qarqur");
        var mentions = List.of(
                new org.placemap.geoparse.Mention(hama, hama + 4, "Hama", org.placemap.geoparse.Mention.Form.NAME,
                        article.zoneAt(hama), PLACE, 0.9, List.of()),
                new org.placemap.geoparse.Mention(qarqur, qarqur + 6, "Qarqur", org.placemap.geoparse.Mention.Form.NAME,
                        article.zoneAt(qarqur), null, 0, List.of()));
        ExcerptPanel panel = new ExcerptPanel();
        panel.show(new org.placemap.geoparse.ParsedArticle(article, mentions));

        List<String> tags = new ArrayList<>();
        collectTags(panel.getElement(), tags);
        assertThat(tags).doesNotContain("script", "b");
        String shown = panel.getElement().getTextRecursively();
        assertThat(shown).contains("Fighting near Hama <script>alert(1)</script> and Qarqur.")
                .contains("Second paragraph, no places.");
        List<Element> links = new ArrayList<>();
        findTag(panel.getElement(), "a", links);
        assertThat(links).singleElement().satisfies(a -> {
            assertThat(a.getAttribute("href")).isEqualTo("place/test:x");
            assertThat(a.getTextRecursively()).isEqualTo("Hama");
        });
        List<Element> marks = new ArrayList<>();
        findTag(panel.getElement(), "mark", marks);
        assertThat(marks).extracting(Element::getTextRecursively).containsExactly("Hama", "Qarqur");
        assertThat(marks.get(1).getClassList()).contains("pm-unresolved");
    }

    @Test
    void anExcerptFromAReaderCommentSaysSo() {
        String sentence = "I visited Hama once.";
        Excerpt fromComment = new Excerpt("a1", "T", "S", sentence, 0, List.of(new Excerpt.Span(10, 14)), true);
        Excerpt fromBody = new Excerpt("a1", "T", "S", "Fighting near Hama.", 30, List.of(new Excerpt.Span(14, 18)), false);
        ExcerptPanel panel = new ExcerptPanel();
        panel.show(new MappedPlace(PLACE, "Hama", List.of(fromBody, fromComment), 2));

        String shown = panel.getElement().getTextRecursively();
        assertThat(shown).contains("Reader comment: I visited Hama once.");
        assertThat(shown).doesNotContain("Reader comment: Fighting");
    }

    private static void collectTags(Element e, List<String> out) {
        if (!e.isTextNode()) {
            out.add(e.getTag());
        }
        e.getChildren().forEach(c -> collectTags(c, out));
    }

    private static void findTag(Element e, String tag, List<Element> out) {
        if (!e.isTextNode() && tag.equals(e.getTag())) {
            out.add(e);
        }
        e.getChildren().forEach(c -> findTag(c, tag, out));
    }

    @Test
    void aPlaceWithThousandsOfExcerptsIsSentAPageAtATime() {
        List<Excerpt> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String sentence = "Report " + i + ": shelling near Hama.";
            int at = sentence.indexOf("Hama");
            many.add(new Excerpt("a" + (i / 50), "Title " + (i / 50), "S", sentence, 0, List.of(new Excerpt.Span(at, at + 4)), false));
        }
        ExcerptPanel panel = new ExcerptPanel();
        panel.show(new MappedPlace(PLACE, "Hama", many, 250));
        assertThat(marks(panel)).hasSize(ExcerptPanel.EXCERPTS_PER_PAGE);

        List<com.vaadin.flow.component.button.Button> more = showMoreButtons(panel);
        assertThat(more).singleElement().extracting(b -> b.getText()).isEqualTo("Show more (100 of 250 excerpts shown)");
        more.getFirst().click();
        assertThat(marks(panel)).hasSize(200);
        showMoreButtons(panel).getFirst().click();
        assertThat(marks(panel)).hasSize(250);
        assertThat(showMoreButtons(panel)).isEmpty();
        assertThat(panel.getElement().getTextRecursively()).contains("Report 249: shelling near Hama.");
    }

    @Test
    void aHugeArticleIsSentAPageOfParagraphsAtATime() {
        StringBuilder text = new StringBuilder("Dispatches from the west of Syria\n\n");
        for (int i = 0; i < 400; i++) {
            text.append("Paragraph ").append(i).append(" about Hama.\n\n");
        }
        org.placemap.corpus.Article article = org.placemap.corpus.CorpusLoader.article("a1", text.toString());
        List<org.placemap.geoparse.Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf("Hama"); at >= 0; at = text.indexOf("Hama", at + 4)) {
            mentions.add(new org.placemap.geoparse.Mention(at, at + 4, "Hama", org.placemap.geoparse.Mention.Form.NAME,
                    article.zoneAt(at), PLACE, 0.9, List.of()));
        }
        ExcerptPanel panel = new ExcerptPanel();
        panel.show(new org.placemap.geoparse.ParsedArticle(article, mentions));
        assertThat(marks(panel)).hasSize(ExcerptPanel.PARAGRAPHS_PER_PAGE);
        assertThat(panel.getElement().getTextRecursively()).contains("Paragraph 149 about Hama.")
                .doesNotContain("Paragraph 150 about Hama.");
        showMoreButtons(panel).getFirst().click();
        assertThat(panel.getElement().getTextRecursively()).contains("Paragraph 150 about Hama.")
                .as("the mentions of the next page are marked too").contains("Paragraph 299 about Hama.");
        assertThat(marks(panel)).hasSize(300);
    }

    private static List<Element> marks(ExcerptPanel panel) {
        List<Element> marks = new ArrayList<>();
        findTag(panel.getElement(), "mark", marks);
        List<Element> links = new ArrayList<>();
        findTag(panel.getElement(), "a", links);
        return marks.isEmpty() ? links : marks;
    }

    private static List<com.vaadin.flow.component.button.Button> showMoreButtons(ExcerptPanel panel) {
        List<com.vaadin.flow.component.button.Button> out = new ArrayList<>();
        collect(panel, out);
        return out;
    }

    private static void collect(com.vaadin.flow.component.Component c, List<com.vaadin.flow.component.button.Button> out) {
        if (c instanceof com.vaadin.flow.component.button.Button b && b.getText().startsWith("Show more")) {
            out.add(b);
        }
        c.getChildren().forEach(child -> collect(child, out));
    }
}
