package org.placemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.placemap.geoparse.Mention;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.placemap.atlas.Atlas;
import org.placemap.atlas.MappedClaim;
import org.placemap.atlas.MappedPlace;
import org.placemap.claims.DistanceClaim;
import org.placemap.gazetteer.PlaceKind.MapCategory;
import org.placemap.geoparse.ParsedArticle;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import org.placemap.accounts.Access;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.ArticleRecord;
import java.util.concurrent.Executor;
import org.placemap.system.PlacemapConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.placemap.map.GeoMap;
import org.placemap.system.PlacemapProperties;

/**
 * The map of every place the articles mention, with lists of the places, the distance claims and the
 * articles beside it, and a detail panel for what is selected. Map and lists stay in step: choosing in
 * one selects in the others. Every selection has its own address ({@code /place/{id}},
 * {@code /claim/{id}}, {@code /article/{id}}), so it can be linked to, and back/forward move between
 * selections.
 */
@com.vaadin.flow.component.dependency.JsModule("./components/a11y-fixes.ts")
@Route("")
@RouteAlias("place/:placeId")
@RouteAlias("claim/:claimId")
@RouteAlias("article/:articleId")
public class MapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The closest zoom a move to a chosen place or claim may reach (a town and its surroundings). */
    static final double SELECTION_MAX_ZOOM = 9;
    /** The closest zoom a fit to an article's or a filter's places may reach. */
    static final double AREA_MAX_ZOOM = 8;

    private final ArticleLibrary library;
    private final PlaceSearch search;
    /** The gazetteer place last found with the search box that no article shown mentions, or null. */
    private org.placemap.gazetteer.Place found;
    private final Executor executor;
    private final Access access;
    private LiveUpdates liveUpdates;
    private Atlas atlas;
    /** The atlas narrowed to the chosen articles; what the map and the lists show. */
    private Atlas shown;
    private final GeoMap map = new GeoMap();
    private final PlaceList placeList = new PlaceList();
    private final ClaimsPanel claims = new ClaimsPanel();
    private final ArticleList articleList = new ArticleList();
    private final ExcerptPanel excerpts = new ExcerptPanel();
    private final MeasurePanel measure = new MeasurePanel();
    private final TabSheet lists = new TabSheet();
    private final Tab placesTab = new Tab();
    private final Tab claimsTab = new Tab();
    private final Tab articlesTab = new Tab();
    private final Span summary = new Span();
    private final MultiSelectComboBox<ParsedArticle> articleFilter = new MultiSelectComboBox<>();
    private final CheckboxGroup<MapCategory> kindFilter = new CheckboxGroup<>();
    /** Phone only (CSS): unfolds the date and kind filters; says how many of them hold something back. */
    private final Button filtersToggle = new Button("Filters");
    private List<GeoMap.Line> claimLines = List.of();
    private List<GeoMap.Line> measureLine = List.of();
    private String title = "placemap";
    private com.vaadin.flow.component.contextmenu.MenuItem exportShownOnly;
    private boolean filtering;
    /** The article shown in the detail panel, or null. */
    private String selectedArticleId;
    /** The claim shown in the detail panel (drawn or not: an unmeasured claim has no line to select), or null. */
    private String selectedClaimId;
    private final org.placemap.gazetteer.Gazetteer gazetteer;
    /** placemap.review-below: places with a parser's mention less sure than this are "to check". */
    private final double reviewBelow;
    private final com.vaadin.flow.component.checkbox.Checkbox reviewFilter = new com.vaadin.flow.component.checkbox.Checkbox("To check");
    private final com.vaadin.flow.component.datepicker.DatePicker dateFrom = new com.vaadin.flow.component.datepicker.DatePicker();
    private final com.vaadin.flow.component.datepicker.DatePicker dateTo = new com.vaadin.flow.component.datepicker.DatePicker();
    /** Each article's publication date (absent when it has none), from the library's records. */
    private Map<String, java.time.LocalDate> published = Map.of();
    /** The newest correction made in this view that is not undone (its batch), or null; the header's Undo takes it back. */
    private org.placemap.library.Corrections.Result lastCorrection;
    private final Button undoCorrection = new Button("Undo correction");

    public MapView(ArticleLibrary library, PlacemapProperties properties,
            @Qualifier(PlacemapConfiguration.ARTICLE_PARSING) Executor executor, Access access,
            org.placemap.gazetteer.Gazetteer gazetteer) {
        this.library = library;
        this.search = new PlaceSearch(gazetteer);
        search.onChoose(this::showFound);
        this.executor = executor;
        this.access = access;
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        map.setId("map");
        map.setTileLayer(properties.tileUrl(), properties.tileAttribution());
        map.setAreaLabels(SeaLabels.of(gazetteer));
        measure.onLineChange(line -> {
            measureLine = line.stream().toList();
            drawLines();
        });
        measure.onPickingChange(map::setPicking);
        map.addMarkerClickListener(event -> {
            if (foundPin() != null && found.id().equals(event.getMarkerId())) {
                if (measure.isPicking()) {
                    measure.pick(found.name(), found.point());
                } else {
                    showFound(found);
                }
            } else if (measure.isPicking()) {
                shown.place(event.getMarkerId()).ifPresent(measure::pick);
            } else {
                go("place", event.getMarkerId());
            }
        });
        map.addLineClickListener(event -> go("claim", event.getLineId()));
        map.addMapClickListener(event -> {
            if (measure.isPicking()) {
                measure.pick(event.getLat(), event.getLon());
            }
        });

        placeList.addSelectionListener(place -> {
            go("place", place == null ? null : place.id());
            revealDetailsOnPhone(place != null);
        });
        claims.addSelectionListener(claim -> {
            go("claim", claim == null ? null : claim.id());
            revealDetailsOnPhone(claim != null);
        });
        claims.onFilterChange(this::syncClaimLines);
        articleList.addSelectionListener(article -> {
            go("article", article == null ? null : article.id());
            revealDetailsOnPhone(article != null);
        });
        excerpts.onDelete(this::confirmDelete);
        excerpts.setDeleteAllowed(access.canWrite());
        this.gazetteer = gazetteer;
        excerpts.setCorrector(access.canWrite() ? this::openCorrection : null);
        excerpts.setMentionLookup((a, s, e) -> library.stored(a).flatMap(st -> st.mentionAt(s, e)));
        excerpts.setTextSource(id -> library.stored(id).map(org.placemap.library.StoredArticle::text).orElse(""));
        excerpts.setReviewBelow(properties.reviewBelow());
        placeList.setReviewBelow(properties.reviewBelow());
        this.reviewBelow = properties.reviewBelow();
        lists.add(placesTab, placeList);
        lists.add(claimsTab, claims);
        lists.add(articlesTab, articleList);
        lists.addClassName("pm-lists");
        lists.setId("lists");

        com.vaadin.flow.component.html.Section side = new com.vaadin.flow.component.html.Section(lists, measure, excerpts);
        side.addClassName("pm-side");
        side.getElement().setAttribute("aria-label", "Lists and details");
        lists.getElement().setAttribute("tabindex", "-1"); // the skip link's target

        // the lists come before the map in the page, so Tab reaches them before hundreds of markers; CSS
        // shows the map first (left, or on top on a phone)
        com.vaadin.flow.component.html.Main body = new com.vaadin.flow.component.html.Main(side, map);
        body.addClassName("pm-body");

        Anchor skip = new Anchor("#lists", "Skip to the lists");
        skip.addClassName("pm-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        com.vaadin.flow.component.html.Header top = new com.vaadin.flow.component.html.Header(skip, header(), filters());
        top.addClassName("pm-top");
        add(top, body);
        setFlexGrow(1, body);
        setAtlas(library.atlas());
        MapFocus.of(shown.places()).ifPresent(map::setFocus);
    }

    private Div header() {
        H1 heading = new H1("placemap");
        summary.addClassName("pm-summary");
        Button addArticles = new Button("Add articles", VaadinIcon.PLUS.create(), e -> openAddDialog());
        addArticles.setId("add-articles");
        addArticles.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addArticles.setVisible(access.canWrite());
        MenuBar export = new MenuBar();
        export.setId("export");
        export.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        var menu = export.addItem("Export").getSubMenu();
        exportShownOnly = menu.addItem("Only what is shown");
        exportShownOnly.setCheckable(true);
        exportShownOnly.setId("export-shown-only");
        menu.addSeparator();
        for (String[] item : new String[][] {
                {"Places (GeoJSON)", "api/places.geojson", "placemap-places.geojson", "places"},
                {"Places (CSV)", "api/places.csv", "placemap-places.csv", "places"},
                {"Mentions (CSV)", "api/mentions.csv", "placemap-mentions.csv", "places"},
                {"Distance claims (GeoJSON)", "api/claims.geojson", "placemap-claims.geojson", "claims"},
                {"Distance claims (CSV)", "api/claims.csv", "placemap-claims.csv", "claims"}}) {
            // the whole item downloads, by click or by keyboard (Enter, Space), not only its text
            var entry = menu.addItem(item[0], e -> download(exportUrl(item[1], item[3].equals("claims")), item[2]));
            entry.setId("export-" + item[2].replace("placemap-", "").replace('.', '-'));
        }
        undoCorrection.setId("undo-correction");
        undoCorrection.setAriaLabel("Undo correction"); // on a phone only the icon shows
        undoCorrection.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        undoCorrection.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        undoCorrection.setVisible(false);
        undoCorrection.addClickListener(e -> undoLastCorrection());
        Div header = new Div(heading, summary, addArticles, undoCorrection, export);
        if (access.accountsEnabled()) {
            header.add(account());
        }
        header.addClassName("pm-header");
        return header;
    }

    /**
     * The address of an export; with "Only what is shown" checked, with the map's filters as its parameters
     * (the articles chosen, the kinds of place shown, and for claims the verdicts shown); null when the
     * filters show nothing of that export.
     */
    String exportUrl(String path, boolean claimsExport) {
        if (exportShownOnly == null || !exportShownOnly.isChecked()) {
            return path;
        }
        List<String> params = new ArrayList<>();
        articleFilter.getValue().forEach(p -> params.add("article=" + URLEncoder.encode(p.article().id(), StandardCharsets.UTF_8)));
        if (claimsExport) {
            claims.verdicts().getValue().forEach(v -> params.add("verdict=" + v.name().toLowerCase(Locale.ROOT)));
            if (claims.verdicts().getValue().isEmpty()) {
                return null; // no verdict chosen: nothing is shown
            }
        } else {
            kindFilter.getValue().forEach(k -> params.add("kind=" + k.name().toLowerCase(Locale.ROOT)));
            if (kindFilter.getValue().isEmpty()) {
                return null;
            }
        }
        return params.isEmpty() ? path : path + "?" + String.join("&", params);
    }

    /** Has the browser download {@code url} as {@code fileName} (an anchor with a download attribute, clicked). */
    private void download(String url, String fileName) {
        if (url == null) {
            Notification.show("Nothing is shown to export: the filters hide every item.", 4000,
                    Notification.Position.BOTTOM_START);
            return;
        }
        getElement().executeJs("const a = document.createElement('a'); a.href = $0; a.download = $1;"
                + " a.setAttribute('router-ignore', ''); document.body.appendChild(a); a.click(); a.remove();",
                url, fileName);
    }

    /** In team mode: who is logged in, with a button to log out (or a link to log in). */
    private Component account() {
        String user = access.userName();
        if (user == null) {
            Anchor login = new Anchor("login", "Log in");
            login.setId("login-link");
            login.getElement().setAttribute("router-ignore", true);
            return login;
        }
        Span who = new Span(user + (access.canWrite() ? " (editor)" : " (reader)"));
        who.setId("account-name");
        Button logout = new Button("Log out", e -> {
            UI.getCurrent().getPage().setLocation("logout");
        });
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div box = new Div(who, logout);
        box.addClassName("pm-account");
        return box;
    }

    private void openAddDialog() {
        if (!access.canWrite()) {
            Notification.show(access.whyNoWrite(), 4000, Notification.Position.BOTTOM_START);
            return;
        }
        AddArticlesDialog dialog = new AddArticlesDialog(library, executor, access::canWrite);
        dialog.onAdded(record -> {
            setAtlas(library.atlas());
            // show the new article while the user is still adding; once the dialog is closed, parses that
            // finish later must not pull the user away from what they are reading
            if (dialog.isOpened()) {
                go("article", record.id());
            } else {
                Notification.show("Added “" + record.title() + "”", 4000, Notification.Position.BOTTOM_START);
            }
        });
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        // articles added or deleted anywhere (this session, another one, the REST API) show up here, through
        // a feed that queues at most one refresh and drops tabs that have gone silent
        LiveUpdates feed = new LiveUpdates(ui, () -> setAtlas(library.atlas()));
        liveUpdates = feed;
        feed.listeningWith(library.addChangeListener(newAtlas -> feed.changed()));
        setAtlas(library.atlas()); // changes made while detached
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveUpdates != null) {
            liveUpdates.close();
            liveUpdates = null;
        }
        super.onDetach(event);
    }

    /** Deletes an article after the user confirms, then shows the map without it. */
    void confirmDelete(String articleId) {
        if (!access.canWrite()) {
            Notification.show(access.whyNoWrite(), 4000, Notification.Position.BOTTOM_START);
            return;
        }
        ArticleRecord record = library.article(articleId).orElse(null);
        if (record == null) {
            Notification.show("This article has already been deleted.", 4000, Notification.Position.BOTTOM_START);
            go("article", null);
            return;
        }
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Delete this article?");
        confirm.setId("delete-dialog");
        confirm.add(new Paragraph("“" + record.title() + "” will be removed with its " + record.mentionCount()
                + " place mentions and " + record.claimCount() + " distance claims. This cannot be undone."));
        Button delete = new Button("Delete", e -> {
            confirm.close();
            if (!access.canWrite()) {
                Notification.show(access.whyNoWrite(), 4000, Notification.Position.BOTTOM_START);
                return;
            }
            if (library.delete(articleId)) {
                setAtlas(library.atlas());
                Notification.show("Deleted “" + record.title() + "”", 4000, Notification.Position.BOTTOM_START);
            }
            go("article", null);
        });
        delete.setId("delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> confirm.close());
        confirm.getFooter().add(cancel, delete);
        confirm.open();
    }

    private Div filters() {
        articleFilter.setPlaceholder("All articles");
        articleFilter.setAriaLabel("Show the places of these articles");
        articleFilter.setItemLabelGenerator(p -> p.article().title());
        articleFilter.setClearButtonVisible(true);
        articleFilter.setId("article-filter");
        articleFilter.addValueChangeListener(e -> filterChanged());
        kindFilter.setItems(MapCategory.values());
        kindFilter.setItemLabelGenerator(PlaceCategories::shortLabel);
        kindFilter.setValue(EnumSet.allOf(MapCategory.class));
        kindFilter.setAriaLabel("Show these kinds of place");
        kindFilter.setId("kind-filter");
        kindFilter.addValueChangeListener(e -> filterChanged());
        reviewFilter.setId("review-filter");
        reviewFilter.getElement().setAttribute("title", "Only places the parser is unsure of: check these first");
        reviewFilter.addValueChangeListener(e -> filterChanged());
        for (var picker : List.of(dateFrom, dateTo)) {
            boolean from = picker == dateFrom;
            picker.setId(from ? "date-from" : "date-to");
            picker.setPlaceholder(from ? "Published from" : "Published to");
            picker.setAriaLabel(from ? "Articles published on or after" : "Articles published on or before");
            picker.setClearButtonVisible(true);
            DateFields.isoFirst(picker);
            picker.addClassName("pm-date-filter");
            picker.addValueChangeListener(e -> filterChanged());
        }
        placeList.addTool(reviewFilter);
        Div bar = new Div(search, articleFilter, dateFrom, dateTo, kindFilter);
        bar.addClassName("pm-filters");
        // on a phone the dates and kinds fold away behind this button (CSS), so the map and panel keep the screen
        Button more = filtersToggle;
        more.setIcon(VaadinIcon.FILTER.create());
        more.setId("filters-toggle");
        more.addClassName("pm-filters-toggle");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.getElement().setAttribute("aria-expanded", "false");
        more.getElement().setAttribute("aria-controls", "date-from date-to kind-filter");
        more.addClickListener(e -> {
            boolean open = !bar.hasClassName("pm-filters-open");
            bar.setClassName("pm-filters-open", open);
            more.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        bar.addComponentAtIndex(2, more);
        return bar;
    }

    /** A filter changed by the reader (not while the view sets filters itself): show and fit what it lets through. */
    private void filterChanged() {
        if (!filtering) {
            applyFilters();
            showShown();
        }
    }

    /** Shows a new set of articles (e.g. after one was added), keeping the filters that still apply. */
    void setAtlas(Atlas atlas) {
        if (atlas == this.atlas) {
            return; // the library publishes a new atlas on every change: the same one means nothing changed
        }
        this.atlas = Objects.requireNonNull(atlas);
        Set<String> chosen = articleFilter.getValue().stream().map(p -> p.article().id()).collect(Collectors.toSet());
        filtering = true;
        try {
            articleFilter.setItems(atlas.articles());
            articleFilter.setValue(atlas.articles().stream().filter(p -> chosen.contains(p.article().id())).toList());
        } finally {
            filtering = false;
        }
        List<ArticleRecord> records = library.articles();
        Map<String, java.time.LocalDate> dates = new java.util.HashMap<>();
        records.forEach(r -> {
            if (r.publishedDate() != null) {
                dates.put(r.id(), r.publishedDate());
            }
        });
        published = dates;
        dates.values().stream().min(java.util.Comparator.naturalOrder()).ifPresent(dateFrom::setInitialPosition);
        dates.values().stream().max(java.util.Comparator.naturalOrder()).ifPresent(dateTo::setInitialPosition);
        applyFilters();
    }

    private void applyFilters() {
        Set<ParsedArticle> chosen = articleFilter.getValue();
        java.time.LocalDate from = dateFrom.getValue();
        java.time.LocalDate to = dateTo.getValue();
        long folded = (from == null ? 0 : 1) + (to == null ? 0 : 1)
                + (kindFilter.getValue().size() == MapCategory.values().length ? 0 : 1);
        filtersToggle.setText(folded == 0 ? "Filters" : "Filters (" + folded + ")");
        Set<String> ids = (chosen.isEmpty() ? atlas.articles() : chosen).stream().map(p -> p.article().id())
                .filter(id -> inDateRange(published.get(id), from, to)).collect(Collectors.toSet());
        shown = ids.size() == atlas.articleCount() ? atlas : atlas.only(ids);
        // the Articles tab lists what the map shows; unfiltered, also the articles whose parse failed
        List<ArticleRecord> records = library.articles();
        List<ArticleRecord> listed = shown == atlas ? records : records.stream().filter(r -> ids.contains(r.id())).toList();
        articleList.setArticles(listed);
        articlesTab.setLabel("Articles (" + (listed.size() == records.size() ? listed.size() : listed.size() + " of " + records.size()) + ")");
        List<MappedPlace> places = visiblePlaces();
        List<GeoMap.Marker> markers = new ArrayList<>(places.stream().map(this::marker).toList());
        if (foundPin() != null) {
            var point = found.point();
            markers.add(new GeoMap.Marker(found.id(), point.latitudeDeg(), point.longitudeDeg(), found.name(), "found"));
        }
        map.setMarkers(markers);
        placeList.setPlaces(places);
        measure.setPlaces(places);
        claims.setClaims(shown.claims());
        syncClaimLines();
        placesTab.setLabel("Places (" + places.size() + ")");
        long toCheck = shown.places().stream().filter(p -> p.toReview(reviewBelow)).count();
        reviewFilter.setLabel("To check (" + toCheck + ")");
        summary.setText(places.size() + (places.size() == 1 ? " place" : " places") + " in "
                + shown.articleCount() + (shown.articleCount() == 1 ? " article" : " articles")
                + (shown == atlas ? "" : " (of " + atlas.articleCount() + ")")
                + undatedNote(from, to));
        // what is selected stays selected (with its excerpts from the articles now shown) while it is shown
        if (selectedArticleId != null) {
            String articleId = selectedArticleId;
            if (library.article(articleId).isPresent()) {
                articleList.show(articleId);
            } else {
                // deleted meanwhile (another session, the API)
                selectedArticleId = null;
                map.setHighlightedIds(List.of());
                excerpts.show((MappedPlace) null);
            }
        }
        String placeId = map.getSelectedId();
        String claimId = map.getSelectedLineId();
        if (placeId != null) {
            MappedPlace place = places.stream().filter(p -> p.id().equals(placeId)).findFirst().orElse(null);
            map.setSelectedId(place == null ? null : placeId);
            placeList.show(place);
            excerpts.show(place);
        } else if (claimId != null) {
            MappedClaim claim = shown.claim(claimId).orElse(null);
            if (claim == null) {
                clearClaimSelection();
                excerpts.show((MappedPlace) null);
            } else {
                claims.show(claim);
            }
        }
    }

    /**
     * A place chosen in the search box: if the articles shown mention it, it is selected like any place;
     * otherwise it gets a marker of its own ("found"), the map moves to it and the panel shows its gazetteer
     * entry with "Measure from here".
     */
    void showFound(org.placemap.gazetteer.Place place) {
        go("place", place.id());
    }

    /**
     * Shows a gazetteer place no article mentions (the address {@code /place/{id}} of a place found with the
     * search box): a marker of its own, the map moved to it, its gazetteer entry with "Measure from here".
     */
    private void pin(org.placemap.gazetteer.Place place) {
        select(null);
        found = place;
        applyFilters();
        map.setSelectedId(place.id());
        excerpts.showUnmentioned(place, () -> measure.pick(place.name(), place.point()));
        title = place.name() + " · placemap";
        MapFocus.around(List.of(place.point())).ifPresent(bounds -> map.showArea(bounds, SELECTION_MAX_ZOOM, false));
    }

    /** Fits the map to what the filters now show (the focus of its places), so a filter never leaves it empty. */
    private void showShown() {
        MapFocus.ofOrAll(visiblePlaces()).ifPresent(bounds -> map.showArea(bounds, AREA_MAX_ZOOM, false));
    }

    /** "; 3 undated hidden" while a date range hides articles that have no date, else "". */
    private String undatedNote(java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        long undated = atlas.articles().stream().filter(p -> !published.containsKey(p.article().id())).count();
        return undated == 0 ? "" : "; " + undated + " undated hidden";
    }

    /**
     * Whether an article published on {@code date} is within the date filter; with a range set, an article
     * without a date is not (the summary says how many are hidden so).
     */
    static boolean inDateRange(java.time.LocalDate date, java.time.LocalDate from, java.time.LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The places of the articles shown whose kind the kind filter lets through. */
    private List<MappedPlace> visiblePlaces() {
        Set<MapCategory> kinds = kindFilter.getValue();
        boolean onlyToCheck = reviewFilter.getValue();
        return shown.places().stream().filter(p -> kinds.contains(p.place().kind().category()))
                .filter(p -> !onlyToCheck || p.toReview(reviewBelow)).toList();
    }

    /** The place found with the search box when it has a pin of its own (no article shown mentions it), else null. */
    private org.placemap.gazetteer.Place foundPin() {
        return found != null && shown.place(found.id()).isEmpty() ? found : null;
    }

    private void clearFilters() {
        filtering = true;
        try {
            articleFilter.clear();
            kindFilter.setValue(EnumSet.allOf(MapCategory.class));
            reviewFilter.setValue(false);
            dateFrom.clear();
            dateTo.clear();
        } finally {
            filtering = false;
        }
        applyFilters();
    }

    /** Moves to the address of a selection (kind "place", "claim" or "article"), or to the plain map. */
    private void go(String kind, String id) {
        String location = id == null ? "" : kind + "/" + encode(id);
        UI.getCurrent().navigate(location);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.canRead()) {
            event.forwardTo(LoginView.class);
            return;
        }
        var parameters = event.getRouteParameters();
        Optional<String> place = parameters.get("placeId").map(MapView::decode);
        Optional<String> claim = parameters.get("claimId").map(MapView::decode);
        Optional<String> article = parameters.get("articleId").map(MapView::decode);
        if (place.isPresent()) {
            var entry = atlas.place(place.get()).isPresent() ? null : gazetteer.byId(place.get()).orElse(null);
            if (entry != null) {
                pin(entry); // a gazetteer place no article mentions: its own link, as the search box shows it
            } else {
                dropPin();
                select(place.get());
                if (atlas.place(place.get()).isEmpty()) {
                    unknown("No place “" + place.get() + "” is in the gazetteer or mentioned in this library.");
                }
            }
        } else if (claim.isPresent()) {
            dropPin();
            selectClaim(claim.get());
            if (atlas.claim(claim.get()).isEmpty()) {
                unknown("No distance claim “" + claim.get() + "” is in this library.");
            }
        } else if (article.isPresent()) {
            dropPin();
            selectArticle(article.get());
            if (library.article(article.get()).isEmpty()) {
                unknown("No article “" + article.get() + "” is in this library; it may have been deleted.");
            }
        } else {
            dropPin();
            select(null);
        }
    }

    /**
     * Takes the search box's pin off the map when the address no longer names its place (back to the plain map, to
     * another place, a claim or an article): a new user's trial found it left standing after Back.
     */
    private void dropPin() {
        if (found != null) {
            found = null;
            applyFilters();
        }
    }

    /**
     * Opens the correction of the name at {@code start..end} of an article: of the mention there, or, when
     * there is none (words the reader selected, a claim end the parser did not list), adding one.
     */
    void openCorrection(String articleId, int start, int end) {
        if (!access.canWrite()) {
            Notification.show(access.whyNoWrite(), 4000, Notification.Position.BOTTOM_START);
            return;
        }
        var stored = library.stored(articleId).orElse(null);
        if (stored == null) {
            unknown("This article has been deleted.");
            return;
        }
        Mention mention = stored.mentionAt(start, end).orElse(null);
        String name = mention != null ? mention.text() : stored.text().substring(Math.min(start, end), end);
        new CorrectionDialog(library, gazetteer, stored.id(), start, end, name, mention, access.userName(),
                this::corrected).open();
    }

    /** After a correction: the map and the detail panel show it, and Undo is offered. */
    void corrected(org.placemap.library.Corrections.Result result) {
        lastCorrection = result;
        undoCorrection.setVisible(true);
        undoCorrection.getElement().setAttribute("title", "Undo: " + result.description());
        refreshAfterCorrection(result.changed().isEmpty() ? null : result.changed().get(0).place());
        Button undo = new Button("Undo");
        Notification note = new Notification();
        note.setId("correction-done");
        note.setDuration(8000);
        note.setPosition(Notification.Position.BOTTOM_START);
        undo.addClickListener(e -> {
            note.close();
            undoLastCorrection();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout row = new HorizontalLayout(new Span("Corrected: " + result.description()), undo);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        org.placemap.gazetteer.Place to = result.changed().isEmpty() ? null : result.changed().get(0).place();
        if (to != null && !to.id().equals(map.getSelectedId()) && shown.place(to.id()).isPresent()) {
            // the names went to a place not in view: one click takes the reader there (the map moves to it)
            Button show = new Button("Show " + to.name());
            show.setId("correction-show");
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            show.addClickListener(e -> {
                note.close();
                go("place", to.id());
            });
            row.addComponentAtIndex(1, show);
        }
        note.add(row);
        note.open();
    }

    /** Takes back this view's newest correction. */
    void undoLastCorrection() {
        var last = lastCorrection;
        lastCorrection = null;
        undoCorrection.setVisible(false);
        if (last == null) {
            return;
        }
        var undone = library.corrections().undo(last.batch());
        refreshAfterCorrection(null);
        Notification.show(undone.isPresent() ? "Undone: " + last.description() : "That correction was already undone.",
                4000, Notification.Position.BOTTOM_START);
    }

    /**
     * Shows the library after a correction: the same selection, re-read. A place that lost every mention
     * gives way to {@code moved}, the place the names went to (when there is one).
     */
    private void refreshAfterCorrection(org.placemap.gazetteer.Place moved) {
        String placeId = map.getSelectedId();
        String claimId = selectedClaimId;
        String articleId = selectedArticleId;
        setAtlas(library.atlas());
        if (articleId != null) {
            library.withText(articleId).ifPresent(excerpts::show);
        } else if (claimId != null) {
            // re-selected, not only re-shown: a claim that is measured now gets its line, its ends and the list row
            selectClaim(claimId);
        } else if (placeId != null && shown.place(placeId).isEmpty() && moved != null && shown.place(moved.id()).isPresent()) {
            go("place", moved.id());
        }
    }

    /** Says that a link led nowhere, instead of silently showing the plain map. */
    private static void unknown(String message) {
        Notification note = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        note.setId("unknown-link");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Selects a place by id in map, list and detail panel; unknown ids clear the selection. */
    /**
     * On a phone the panel under the map scrolls as a whole, with the details (excerpts) first and the lists
     * below them: a row chosen in a list shows its details above, out of sight, so the panel scrolls back up
     * to them. On a wide screen the details have their own place and nothing moves.
     */
    private void revealDetailsOnPhone(boolean chosen) {
        if (chosen) {
            excerpts.getElement().executeJs("if (window.matchMedia('(max-width: 800px)').matches) {"
                    + " const side = this.closest('.pm-side'); if (side) side.scrollTo({top: 0, behavior: 'smooth'}); }");
        }
    }

    void select(String placeId) {
        if (placeId != null && shown.place(placeId).isEmpty() && atlas.place(placeId).isPresent()) {
            clearFilters(); // a link to a place the filters hide shows it
        }
        MappedPlace place = placeId == null ? null : visible(shown.place(placeId).orElse(null));
        selectedArticleId = null;
        clearClaimSelection();
        articleList.show(null);
        map.setSelectedId(place == null ? null : place.id());
        placeList.show(place);
        excerpts.show(place);
        if (place != null) {
            lists.setSelectedTab(placesTab);
            MapFocus.around(List.of(place.place().point()))
                    .ifPresent(bounds -> map.showArea(bounds, SELECTION_MAX_ZOOM, true));
        }
        title = place == null ? "placemap" : place.label() + " · placemap";
    }

    /**
     * Selects a distance claim by id: its line and both endpoints on the map, its row in the claims
     * list, its sentence and verdict in the detail panel; unknown ids clear the selection.
     */
    void selectClaim(String claimId) {
        if (claimId != null && shown.claim(claimId).isEmpty() && atlas.claim(claimId).isPresent()) {
            clearFilters();
        }
        MappedClaim claim = claimId == null ? null : shown.claim(claimId).orElse(null);
        if (claim != null && !claims.shown().contains(claim)) {
            claims.showAllVerdicts(); // a link to a claim the verdict filter hides shows it
        }
        selectedArticleId = null;
        map.setSelectedId(null);
        placeList.show(null);
        articleList.show(null);
        if (claim == null) {
            clearClaimSelection();
            excerpts.show((MappedPlace) null);
            title = "placemap";
            return;
        }
        selectedClaimId = claim.id();
        map.setSelectedLineId(claim.drawable() ? claim.id() : null);
        map.setHighlightedIds(Stream.of(claim.claim().from().placeId(), claim.claim().to().placeId())
                .filter(Objects::nonNull).toList());
        lists.setSelectedTab(claimsTab);
        claims.show(claim);
        excerpts.show(claim);
        // a claim is fitted even when on screen: its line is what the reader wants to see
        MapFocus.around(Arrays.asList(claim.claim().from().point(), claim.claim().to().point()))
                .ifPresent(bounds -> map.showArea(bounds, SELECTION_MAX_ZOOM, false));
        title = claim.title() + " · placemap";
    }

    /** Shows an article's full text with its mentions linked, and highlights its places on the map. */
    void selectArticle(String articleId) {
        if (articleId != null && shown.articles().stream().noneMatch(p -> p.article().id().equals(articleId))
                && atlas.articles().stream().anyMatch(p -> p.article().id().equals(articleId))) {
            clearFilters(); // a link to an article the filters hide shows its places
        }
        selectedArticleId = null;
        ParsedArticle article = atlas.articles().stream().filter(p -> p.article().id().equals(articleId))
                .findFirst().orElse(null);
        map.setSelectedId(null);
        placeList.show(null);
        clearClaimSelection();
        ArticleRecord record = articleId == null ? null : library.article(articleId).orElse(null);
        if (article == null && record != null) {
            // stored but not on the map: its parse failed
            selectedArticleId = articleId;
            lists.setSelectedTab(articlesTab);
            articleList.show(articleId);
            excerpts.showFailed(record);
            title = record.title() + " · placemap";
            return;
        }
        if (article == null) {
            articleList.show(null);
            excerpts.show((MappedPlace) null);
            title = "placemap";
            return;
        }
        selectedArticleId = articleId;
        List<String> placeIds = article.resolvedMentions().stream().map(m -> m.place().id()).distinct().toList();
        map.setHighlightedIds(placeIds);
        MapFocus.ofOrAll(placeIds.stream().flatMap(id -> shown.place(id).stream()).toList())
                .ifPresent(bounds -> map.showArea(bounds, AREA_MAX_ZOOM, false));
        lists.setSelectedTab(articlesTab);
        articleList.show(articleId);
        // the map holds no article texts: the article view reads this one's from the library
        excerpts.show(library.withText(articleId).orElse(article));
        title = article.article().title() + " · placemap";
    }

    private void clearClaimSelection() {
        selectedClaimId = null;
        map.setSelectedLineId(null);
        map.setHighlightedIds(List.of());
        claims.show(null);
    }

    /** The place if the kind filter lets it through, else null. */
    private MappedPlace visible(MappedPlace place) {
        boolean hiddenByReview = place != null && reviewFilter.getValue() && !place.toReview(reviewBelow);
        if (place != null && (hiddenByReview || !kindFilter.getValue().contains(place.place().kind().category()))) {
            filtering = true;
            try {
                reviewFilter.setValue(false);
                kindFilter.setValue(EnumSet.allOf(MapCategory.class));
            } finally {
                filtering = false;
            }
            applyFilters();
        }
        return place;
    }

    /** The claim lines the claims panel lets through (verdicts chosen, drawing on), with the measurement. */
    private void syncClaimLines() {
        List<MappedClaim> listedClaims = claims.shown();
        claimLines = claims.drawnOnMap()
                ? listedClaims.stream().filter(MappedClaim::drawable).map(MapView::line).toList()
                : List.of();
        int listed = listedClaims.size();
        claimsTab.setLabel("Distance claims (" + (listed == shown.claims().size() ? String.valueOf(listed)
                : listed + " of " + shown.claims().size()) + ")");
        List<MappedClaim> drawn = shown.claims().stream().filter(MappedClaim::drawable).toList();
        map.setLegend(legend(!drawn.isEmpty(), drawn.stream().anyMatch(ClaimsPanel::dependsOnReference)));
        drawLines();
    }

    private void drawLines() {
        List<GeoMap.Line> all = new ArrayList<>(claimLines);
        all.addAll(measureLine);
        map.setLines(all);
    }

    private static List<GeoMap.LegendEntry> legend(boolean withClaims, boolean withDepends) {
        List<GeoMap.LegendEntry> entries = new ArrayList<>(PlaceCategories.legend());
        if (withClaims) {
            entries.add(new GeoMap.LegendEntry("claim-consistent", "Cited distance: consistent ✓"));
            entries.add(new GeoMap.LegendEntry("claim-inconsistent", "Cited distance: inconsistent ✗"));
            entries.add(new GeoMap.LegendEntry("claim-unverifiable", "Cited distance: unverifiable ?"));
        }
        if (withDepends) {
            entries.add(new GeoMap.LegendEntry("claim-depends",
                    "Verdict depends on the reference point " + ClaimsPanel.DEPENDS_MARK));
        }
        return entries;
    }

    /**
     * A claim as a line between its endpoints (drawn along the great circle), coloured by verdict; a verdict that depends on the
     * reference point is drawn dash-dotted (style "…-depends") and its label carries the mark.
     */
    private static GeoMap.Line line(MappedClaim c) {
        boolean depends = ClaimsPanel.dependsOnReference(c);
        return new GeoMap.Line(c.id(), drawnPath(c.claim().from().point(), c.claim().to().point()),
                c.claim().label() + (depends ? " " + ClaimsPanel.DEPENDS_MARK : ""),
                c.claim().verdict().name().toLowerCase(Locale.ROOT) + (depends ? "-depends" : ""));
    }

    /**
     * A claim's two ends, which the map joins by the great circle between them ({@link GeoMap.Line}); rounded
     * to 1e-5° (about a metre), so a thousand claims stay a small message to the browser (about 150 bytes
     * a claim, against 700 for a 32-segment path sent from here).
     */
    static List<double[]> drawnPath(org.placemap.distance.GeoPoint from, org.placemap.distance.GeoPoint to) {
        return List.of(new double[] {round(from.latitudeDeg()), round(from.longitudeDeg())},
                new double[] {round(to.latitudeDeg()), round(to.longitudeDeg())});
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    private GeoMap.Marker marker(MappedPlace p) {
        var point = p.place().point();
        return new GeoMap.Marker(p.id(), point.latitudeDeg(), point.longitudeDeg(),
                p.label(), PlaceCategories.cssKey(p.place().kind()), p.toReview(reviewBelow) ? "check" : "");
    }

    /** Ids may hold any character (article ids are file names): one path segment, percent-encoded. */
    static String encode(String id) {
        // ":" and "@" may stand in a path segment as they are (RFC 3986 pchar): /place/geonames:170017
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":").replace("%40", "@");
    }

    static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment; // not percent-encoded after all
        }
    }

    Atlas shownAtlas() {
        return shown;
    }

    Tab articlesTab() {
        return articlesTab;
    }

    GeoMap map() {
        return map;
    }

    PlaceSearch search() {
        return search;
    }

    com.vaadin.flow.component.contextmenu.MenuItem exportShownOnly() {
        return exportShownOnly;
    }

    Span summary() {
        return summary;
    }

    PlaceList placeList() {
        return placeList;
    }

    ClaimsPanel claims() {
        return claims;
    }

    ArticleList articleList() {
        return articleList;
    }

    ExcerptPanel excerpts() {
        return excerpts;
    }

    MeasurePanel measure() {
        return measure;
    }

    TabSheet lists() {
        return lists;
    }

    MultiSelectComboBox<ParsedArticle> articleFilter() {
        return articleFilter;
    }

    CheckboxGroup<MapCategory> kindFilter() {
        return kindFilter;
    }
}
