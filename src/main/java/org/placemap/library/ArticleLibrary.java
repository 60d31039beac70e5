package org.placemap.library;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.placemap.atlas.Atlas;
import org.placemap.claims.ClaimExtractor;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.ReferenceRange;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;
import org.placemap.library.ArticleRejectedException.Reason;
import org.placemap.library.ArticleIntake.Prepared;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The articles the app shows, kept in the database, and the {@link Atlas} built from them: the single
 * source of truth for the UI and the REST API. Its parts: {@link ArticleIntake} (checks, HTML, titles),
 * {@link ParsePool} (bounded parsing), {@link ArticleStore} (the tables), {@link ChangeNotifier} (the
 * listeners) and, on PostgreSQL, {@link ChangeFeed} (other instances' changes); this class holds the
 * in-memory snapshot and the order of the steps. Sample articles are imported through {@link #add}.
 *
 * <pre>{@code
 * AddResult r = library.add(new NewArticle(title, url, date, text, null, NewArticle.Format.TEXT));
 * Atlas atlas = library.atlas();               // includes the new article
 * ListenerRegistration reg = library.addChangeListener(newAtlas -> ...);
 * }</pre>
 *
 * <h2>Startup</h2>
 * The Atlas is rebuilt from what is stored (rehydrated), not by parsing the texts again: stored mentions
 * and claims are read back and each place id is looked up in the gazetteer (a place the gazetteer no
 * longer has is rebuilt from its stored name, kind and point). So the map after a restart shows exactly
 * what the database holds and what the API exports, a newer parser never silently changes the places or
 * verdicts of articles a user has already checked, and startup time grows with reading rows, not with
 * parsing. Only the sentence and boilerplate ranges are recomputed from the stored text (they are a pure
 * function of it). When the database has never been filled, the sample corpus folder is imported once;
 * a flag in {@code library_state} records that, so deleting sample articles is permanent.
 *
 * <h2>Readers' decisions</h2>
 * The tables keep what the parser found; readers' corrections ({@link Corrections}) are kept apart and laid
 * over it ({@link Overlay}) whenever an article is assembled, so a {@link #reparse} replaces the parser's
 * output and never a reader's decision.
 *
 * <h2>What is not kept</h2>
 * Runner-up candidates of a mention beyond the first {@value #KEPT_ALTERNATIVES}, and the per-pair list of a
 * claim's reference-point measurements ({@link ReferenceRange#measurements()}; min, max and whether the
 * verdict depends on them are kept). They are dropped from freshly added articles too, so an article
 * looks the same before and after a restart.
 *
 * <h2>Thread safety</h2>
 * Safe for concurrent use. Reads ({@link #atlas()}, {@link #articles()}, {@link #article}) see an
 * immutable snapshot and never block once the library is open (before that, every method waits for the
 * restore: see {@link #open}). {@link #add} validates, parses and writes its transaction outside
 * any lock (several articles are parsed and stored at once; the database orders the writes and its
 * unique fingerprint settles duplicates), then takes the library's lock only to publish the new snapshot. Change listeners run after the
 * transaction has committed, on the thread that made the change, one notification at a time and never
 * with an older Atlas after a newer one; they must not block (in Vaadin: {@code ui.access(...)}, never
 * {@code accessSynchronously}).
 */
public class ArticleLibrary {
    private static final Logger log = LoggerFactory.getLogger(ArticleLibrary.class);

    static final String SAMPLES_IMPORTED = "sample-corpus-imported";

    private final Gazetteer gazetteer;
    /** Set by {@link #openNow} before anything parses; read only after {@link #opened} (or by the opener). */
    private volatile Parser parser;
    /** Completes when the stored articles are read back and the samples (if due) imported. */
    private final java.util.concurrent.CompletableFuture<Void> opened;
    private final ParsePool pool;
    /** UTF-8 bytes of every stored text, plus those of adds in progress (reserved before they store). */
    private final java.util.concurrent.atomic.AtomicLong storedBytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long maxLibraryBytes = Long.MAX_VALUE;
    /** Other instances' changes, on PostgreSQL; null on H2. */
    private volatile ChangeFeed feed;
    private final java.util.concurrent.atomic.LongAdder parses = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder parseNanos = new java.util.concurrent.atomic.LongAdder();
    private final ArticleStore store;
    private final ArticleIntake intake;
    private final ChangeNotifier notifier = new ChangeNotifier();

    private final ReentrantLock writeLock = new ReentrantLock();
    /** Every stored article, oldest first; changed only under {@link #writeLock}. */
    private final LinkedHashMap<String, StoredArticle> entries = new LinkedHashMap<>();
    /** The text fingerprint of each entry, by id; changed with {@link #entries}. */
    private final Map<String, String> fingerprints = new HashMap<>();
    /** Ids deleted between an add's commit and its publication; changed only under {@link #writeLock}. */
    private final java.util.Set<String> deletedBeforePublished = new java.util.HashSet<>();
    private volatile Snapshot snapshot;

    /** An immutable view of the library, swapped as a whole after each change. */
    private record Snapshot(long version, Atlas atlas, List<ArticleRecord> newestFirst,
            Map<String, StoredArticle> byId, Map<String, String> idByFingerprint) {}


    /**
     * How a library is set up.
     *
     * @param maxArticleBytes largest article accepted, in UTF-8 bytes
     * @param sampleCorpusDir sample articles imported into a database that has never held any
     * @param parseThreads    threads that reduce and parse added articles
     * @param parseQueue      articles that may wait for a thread; one more is refused as busy
     * @param parseTimeBudget longest one article's parse may take
     * @param maxLibraryBytes most UTF-8 bytes of article text the library holds in all; an article that
     *                        would pass it is refused ({@link LibraryFullException})
     */
    public record Settings(long maxArticleBytes, Path sampleCorpusDir, int parseThreads, int parseQueue,
            java.time.Duration parseTimeBudget, long maxLibraryBytes) {}

    /**
     * The library over this database, with the real geoparser and claim extractor, opened on a thread of its
     * own: this returns at once, and the geoparser's set-up, the restore of the stored articles and the
     * first import of the samples run while the caller goes on (at application start, while the web server
     * and the UI framework start). Every reading or writing method waits for that to finish; {@link #opening()}
     * tells whether it has. On PostgreSQL the feed of other instances' changes starts once the library is open.
     */
    public static ArticleLibrary open(Gazetteer gazetteer, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            Settings settings) {
        ArticleLibrary library = new ArticleLibrary(gazetteer,
                new ArticleStore(jdbc, new TransactionTemplate(transactions), gazetteer::byId),
                settings.maxArticleBytes(), settings.sampleCorpusDir(), () -> Parser.of(gazetteer),
                new ParsePool(settings.parseThreads(), settings.parseQueue(), settings.parseTimeBudget()),
                settings.maxLibraryBytes(), task -> Thread.ofPlatform().name("library-open").daemon(true).start(task),
                opened -> opened.followOthers(jdbc));
        library.start();
        return library;
    }

    /** On PostgreSQL: starts applying other instances' changes here (nothing on H2). */
    private void followOthers(JdbcTemplate jdbc) {
        if (!store.isPostgres()) {
            return;
        }
        ArticleLibrary library = this;
        feed = new ChangeFeed(jdbc.getDataSource(), store.instance(), new ChangeFeed.Listener() {
            @Override
            public void changed(String change, long id) {
                library.applyRemote(change, id);
            }

            @Override
            public void resync() {
                library.resync();
            }
        });
        feed.start();
    }

    ArticleLibrary(Gazetteer gazetteer, ArticleStore store, long maxBytes, Path sampleCorpusDir) {
        this(gazetteer, store, maxBytes, sampleCorpusDir, Parser.of(gazetteer));
    }

    ArticleLibrary(Gazetteer gazetteer, ArticleStore store, long maxBytes, Path sampleCorpusDir, Parser parser) {
        this(gazetteer, store, maxBytes, sampleCorpusDir, parser, ParsePool.defaults());
    }

    /** The geoparser and claim extractor as one step; a seam for tests of parse failures. */
    @FunctionalInterface
    interface Parser {
        Parsed parse(Article article);

        /** As {@link #parse(Article)}, with the library's reader prior applied before claims are found. */
        default Parsed parse(Article article, ReaderPrior prior) {
            return parse(article);
        }

        static Parser of(Gazetteer gazetteer) {
            GeoParser geoParser = new GeoParser(gazetteer);
            ClaimExtractor claims = new ClaimExtractor(gazetteer);
            return new Parser() {
                @Override
                public Parsed parse(Article article) {
                    return parse(article, ReaderPrior.NONE);
                }

                @Override
                public Parsed parse(Article article, ReaderPrior prior) {
                    ParsedArticle parsed = prior.apply(geoParser.parse(article), gazetteer::candidates);
                    return new Parsed(parsed, claims.extract(parsed), null);
                }
            };
        }
    }

    /** A library opened on the calling thread: restored (and the samples imported) when this returns. */
    ArticleLibrary(Gazetteer gazetteer, ArticleStore store, long maxBytes, Path sampleCorpusDir, Parser parser,
            ParsePool pool) {
        this(gazetteer, store, maxBytes, sampleCorpusDir, () -> parser, pool, Long.MAX_VALUE, Runnable::run, opened -> {});
        start();
        try {
            opened.join(); // done on this thread already: a failure is thrown as it was raised
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * A library that {@link #start()} opens with {@code openOn}: it makes the parser, restores the stored
     * articles, imports the samples if they are due, then gives itself to {@code afterOpen}.
     */
    ArticleLibrary(Gazetteer gazetteer, ArticleStore store, long maxBytes, Path sampleCorpusDir,
            java.util.function.Supplier<Parser> parserFactory, ParsePool pool, long maxLibraryBytes,
            java.util.concurrent.Executor openOn, Consumer<ArticleLibrary> afterOpen) {
        this.gazetteer = gazetteer;
        this.pool = pool;
        this.store = store;
        this.intake = new ArticleIntake(maxBytes);
        this.maxLibraryBytes = maxLibraryBytes;
        this.corrections = new Corrections(this, store.corrections(), gazetteer);
        this.snapshot = new Snapshot(0, Atlas.of(List.of()), List.of(), Map.of(), Map.of());
        this.opened = new java.util.concurrent.CompletableFuture<>();
        this.openTask = () -> {
            try {
                openNow(parserFactory, sampleCorpusDir);
                afterOpen.accept(this);
                opened.complete(null);
            } catch (Throwable e) {
                log.error("The article library could not be opened", e);
                opened.completeExceptionally(e);
            }
        };
        this.openOn = openOn;
    }

    private final Runnable openTask;
    private final java.util.concurrent.Executor openOn;

    /** Begins opening the library (once). */
    void start() {
        openOn.execute(openTask);
    }

    /** Makes the parser, reads every stored article back and imports the samples when due, under the lock. */
    private void openNow(java.util.function.Supplier<Parser> parserFactory, Path sampleCorpusDir) {
        writeLock.lock();
        try {
            parser = parserFactory.get();
            restore();
            if (store.state(SAMPLES_IMPORTED).isEmpty()) {
                if (entries.isEmpty()) {
                    SampleImport.into(this, sampleCorpusDir, where -> store.setState(SAMPLES_IMPORTED, where));
                } else {
                    // a database filled by other means (another instance, an older version): leave it as it is
                    store.setState(SAMPLES_IMPORTED, "no: the library already held articles");
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Whether the library is open: completes normally once its articles are restored, exceptionally with the
     * reason when that failed (every method then throws {@link IllegalStateException}). For readiness checks;
     * a copy, so completing it changes nothing.
     */
    public java.util.concurrent.CompletableFuture<Void> opening() {
        return opened.copy();
    }

    /**
     * Waits until the library is open. The opening thread itself (which holds the lock while it imports
     * the samples through {@link #add}) does not wait.
     *
     * @throws IllegalStateException when the library could not be opened
     */
    private void awaitOpen() {
        if (opened.isDone() && !opened.isCompletedExceptionally()) {
            return;
        }
        if (writeLock.isHeldByCurrentThread()) {
            return;
        }
        try {
            opened.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("The article library could not be opened: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** The current places and claims of every parsed article; never null. */
    public Atlas atlas() {
        awaitOpen();
        return snapshot.atlas();
    }

    /** Every stored article (parsed or failed), newest first. */
    public List<ArticleRecord> articles() {
        awaitOpen();
        return snapshot.newestFirst();
    }

    public Optional<ArticleRecord> article(String id) {
        return stored(id).map(StoredArticle::record);
    }

    /** The article with its text, mentions and claims, as stored. */
    public Optional<StoredArticle> stored(String id) {
        awaitOpen();
        return Optional.ofNullable(id == null ? null : snapshot.byId().get(id));
    }

    /** A size for messages to users: "5 MB", "6.2 MB", "900 KB", "12 bytes". */
    public static String formatSize(long bytes) {
        return TextChecks.size(bytes);
    }

    /** Largest article accepted, in UTF-8 bytes ({@code placemap.max-article-bytes}). */
    public long maxArticleBytes() {
        return intake.maxBytes();
    }

    /**
     * Validates, reduces HTML to text, parses and stores an article, then notifies the listeners.
     * The same text (whitespace aside) already stored is not added again: the earlier article comes back
     * with {@link AddResult#duplicate()} set. A parser failure does not reject the article: it is stored
     * with status {@link ArticleRecord.Status#FAILED} and the reason.
     *
     * @throws ArticleRejectedException with a one-line message for the user when the article is empty,
     *                                  too large, binary or has an unusable source URL
     * @throws org.springframework.dao.DataAccessException when the database fails (nothing is stored then)
     */
    public AddResult add(NewArticle article) throws ArticleRejectedException {
        awaitOpen();
        AtomicReference<Prepared> reduced = new AtomicReference<>();
        Ready ready;
        try {
            ready = pool.run(() -> {
                Prepared p = intake.prepare(article);
                reduced.set(p);
                StoredArticle known = existing(p.fingerprint());
                return known != null ? new Ready(p, null, known) : new Ready(p, parse(p, article.fileName()), null);
            });
        } catch (ArticleRejectedException | RuntimeException e) {
            throw e;
        } catch (TimeoutException e) {
            Prepared p = reduced.get();
            String reason = "Parsing took longer than the time budget of " + pool.budget().toSeconds() + " s.";
            if (p == null) {
                throw new ArticleRejectedException(Reason.INVALID, ArticleIntake.who(article) + " could not be read as text within "
                        + pool.budget().toSeconds() + " s.");
            }
            log.warn("{}: {}", ArticleIntake.who(article), reason);
            ready = new Ready(p, new Parsed(null, List.of(), reason), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (ready.known() != null) {
            return new AddResult(ready.known().record(), true);
        }
        Prepared prepared = ready.prepared();
        Parsed parsed = ready.parsed();
        long bytes = TextChecks.utf8Length(prepared.text());
        reserve(bytes);
        StoredArticle stored;
        try {
            // its own transaction, outside the library's lock: a large article never holds up other writers
            stored = insert(prepared, parsed, Instant.now());
        } catch (DuplicateKeyException e) {
            storedBytes.addAndGet(-bytes);
            // the same text was stored meanwhile, by a concurrent add here or by another app instance
            return new AddResult(adopt(prepared.fingerprint(), e).record(), true);
        } catch (RuntimeException e) {
            storedBytes.addAndGet(-bytes);
            throw e;
        }
        writeLock.lock();
        try {
            if (deletedBeforePublished.remove(stored.id())) {
                storedBytes.addAndGet(-bytes);
                return new AddResult(stored.record(), false); // deleted by id before it was even shown
            }
            StoredArticle caughtUp = entries.put(stored.id(), stored);
            if (caughtUp != null) {
                storedBytes.addAndGet(-caughtUp.textBytes()); // a resync read it back first
            }
            fingerprints.put(stored.id(), prepared.fingerprint());
            publish();
        } finally {
            writeLock.unlock();
        }
        fireChanged();
        return new AddResult(stored.record(), false);
    }

    /** Counts {@code bytes} against the library's size limit, or refuses them. */
    private void reserve(long bytes) {
        long after = storedBytes.addAndGet(bytes);
        if (after > maxLibraryBytes) {
            storedBytes.addAndGet(-bytes);
            throw new LibraryFullException("The library is full: " + TextChecks.size(after - bytes) + " of "
                    + TextChecks.size(maxLibraryBytes) + " used, and this article (" + TextChecks.size(bytes)
                    + ") does not fit. Delete articles, or raise placemap.max-library-bytes.");
        }
    }

    /** UTF-8 bytes of article text stored in the library (what {@code placemap.max-library-bytes} limits). */
    public long storedTextBytes() {
        awaitOpen();
        return storedBytes.get();
    }

    /**
     * The article with this fingerprint that another add stored first: from memory when it is already
     * published, otherwise read from the database and published here (the other add, when it is one of
     * this instance's, publishes the same row again, which changes nothing).
     */
    private StoredArticle adopt(String fingerprint, DuplicateKeyException cause) {
        writeLock.lock();
        try {
            StoredArticle known = existing(fingerprint);
            if (known != null) {
                return known;
            }
            StoredArticle other = putRow(store.loadByFingerprint(fingerprint).orElseThrow(() -> cause));
            publish();
            return other;
        } finally {
            writeLock.unlock();
            fireChanged();
        }
    }

    /**
     * Parses a stored article again with the current parser and gazetteer and replaces its mentions,
     * claims and status: for a failed article, or after an upgrade. Nothing else does that by itself.
     *
     * @return the updated record, or empty when there is no such article
     */
    public Optional<ArticleRecord> reparse(String id) {
        awaitOpen();
        StoredArticle old = snapshot.byId().get(id == null ? "" : id);
        if (old == null) {
            return Optional.empty();
        }
        String text = old.text(); // from the database: the library keeps no texts in memory
        Article draft = CorpusLoader.article("", text);
        Parsed result = parseOnPool(new Prepared(null, text, null, null, null, null, draft, null), old.record().fileName());
        ArticleRecord record;
        List<Mention> mentions = keptMentions(result);
        List<DistanceClaim> claims = result.claims().stream().map(c -> kept(c, id)).toList();
        ArticleRecord.Status status = result.failure() == null ? ArticleRecord.Status.PARSED : ArticleRecord.Status.FAILED;
        // one transaction, outside the library's lock (like add)
        if (!store.replaceParse(Long.parseLong(id), status, result.failure(), mentions, claims)) {
            return Optional.empty();
        }
        writeLock.lock();
        try {
            if (!entries.containsKey(id)) {
                return Optional.empty(); // deleted meanwhile
            }
            ArticleRecord r = old.record();
            record = new ArticleRecord(r.id(), r.title(), r.source(), r.sourceUrl(), r.publishedDate(), r.addedAt(),
                    r.fileName(), r.format(), status, result.failure(), mentions.size(), placeCount(mentions),
                    claims.size(), r.textLength());
            List<Correction> decided = entries.get(id).corrections();
            entries.put(id, assemble(record, text, mentions, claims, decided, draft));
            record = entries.get(id).record(); // counted with the readers' decisions
            publish();
        } finally {
            writeLock.unlock();
        }
        fireChanged();
        return Optional.of(record);
    }

    /** Removes the article with its mentions and claims; false when there is no such article. */
    public boolean delete(String id) {
        awaitOpen();
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
        // "07" and "+7" name article 7 in the database: use the canonical form for the in-memory maps too
        String canonical = Long.toString(key);
        writeLock.lock();
        try {
            boolean deleted = store.delete(key);
            fingerprints.remove(canonical);
            StoredArticle removed = entries.remove(canonical);
            if (removed != null && deleted) {
                storedBytes.addAndGet(-removed.textBytes());
            }
            if (removed == null) {
                if (!deleted) {
                    return false;
                }
                deletedBeforePublished.add(canonical); // stored by an add that has not published it yet
            }
            publish();
        } finally {
            writeLock.unlock();
        }
        fireChanged();
        return true;
    }

    /**
     * Calls {@code listener} with the new Atlas after every add or delete, once the change is committed,
     * on the thread that made it. Not called for the state at registration: read {@link #atlas()} first.
     */
    public ListenerRegistration addChangeListener(Consumer<Atlas> listener) {
        awaitOpen();
        return notifier.register(listener, snapshot.version());
    }

    /** How many change listeners are registered (one per open map, plus internal ones); for monitoring. */
    public int listenerCount() {
        return notifier.count();
    }

    private void fireChanged() {
        Snapshot current = snapshot;
        notifier.fire(current.version(), current.atlas());
    }

    private StoredArticle existing(String fingerprint) {
        String id = snapshot.idByFingerprint().get(fingerprint);
        return id == null ? null : snapshot.byId().get(id);
    }

    // ---- preparing and parsing --------------------------------------------------------------------

    record Parsed(ParsedArticle parsed, List<DistanceClaim> claims, String failure) {}

    /** What the pool hands back: the prepared text with its parse, or the article already stored. */
    private record Ready(Prepared prepared, Parsed parsed, StoredArticle known) {}

    private Parsed parse(Prepared p, String fileName) {
        long t0 = System.nanoTime();
        try {
            return parser.parse(p.draft(), p.input() == null ? ReaderPrior.NONE : ReaderPrior.of(snapshot.byId().values()));
        } catch (CancellationException e) {
            throw e; // over the time budget: the pool reports it
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + ArticleIntake.oneLine(e.getMessage()));
            log.warn("Parsing article {} failed", fileName == null ? "(pasted)" : fileName, e);
            return new Parsed(null, List.of(), reason);
        } finally {
            parses.increment();
            parseNanos.add(System.nanoTime() - t0);
        }
    }

    /** Articles parsed (or given up on) since start, and the time spent parsing them; for metrics. */
    public record ParseStats(long parses, long parseNanos, int queued, int running) {}

    /** What the parsing pool has done and is doing; cheap, for metrics. */
    public ParseStats parseStats() {
        return new ParseStats(parses.sum(), parseNanos.sum(), pool.queued(), pool.active());
    }

    /** {@link #parse} on the pool, within its time budget (over it: a failed parse saying so). */
    private Parsed parseOnPool(Prepared p, String fileName) {
        try {
            return pool.run(() -> parse(p, fileName));
        } catch (TimeoutException e) {
            return new Parsed(null, List.of(), "Parsing took longer than the time budget of "
                    + pool.budget().toSeconds() + " s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the parsing threads and the change feed (at application shutdown). */
    @jakarta.annotation.PreDestroy
    void close() {
        try {
            // a shutdown right after start: let the opening finish with the database it is reading
            opened.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            // failed or still running: nothing more to wait for
        }
        pool.close();
        if (feed != null) {
            feed.close();
        }
    }

    // ---- other instances on the same database --------------------------------------------------

    /** Another instance added, reparsed ({@code changed}) or deleted article {@code id}: show it here too. */
    void applyRemote(String change, long id) {
        String key = Long.toString(id);
        writeLock.lock();
        try {
            if (change.equals("deleted")) {
                StoredArticle removed = entries.remove(key);
                fingerprints.remove(key);
                if (removed == null) {
                    return;
                }
                storedBytes.addAndGet(-removed.textBytes());
            } else {
                Optional<ArticleStore.Row> row = store.loadById(id);
                if (row.isEmpty()) {
                    return; // deleted again meanwhile; its own notice follows
                }
                putRow(row.get());
            }
            publish();
        } finally {
            writeLock.unlock();
        }
        fireChanged();
    }

    /** Brings memory in line with the database: what others added or deleted while nobody listened. */
    void resync() {
        boolean changed = false;
        writeLock.lock();
        try {
            java.util.Set<Long> ids = store.ids();
            for (String id : List.copyOf(entries.keySet())) {
                if (!ids.contains(Long.parseLong(id))) {
                    StoredArticle removed = entries.remove(id);
                    fingerprints.remove(id);
                    storedBytes.addAndGet(-removed.textBytes());
                    changed = true;
                }
            }
            for (long id : ids) {
                if (!entries.containsKey(Long.toString(id))) {
                    store.loadById(id).ifPresent(this::putRow);
                    changed = true;
                }
            }
            if (changed) {
                publish();
            }
        } finally {
            writeLock.unlock();
        }
        if (changed) {
            fireChanged();
        }
    }

    /** Puts a row read back from the database in memory (under the write lock); returns the article. */
    private StoredArticle putRow(ArticleStore.Row row) {
        StoredArticle article = assemble(row.record(), row.text(), row.mentions(), row.claims(), row.corrections(), null);
        StoredArticle old = entries.put(article.id(), article);
        fingerprints.put(article.id(), row.sha256());
        storedBytes.addAndGet(article.textBytes() - (old == null ? 0 : old.textBytes()));
        return article;
    }

    private static List<Mention> keptMentions(Parsed result) {
        return result.parsed() == null ? List.of() : result.parsed().mentions().stream().map(ArticleLibrary::kept).toList();
    }

    /** Distinct resolved places outside boilerplate: what the map shows for the article. */
    public static int placeCount(List<Mention> mentions) {
        return (int) mentions.stream().filter(Mention::isResolved)
                .filter(m -> m.zone() != org.placemap.corpus.Zone.BOILERPLATE)
                .map(m -> m.place().id()).distinct().count();
    }

    private StoredArticle insert(Prepared p, Parsed result, Instant now) {
        NewArticle in = p.input();
        String title = p.title();
        String source = p.source();
        List<Mention> mentions = keptMentions(result);
        List<DistanceClaim> claims = result.claims().stream().map(c -> kept(c, c.articleId())).toList();
        Instant addedAt = now.truncatedTo(ChronoUnit.MILLIS);
        long id = store.insert(new ArticleStore.NewRow(title, source, p.sourceUrl(), p.published(), addedAt,
                in.fileName(), in.format(), p.text(), p.fingerprint(),
                result.failure() == null ? ArticleRecord.Status.PARSED : ArticleRecord.Status.FAILED,
                result.failure(), mentions, claims));
        String key = Long.toString(id);
        ArticleRecord record = new ArticleRecord(key, title, source, p.sourceUrl(), p.published(), addedAt,
                in.fileName(), in.format(),
                result.failure() == null ? ArticleRecord.Status.PARSED : ArticleRecord.Status.FAILED, result.failure(),
                mentions.size(), placeCount(mentions), claims.size(), p.text().length());
        return assemble(record, p.text(), mentions, claims.stream().map(c -> kept(c, key)).toList(), List.of(), p.draft());
    }

    /**
     * The article as held in memory: the readers' decisions are laid over the parser's mentions and claims
     * ({@link Overlay}), its share of the map is made from the text (the one step that reads it), then the
     * text is dropped; {@link StoredArticle#text()} reads it from the database again. {@code known} is the
     * reading of the text made when it was added or last assembled, or null to read it again.
     */
    private StoredArticle assemble(ArticleRecord record, String text, List<Mention> parserMentions,
            List<DistanceClaim> parserClaims, List<Correction> corrections, Article known) {
        long bytes = TextChecks.utf8Length(text);
        if (record.status() == ArticleRecord.Status.FAILED) {
            return new StoredArticle(record, null, List.of(), List.of(), bytes, null, this::storedText, List.of(),
                    List.of(), corrections);
        }
        Article draft = known != null ? known : CorpusLoader.article("", text);
        Article article = new Article(record.id(), record.title(), record.source(), text, draft.titleRange(),
                draft.boilerplate(), draft.comments(), draft.sentences());
        Overlay.Result seen = Overlay.apply(article, parserMentions, parserClaims, corrections, this::remeasure);
        List<Mention> mentions = seen.mentions();
        List<DistanceClaim> claims = seen.claims();
        ArticleRecord counted = new ArticleRecord(record.id(), record.title(), record.source(), record.sourceUrl(),
                record.publishedDate(), record.addedAt(), record.fileName(), record.format(), record.status(),
                record.failureReason(), mentions.size(), placeCount(mentions), claims.size(), record.textLength());
        Atlas.Part part = Atlas.Part.of(new ParsedArticle(article, mentions), claims);
        ParsedArticle withoutText = new ParsedArticle(article.withText(""), mentions);
        return new StoredArticle(counted, withoutText, mentions, claims, bytes, part, this::storedText, parserMentions,
                parserClaims, corrections);
    }

    /** Measures a claim again with corrected ends, by the claim extractor's rules (made on first use). */
    private DistanceClaim remeasure(DistanceClaim claim, org.placemap.gazetteer.Place from,
            org.placemap.gazetteer.Place to, boolean toIsLine) {
        ClaimExtractor extractor = remeasurer;
        if (extractor == null) {
            synchronized (this) {
                if (remeasurer == null) {
                    remeasurer = new ClaimExtractor(gazetteer);
                }
                extractor = remeasurer;
            }
        }
        return kept(extractor.remeasure(claim, from, to, toIsLine), claim.articleId());
    }

    private volatile ClaimExtractor remeasurer;

    /** The readers' decisions and their operations (correct, add, remove, undo). */
    public Corrections corrections() {
        awaitOpen();
        return corrections;
    }

    private final Corrections corrections;

    /**
     * Reads the decisions about {@code ids} back from the database and lays them over those articles again,
     * then publishes once and notifies once: after a correction or an undo has committed.
     */
    void refresh(java.util.Collection<String> ids) {
        boolean changed = false;
        writeLock.lock();
        try {
            for (String id : ids) {
                StoredArticle old = entries.get(id);
                if (old == null) {
                    continue;
                }
                List<Correction> decided = store.corrections().of(Long.parseLong(id));
                Article known = old.parsed() == null ? null : old.parsed().article();
                String text = old.text();
                entries.put(id, assemble(old.record(), text, old.parserMentions(), old.parserClaims(), decided,
                        known == null ? null : known.withText(text)));
                changed = true;
            }
            if (changed) {
                publish();
            }
        } finally {
            writeLock.unlock();
        }
        if (changed) {
            fireChanged();
        }
    }

    /** The stored text of an article, from the database; "" when it is gone. */
    private String storedText(String id) {
        try {
            return store.text(Long.parseLong(id)).orElse("");
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /**
     * The parsed article with its text, read from the database: for showing the whole article. The map
     * and the lists hold articles without their texts.
     */
    public Optional<ParsedArticle> withText(String id) {
        return stored(id).filter(s -> s.parsed() != null)
                .map(s -> new ParsedArticle(s.parsed().article().withText(s.text()), s.parsed().mentions()));
    }

    /** A mention as the database keeps it: with at most {@value #KEPT_ALTERNATIVES} runner-up candidates. */
    private static Mention kept(Mention m) {
        return m.alternatives().size() <= KEPT_ALTERNATIVES ? m
                : new Mention(m.start(), m.end(), m.text(), m.form(), m.zone(), m.place(), m.confidence(),
                        m.alternatives().subList(0, KEPT_ALTERNATIVES));
    }

    /** Runner-up candidates kept per mention, for a reader to choose from. */
    static final int KEPT_ALTERNATIVES = 5;

    /** A claim as the database keeps it, of the article {@code articleId}. */
    private static DistanceClaim kept(DistanceClaim c, String articleId) {
        ReferenceRange r = c.referencePoints();
        ReferenceRange range = r == null ? null : new ReferenceRange(r.minKm(), r.maxKm(), r.verdictDepends(), List.of());
        return new DistanceClaim(articleId, c.text(), c.start(), c.end(), c.sentence(), c.from(), c.to(), c.cited(),
                c.measuredKm(), c.deviationPercent(), c.verdict(), c.reason(), range);
    }

    // ---- startup ----------------------------------------------------------------------------------

    /** Reads every stored article back (see the class comment for why nothing is parsed again). */
    private void restore() {
        long t0 = System.nanoTime();
        entries.clear();
        fingerprints.clear();
        long[] bytes = {0};
        int[] count = {0};
        // one row at a time: each text is read, made into the article's share of the map, and dropped
        store.forEachRow(row -> {
            StoredArticle article = assemble(row.record(), row.text(), row.mentions(), row.claims(), row.corrections(), null);
            entries.put(row.record().id(), article);
            fingerprints.put(row.record().id(), row.sha256());
            bytes[0] += article.textBytes();
            count[0]++;
        });
        storedBytes.set(bytes[0]);
        publish();
        log.info("Corpus: restored {} articles from the database in {} ms: {}",
                count[0], (System.nanoTime() - t0) / 1_000_000, summary());
    }

    /** The library's counts in one line, for the log: mentions, places, claims, failures. */
    String summary() {
        Atlas atlas = snapshot.atlas();
        long mentions = atlas.articles().stream().mapToLong(p -> p.mentions().size()).sum();
        long unresolved = atlas.articles().stream().mapToLong(p -> p.unresolvedMentions().size()).sum();
        long failed = entries.values().stream().filter(e -> e.parsed() == null).count();
        return String.format(Locale.ROOT, "%d mentions (%d unresolved), %d places, %d distance claims%s",
                mentions, unresolved, atlas.places().size(), atlas.claims().size(),
                failed == 0 ? "" : ", " + failed + " failed to parse");
    }

    /** Builds the snapshot of {@link #entries}; called under the write lock. */
    private void publish() {
        // each article's share of the map is made once, when it is new or changed (the step that reads
        // its text); the map itself is only merged from the shares, so a change costs little however
        // large the library
        List<Atlas.Part> parts = new ArrayList<>();
        Map<String, StoredArticle> byId = new HashMap<>();
        Map<String, String> bySha = new HashMap<>();
        List<ArticleRecord> records = new ArrayList<>();
        for (StoredArticle e : entries.values()) {
            if (e.part() != null) {
                parts.add(e.part());
            }
            byId.put(e.id(), e);
            bySha.put(fingerprints.get(e.id()), e.id());
            records.add(e.record());
        }
        Collections.reverse(records);
        snapshot = new Snapshot(snapshot.version() + 1, Atlas.ofParts(parts), List.copyOf(records),
                Map.copyOf(byId), Map.copyOf(bySha));
    }

    // ---- small helpers ----------------------------------------------------------------------------

    Gazetteer gazetteer() {
        return gazetteer;
    }
}
