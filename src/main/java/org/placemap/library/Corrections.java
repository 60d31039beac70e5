package org.placemap.library;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.corpus.TextRange;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;

/**
 * What readers decide about the machine's reading: a mention corrected to another place or to "not a
 * place", a missed mention added, a claim end corrected (a correction at that end's span), each for one
 * mention or for every mention of the same name in the article or the library, and undo.
 *
 * <h2>How decisions are kept</h2>
 * Each action is one batch of {@link Correction}s written in one transaction ({@link CorrectionStore});
 * the parser's rows are never touched. The articles concerned are then assembled again from the parser's
 * output and all their decisions ({@link Overlay}): the map, the API and the exports all show the result,
 * with {@link Mention#decision()} saying who decided and when. Undo deletes the newest batch, so the
 * decision before it at each span (or the parser's reading) holds again. A reparse replaces only the
 * parser's output; {@link #disagreements} lists where the parser now reads a decided span otherwise.
 *
 * <h2>Same name</h2>
 * "Apply to all" takes every mention whose text equals the chosen one's, ignoring case and runs of white
 * space ("Palmyra", "PALMYRA"); not inflections or other spellings, which may name another place.
 *
 * <h2>Thread safety</h2>
 * Safe for concurrent use; actions are serialised by one lock (they are small), reads of the library
 * never wait for them.
 */
public final class Corrections {

    /** How far a correction reaches. */
    public enum Scope {
        /** This mention only. */
        MENTION,
        /** Every mention of the same name in this article. */
        ARTICLE,
        /** Every mention of the same name in every article. */
        LIBRARY
    }

    /** A request the library cannot carry out, with a message for the user; {@code notFound} for 404s. */
    public static final class CorrectionException extends RuntimeException {
        private final boolean notFound;

        CorrectionException(String message, boolean notFound) {
            super(message);
            this.notFound = notFound;
        }

        /** True when what was named does not exist (an article, a mention, a batch); false for a bad request. */
        public boolean notFound() {
            return notFound;
        }
    }

    /**
     * What an action did.
     *
     * @param batch       the batch id, for {@link #undo(long)}
     * @param description one line for the user ("Palmyra → Palmyra (Syria), 3 mentions in 2 articles")
     * @param changed     the decisions made, one per mention
     */
    public record Result(long batch, String description, List<Correction> changed) {
        /** The ids of the articles it changed. */
        public Set<String> articles() {
            Set<String> out = new LinkedHashSet<>();
            changed.forEach(c -> out.add(c.articleId()));
            return out;
        }
    }

    /** A decided span the parser, after a reparse, reads otherwise. */
    public record Disagreement(int start, int end, String text, String readerPlaceId, String parserPlaceId) {}

    private final ArticleLibrary library;
    private final CorrectionStore store;
    private final Gazetteer gazetteer;
    private final ReentrantLock lock = new ReentrantLock();

    Corrections(ArticleLibrary library, CorrectionStore store, Gazetteer gazetteer) {
        this.library = library;
        this.store = store;
        this.gazetteer = gazetteer;
    }

    /**
     * Sets the mention at exactly {@code start..end} of article {@code articleId} to the place {@code placeId}
     * (null: not a place), for that mention or, by {@code scope}, every mention of the same name.
     *
     * @param by the account deciding, or null without accounts
     * @throws CorrectionException when the article, the mention or the place does not exist
     */
    public Result correct(String articleId, int start, int end, String placeId, Scope scope, String by) {
        StoredArticle article = parsedArticle(articleId);
        Mention mention = article.mentionAt(start, end).orElseThrow(() -> new CorrectionException(
                "Article " + articleId + " has no mention at " + start + "-" + end
                        + (article.mentions().isEmpty() ? "" : "; POST to add one"), true));
        Place place = place(placeId);
        List<CorrectionStore.NewCorrection> rows = new ArrayList<>();
        rows.add(new CorrectionStore.NewCorrection(Long.parseLong(article.id()), start, end, mention.text(), place));
        addSameName(rows, article, start, end, mention.text(), place, scope);
        return write(by, describe(mention.text(), place, rows), rows);
    }

