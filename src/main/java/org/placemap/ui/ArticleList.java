package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.placemap.geoparse.ParsedArticle;

/**
 * The articles as a sortable table: title, outlet, number of places; choosing a row reports the
 * article; {@link #show} selects a row without reporting it back.
 */
class ArticleList extends Composite<VerticalLayout> {

    private final Grid<ParsedArticle> grid = new Grid<>();
    private Consumer<ParsedArticle> listener = a -> {};
    private boolean updating;

    ArticleList() {
        grid.addColumn(p -> p.article().title()).setHeader("Title").setKey("title")
                .setSortable(true).setComparator(Comparator.comparing((ParsedArticle p) -> p.article().title(),
                        String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(3);
        grid.addColumn(p -> p.article().source()).setHeader("Source").setKey("source")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(ArticleList::placeCount).setHeader("Places").setKey("places")
                .setSortable(true).setComparator(Comparator.comparingLong(ArticleList::placeCount))
                .setFlexGrow(0).setWidth("5.5em");
        grid.setTooltipGenerator(p -> p.article().title());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Articles");
        grid.setId("article-list");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                listener.accept(e.getValue());
            }
        });
        VerticalLayout layout = getContent();
        layout.addClassName("pm-article-list");
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(grid);
        layout.setFlexGrow(1, grid);
    }

    void setArticles(List<ParsedArticle> articles) {
        updating = true;
        try {
            grid.setItems(articles);
        } finally {
            updating = false;
        }
    }

    void addSelectionListener(Consumer<ParsedArticle> listener) {
        this.listener = listener;
    }

    /** Selects and scrolls to the article with this id (or clears the selection) without notifying the listener. */
    void show(String articleId) {
        updating = true;
        try {
            ParsedArticle found = articleId == null ? null : grid.getListDataView().getItems()
                    .filter(p -> p.article().id().equals(articleId)).findFirst().orElse(null);
            if (found == null) {
                grid.asSingleSelect().clear();
            } else {
                grid.select(found);
                grid.scrollToItem(found);
            }
        } finally {
            updating = false;
        }
    }

    Grid<ParsedArticle> grid() {
        return grid;
    }

    /** Distinct resolved places mentioned outside boilerplate. */
    static long placeCount(ParsedArticle p) {
        return p.resolvedMentions().stream()
                .filter(m -> m.zone() != org.placemap.corpus.Zone.BOILERPLATE)
                .map(m -> m.place().id()).distinct().count();
    }
}
