package org.placemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.placemap.library.ArticleRecord;

/**
 * The stored articles as a sortable table: title, outlet, number of places (or "failed" when the parse
 * failed); choosing a row reports the
 * article; {@link #show} selects a row without reporting it back.
 */
class ArticleList extends Composite<VerticalLayout> {

    private final Grid<ArticleRecord> grid = new Grid<>();
    private Consumer<ArticleRecord> listener = a -> {};
    private boolean updating;

    ArticleList() {
        grid.addColumn(ArticleRecord::title).setHeader("Title").setKey("title")
                .setSortable(true).setComparator(Comparator.comparing(ArticleRecord::title, String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(3);
        grid.addColumn(ArticleRecord::source).setHeader("Source").setKey("source")
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(r -> r.status() == ArticleRecord.Status.FAILED ? "failed" : String.valueOf(r.placeCount()))
                .setHeader("Places").setKey("places")
                .setSortable(true).setComparator(Comparator.comparingInt(ArticleRecord::placeCount))
                .setFlexGrow(0).setWidth("5.5em");
        grid.setTooltipGenerator(r -> r.title() + (r.failureReason() == null ? "" : " (parsing failed: " + r.failureReason() + ")"));
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

    void setArticles(List<ArticleRecord> articles) {
        updating = true;
        try {
            grid.setItems(articles);
        } finally {
            updating = false;
        }
    }

    void addSelectionListener(Consumer<ArticleRecord> listener) {
        this.listener = listener;
    }

    /** Selects and scrolls to the article with this id (or clears the selection) without notifying the listener. */
    void show(String articleId) {
        updating = true;
        try {
            ArticleRecord found = articleId == null ? null : grid.getListDataView().getItems()
                    .filter(r -> r.id().equals(articleId)).findFirst().orElse(null);
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

    Grid<ArticleRecord> grid() {
        return grid;
    }
}