    /**
     * "Apply to all": adds to {@code rows} every other mention of {@code name} that {@code scope} reaches and
     * that does not already show {@code place} by a reader's decision, and, when {@code place} is a place (not
     * "not a place"), the occurrences of the name no mention covers ({@link #unmarked}). The span
     * {@code start..end} of {@code article} itself is the caller's.
     */
    private void addSameName(List<CorrectionStore.NewCorrection> rows, StoredArticle article, int start, int end,
                             String name, Place place, Scope scope) {
        String key = nameKey(name);
        for (StoredArticle other : reach(article, scope)) {
            boolean here = other.id().equals(article.id());
            for (Mention m : other.mentions()) {
                boolean same = here && m.start() == start && m.end() == end;
                if (!same && nameKey(m.text()).equals(key) && !already(m, place)) {
                    rows.add(new CorrectionStore.NewCorrection(Long.parseLong(other.id()), m.start(), m.end(), m.text(), place));
                }
            }
            if (place == null) {
                continue;
            }
            for (TextRange r : unmarked(other, name)) {
                if (!(here && r.start() == start && r.end() == end)) {
                    rows.add(new CorrectionStore.NewCorrection(Long.parseLong(other.id()), r.start(), r.end(),
                            other.text().substring(r.start(), r.end()), place));
                }
            }
        }
    }

    /** The articles a correction of {@code scope} made in {@code article} reaches besides the one mention. */
    private List<StoredArticle> reach(StoredArticle article, Scope scope) {
        return switch (scope == null ? Scope.MENTION : scope) {
            case MENTION -> List.of();
            case ARTICLE -> List.of(article);
            case LIBRARY -> library.articles().stream().map(r -> library.stored(r.id()).orElse(null))
                    .filter(s -> s != null && s.parsed() != null).toList();
        };
    }

