package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.placemap.atlas.Excerpt;
import org.placemap.atlas.MappedPlace;

/**
 * The excerpts of the selected place, grouped by article, with the mentions marked. Article text is
 * untrusted, so everything is added as text nodes and {@code <mark>} elements, never as HTML.
 */
class ExcerptPanel extends Composite<Div> {

    private final H2 heading = new H2("Excerpts");
    private final Div content = new Div();

    ExcerptPanel() {
        Div root = getContent();
        root.addClassName("pm-excerpts");
        root.setId("excerpts");
        root.getElement().setAttribute("aria-live", "polite");
        root.add(heading, content);
        show(null);
    }

    void show(MappedPlace place) {
        content.removeAll();
        if (place == null) {
            heading.setText("Excerpts");
            content.add(new Paragraph("Choose a place on the map or in the list to read what the articles say about it."));
            return;
        }
        heading.setText(place.label());
        Span meta = new Span(PlaceCategories.label(place.place().kind()) + " · " + place.mentionCount()
                + (place.mentionCount() == 1 ? " mention" : " mentions") + " in " + place.articleCount()
                + (place.articleCount() == 1 ? " article" : " articles"));
        meta.addClassName("pm-excerpt-meta");
        var gp = place.place();
        Span where = new Span(String.format(java.util.Locale.ROOT, "%s%s · %.4f, %.4f · %s", gp.name(),
                gp.countryCode().isEmpty() ? "" : " (" + gp.countryCode() + ")",
                gp.point().latitudeDeg(), gp.point().longitudeDeg(), gp.id()));
        where.addClassName("pm-excerpt-meta");
        where.addClassName("pm-gazetteer-entry");
        content.add(meta, where);
        String currentArticle = null;
        for (Excerpt excerpt : place.excerpts()) {
            if (!excerpt.articleId().equals(currentArticle)) {
                currentArticle = excerpt.articleId();
                H3 title = new H3(excerpt.title());
                title.addClassName("pm-excerpt-title");
                Span source = new Span(excerpt.source());
                source.addClassName("pm-excerpt-source");
                content.add(title, source);
            }
            content.add(sentence(excerpt));
        }
    }

    private static Paragraph sentence(Excerpt excerpt) {
        Paragraph p = new Paragraph();
        p.addClassName("pm-excerpt");
        String text = excerpt.text();
        int at = 0;
        for (Excerpt.Span h : excerpt.highlights()) {
            if (h.start() > at) {
                p.add(new Text(text.substring(at, h.start())));
            }
            Element mark = new Element("mark");
            mark.setText(text.substring(h.start(), h.end()));
            p.getElement().appendChild(mark);
            at = h.end();
        }
        if (at < text.length()) {
            p.add(new Text(text.substring(at)));
        }
        return p;
    }
}