    /**
     * The occurrences of {@code name} in {@code article} that no mention covers, so that "apply to all"
     * also places the ones the parser missed. An occurrence is the name's words in the same case (a
     * lower-case "reading" is not the town Reading), separated by any white space, standing as whole
     * words, and overlapping no mention (a rejected one included: the reader said it is not a place).
     */
    public static List<TextRange> unmarked(StoredArticle article, String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        List<Mention> taken = article.mentions();
        List<TextRange> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex.toString()).matcher(article.text());
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (taken.stream().noneMatch(t -> t.start() < e && s < t.end())) {
                out.add(new TextRange(s, e));
            }
        }
        return out;
    }

    /**
     * Adds a mention the parser missed: {@code start..end} of article {@code articleId} names {@code placeId}.
     * The span must lie on the text, start and end at word boundaries, and not be a mention already.
     *
     * @throws CorrectionException when the article or place does not exist, or the span is not a name's
     */
    public Result add(String articleId, int start, int end, String placeId, String by) {
        return add(articleId, start, end, placeId, Scope.MENTION, by);
    }

    /**
     * As {@link #add(String, int, int, String, String)}, and by {@code scope} also every other occurrence
     * of the same words in this article or in every article (see {@link #unmarked}), and every mention of
     * that name the parser placed elsewhere.
     */
    public Result add(String articleId, int start, int end, String placeId, Scope scope, String by) {
        StoredArticle article = parsedArticle(articleId);
        if (placeId == null || placeId.isBlank()) {
            throw new CorrectionException("An added mention needs a place id (\"placeId\").", false);
        }
        Place place = place(placeId);
        String text = article.text();
        String name = span(text, start, end);
        if (article.mentionAt(start, end).filter(m -> !m.isRejected()).isPresent()) {
            throw new CorrectionException("Article " + articleId + " already has a mention at " + start + "-" + end
                    + "; PUT to correct it", false);
        }
        List<CorrectionStore.NewCorrection> rows = new ArrayList<>();
        rows.add(new CorrectionStore.NewCorrection(Long.parseLong(article.id()), start, end, name, place));
        addSameName(rows, article, start, end, name, place, scope);
        String more = rows.size() == 1 ? "" : ", " + rows.size() + " mentions";
        return write(by, "Added \"" + oneLine(name) + "\" as " + label(place) + more, rows);
    }

    /**
     * Takes the mention at {@code start..end} off the map: "not a place". A mention the reader added goes
     * away entirely; one the parser found stays listed as rejected, so a reparse cannot bring it back.
     */
    public Result remove(String articleId, int start, int end, String by) {
        return correct(articleId, start, end, null, Scope.MENTION, by);
    }

    /** Takes back batch {@code batch}; empty when there is no such batch (or it is already undone). */
    public Optional<Result> undo(long batch) {
        lock.lock();
        try {
            Optional<CorrectionStore.Batch> known = store.batch(batch);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            List<Correction> removed = store.delete(batch);
            Result r = new Result(batch, known.get().description(), removed);
            library.refresh(r.articles());
            return Optional.of(r);
        } finally {
            lock.unlock();
        }
    }

    /** Takes back the newest batch made by {@code by} (by anyone when null); empty when there is none. */
    public Optional<Result> undoLast(String by) {
        lock.lock();
        try {
            return store.newest(by).flatMap(b -> undo(b.id()));
        } finally {
            lock.unlock();
        }
    }

    /** The decisions in force about article {@code articleId}, in text order. */
    public List<Correction> of(String articleId) {
        return library.stored(articleId).map(s -> Overlay.newestBySpan(s.corrections()).values().stream()
                .sorted(java.util.Comparator.comparingInt(Correction::start)).toList()).orElse(List.of());
    }

    /**
     * Where the parser's current reading of article {@code articleId} differs from a reader's decision in
     * force (after a reparse with a newer parser or gazetteer): the decision stands, this says where.
     */
    public List<Disagreement> disagreements(String articleId) {
        StoredArticle article = library.stored(articleId).orElse(null);
        if (article == null) {
            return List.of();
        }
        List<Disagreement> out = new ArrayList<>();
        for (Correction c : of(articleId)) {
            Mention parser = article.parserMentions().stream().filter(m -> c.at(m.start(), m.end())).findFirst().orElse(null);
            String parserId = parser == null || parser.place() == null ? null : parser.place().id();
            String readerId = c.place() == null ? null : c.place().id();
            boolean parserSawNothing = parser == null;
            boolean agree = java.util.Objects.equals(parserId, readerId) && !(parserSawNothing && readerId != null);
            if (!agree) {
                out.add(new Disagreement(c.start(), c.end(), c.text(), readerId, parserId));
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Result write(String by, String description, List<CorrectionStore.NewCorrection> rows) {
        lock.lock();
        try {
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            List<Correction> stored;
            try {
                stored = store.insert(by, at, description, rows);
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new CorrectionException("The article was deleted meanwhile.", true);
            }
            long batch = stored.isEmpty() ? -1 : stored.get(0).batch();
            Result r = new Result(batch, description, stored);
            library.refresh(r.articles());
            return r;
        } finally {
            lock.unlock();
        }
    }

    private StoredArticle parsedArticle(String articleId) {
        StoredArticle article = library.stored(canonical(articleId)).orElseThrow(() -> new CorrectionException(
                "No article with id " + articleId, true));
        if (article.parsed() == null) {
            throw new CorrectionException("Article " + articleId + " failed to parse; reparse it before correcting it.", false);
        }
        return article;
    }

    private static String canonical(String id) {
        try {
            return Long.toString(Long.parseLong(id));
        } catch (NumberFormatException | NullPointerException e) {
            return id == null ? "" : id;
        }
    }

    /** The gazetteer's place with this id; null for null (not a place). */
    private Place place(String placeId) {
        if (placeId == null) {
            return null;
        }
        return gazetteer.byId(placeId.strip()).orElseThrow(() -> new CorrectionException(
                "No place with id \"" + oneLine(placeId) + "\" in the gazetteer; search for one with GET /api/gazetteer/search?q=…", false));
    }

    /** The text at {@code start..end}, checked to be a name's span: on the text, trimmed, on word boundaries. */
    static String span(String text, int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            throw new CorrectionException("Offsets " + start + "-" + end + " do not fall on the text (0-" + text.length()
                    + ", start before end).", false);
        }
        if (end - start > 200) {
            throw new CorrectionException("Offsets " + start + "-" + end + " span " + (end - start)
                    + " characters; a place name is at most 200.", false);
        }
        String name = text.substring(start, end);
        if (!name.equals(name.strip()) || !Character.isLetterOrDigit(name.codePointAt(0))) {
            throw new CorrectionException("Offsets " + start + "-" + end + " do not start and end on the name (\""
                    + oneLine(name) + "\").", false);
        }
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))
                || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                || Character.isHighSurrogate(text.charAt(end - 1))) {
            throw new CorrectionException("Offsets " + start + "-" + end + " cut a word (\"" + oneLine(name) + "\").", false);
        }
        if (name.contains("\n")) {
            throw new CorrectionException("Offsets " + start + "-" + end + " cross a line break.", false);
        }
        return name;
    }

    /** Same name ("apply to all"): equal ignoring case and runs of white space. */
    public static String nameKey(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether mention {@code m} already shows {@code place} by a reader's decision (nothing to change). */
    private static boolean already(Mention m, Place place) {
        if (m.decision() == null) {
            return false;
        }
        return place == null ? m.place() == null : m.place() != null && m.place().id().equals(place.id());
    }

    private static String describe(String name, Place place, List<CorrectionStore.NewCorrection> rows) {
        long articles = rows.stream().map(CorrectionStore.NewCorrection::articleId).distinct().count();
        String where = rows.size() == 1 ? "" : ", " + rows.size() + " mentions" + (articles > 1 ? " in " + articles + " articles" : "");
        return "\"" + oneLine(name) + "\" → " + (place == null ? "not a place" : label(place)) + where;
    }

    static String label(Place p) {
        return p.name() + (p.countryCode().isEmpty() ? "" : " (" + p.countryCode() + ")");
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    /** For tests: the decisions by article, as stored. */
    Map<Long, List<Correction>> stored() {
        return store.all();
    }
}
