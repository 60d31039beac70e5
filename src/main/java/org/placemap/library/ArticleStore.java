package org.placemap.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.placemap.claims.CitedDistance;
import org.placemap.claims.DistanceClaim;
import org.placemap.claims.Endpoint;
import org.placemap.claims.Hedge;
import org.placemap.claims.ReferenceRange;
import org.placemap.claims.Verdict;
import org.placemap.corpus.TextRange;
import org.placemap.corpus.Zone;
import org.placemap.distance.GeoPoint;
import org.placemap.distance.Units;
import org.placemap.gazetteer.LineKind;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;
import org.placemap.geoparse.Mention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables of {@code db/migration}: one article with its mentions and claims is written in one
 * transaction, so a failure leaves nothing half-written. Plain SQL that H2 and PostgreSQL both accept.
 *
 * <p>Reading back, a mention's or claim endpoint's place is the gazetteer's entry with the stored id; when
 * the gazetteer no longer has it, a place is rebuilt from the stored name, kind, country and point, so the
 * map still shows what is stored.
 */
final class ArticleStore {

    /** An article row as stored, with its mentions and claims rebuilt. */
    record Row(ArticleRecord record, String text, String sha256, List<Mention> mentions, List<DistanceClaim> claims,
            List<Correction> corrections) {}

    /** What {@link #insert} writes. */
    record NewRow(String title, String source, String sourceUrl, LocalDate publishedDate, Instant addedAt,
            String fileName, NewArticle.Format format, String text, String sha256, ArticleRecord.Status status,
            String failureReason, List<Mention> mentions, List<DistanceClaim> claims) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final Function<String, Optional<Place>> places;

    ArticleStore(JdbcTemplate template, TransactionTemplate tx, Function<String, Optional<Place>> places) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.tx = tx;
        this.places = places;
        String product = template.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        this.postgres = "PostgreSQL".equals(product);
        this.corrections = new CorrectionStore(this, tx);
    }

    private final CorrectionStore corrections;

    /** The readers' decisions, in the same database. */
    CorrectionStore corrections() {
        return corrections;
    }

    /** An article row with its text (kept in a table of its own, V3), for reading articles back. */
    private static final String ARTICLE_ROWS = "SELECT a.*, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id";

    /** The PostgreSQL channel on which every instance announces its changes ({@link ChangeFeed}). */
    static final String CHANNEL = "placemap_articles";

    private final boolean postgres;
    /** Who this store is, in its announcements, so that an instance can skip its own. */
    private final String instance = java.util.UUID.randomUUID().toString();

    boolean isPostgres() {
        return postgres;
    }

    String instance() {
        return instance;
    }

    JdbcTemplate template() {
        return template;
    }

    /**
     * Tells the other instances on this PostgreSQL database, when the current transaction commits, that
     * article {@code id} was added, changed or deleted ({@code pg_notify}: delivered at commit, dropped on
     * rollback). Nothing on H2, which one instance has to itself.
     */
    void announce(String change, long id) {
        if (postgres) {
            jdbc.sql("SELECT pg_notify(?, ?)").param(CHANNEL).param(instance + " " + change + " " + id)
                    .query((rs, n) -> null).list();
        }
    }

    /** Writes the article, its mentions and its claims in one transaction; returns the new id. */
    long insert(NewRow row) {
        Long id = tx.execute(status -> {
            jdbc.sql("""
                    INSERT INTO articles (title, source, source_url, published_date, added_at, file_name,
                                          content_format, text_sha256, status, failure_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .param(clip(row.title(), 1000)).param(clip(row.source(), 1000)).param(clip(row.sourceUrl(), 2000))
                    .param(new SqlParameterValue(Types.DATE, row.publishedDate()))
                    .param(new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.ofInstant(row.addedAt(), ZoneOffset.UTC)))
                    .param(clip(row.fileName(), 1000)).param(row.format().name())
                    .param(row.sha256()).param(row.status().name()).param(clip(row.failureReason(), 2000))
                    .update();
            // the fingerprint is unique: a portable way to read the generated id back
            long newId = jdbc.sql("SELECT id FROM articles WHERE text_sha256 = ?").param(row.sha256())
                    .query(Long.class).single();
            jdbc.sql("INSERT INTO article_texts (article_id, text) VALUES (?, ?)").param(newId).param(row.text()).update();
            insertMentions(newId, row.mentions());
            insertClaims(newId, row.claims());
            announce("added", newId);
            return newId;
        });
        return id;
    }

    private void insertMentions(long articleId, List<Mention> mentions) {
        List<Object[]> rows = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Place p = m.place();
            GeoPoint pt = p == null ? null : p.point();
            rows.add(new Object[] {articleId, m.start(), m.end(), clip(m.text(), 1000), m.form().name(), m.zone().name(),
                m.confidence(), p == null ? null : p.id(), p == null ? null : clip(p.name(), 1000),
                p == null ? null : p.kind().name(), p == null ? null : p.countryCode(),
                pt == null ? null : pt.latitudeDeg(), pt == null ? null : pt.longitudeDeg(), alternatives(m)});
        }
        template.batchUpdate("""
                INSERT INTO mentions (article_id, start_offset, end_offset, mention_text, form, zone, confidence,
                                      place_id, place_name, place_kind, country_code, lat, lon, alternatives)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[] {Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.DOUBLE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE,
                    Types.VARCHAR});
    }

    /** The runner-up candidates as stored: "id score" pairs separated by ";", best first; null when none. */
    static String alternatives(Mention m) {
        if (m.alternatives().isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (org.placemap.gazetteer.Candidate c : m.alternatives()) {
            String pair = c.place().id() + " " + String.format(java.util.Locale.ROOT, "%.4f", c.score());
            if (out.length() + pair.length() + 1 > 4000) {
                break;
            }
            out.append(out.isEmpty() ? "" : ";").append(pair);
        }
        return out.toString();
    }

    /** The candidates of {@link #alternatives(Mention)} the gazetteer still has. */
    private List<org.placemap.gazetteer.Candidate> alternatives(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        List<org.placemap.gazetteer.Candidate> out = new ArrayList<>();
        for (String pair : stored.split(";")) {
            int space = pair.lastIndexOf(' ');
            if (space <= 0) {
                continue;
            }
            double score;
            try {
                score = Double.parseDouble(pair.substring(space + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            places.apply(pair.substring(0, space)).ifPresent(p -> out.add(new org.placemap.gazetteer.Candidate(p, score)));
        }
        return out;
    }

    private void insertClaims(long articleId, List<DistanceClaim> claims) {
        List<Object[]> rows = new ArrayList<>(claims.size());
        for (DistanceClaim c : claims) {
            List<Object> v = new ArrayList<>(38);
            v.add(articleId);
            v.add(c.start());
            v.add(c.end());
            v.add(clip(c.text(), 4000));
            v.add(c.sentence().start());
            v.add(c.sentence().end());
            endpoint(v, c.from());
            endpoint(v, c.to());
            v.add(c.citedValue());
            v.add(c.citedValueHigh());
            v.add(c.citedUnit() == null ? null : c.citedUnit().name());
            v.add(c.hedge().name());
            v.add(clip(c.hedgeText(), 200));
            v.add(c.citedKm());
            v.add(c.measuredKm());
            v.add(c.deviationPercent());
            v.add(c.verdict().name());
            v.add(clip(c.reason(), 2000));
            ReferenceRange r = c.referencePoints();
            v.add(r == null ? null : r.minKm());
            v.add(r == null ? null : r.maxKm());
            v.add(r == null ? null : r.verdictDepends());
            rows.add(v.toArray());
        }
        int[] endpointTypes = {Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.DOUBLE, Types.DOUBLE};
        int[] types = new int[37];
        int i = 0;
        for (int t : new int[] {Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.INTEGER, Types.INTEGER}) {
            types[i++] = t;
        }
        for (int k = 0; k < 2; k++) {
            for (int t : endpointTypes) {
                types[i++] = t;
            }
        }
        for (int t : new int[] {Types.DOUBLE, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE,
            Types.DOUBLE, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.BOOLEAN}) {
            types[i++] = t;
        }
        template.batchUpdate("""
                INSERT INTO claims (article_id, start_offset, end_offset, claim_text, sentence_start, sentence_end,
                    from_name, from_start, from_end, from_place_id, from_place_name, from_place_kind,
                    from_country_code, from_lat, from_lon,
                    to_name, to_start, to_end, to_place_id, to_place_name, to_place_kind,
                    to_country_code, to_lat, to_lon,
                    cited_value, cited_value_high, cited_unit, hedge, hedge_text, cited_km, measured_km,
                    deviation_percent, verdict, reason, ref_min_km, ref_max_km, ref_verdict_depends)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, ?)""", rows, types);
    }

    private static void endpoint(List<Object> v, Endpoint e) {
        Place p = e.place();
        GeoPoint pt = p == null ? null : p.point();
        v.add(clip(e.name(), 1000));
        v.add(e.start());
        v.add(e.end());
        v.add(p == null ? null : p.id());
        v.add(p == null ? null : clip(p.name(), 1000));
        v.add(p != null ? p.kind().name() : e.isLine() ? e.line().name() : null);
        v.add(p == null ? null : p.countryCode());
        v.add(pt == null ? null : pt.latitudeDeg());
        v.add(pt == null ? null : pt.longitudeDeg());
    }

    /** Replaces what parsing found in an article (status, mentions, claims) in one transaction; false when it is gone. */
    boolean replaceParse(long id, ArticleRecord.Status status, String failureReason, List<Mention> mentions,
            List<DistanceClaim> claims) {
        Boolean done = tx.execute(s -> {
            int n = jdbc.sql("UPDATE articles SET status = ?, failure_reason = ? WHERE id = ?")
                    .param(status.name()).param(clip(failureReason, 2000)).param(id).update();
            if (n == 0) {
                return false;
            }
            jdbc.sql("DELETE FROM mentions WHERE article_id = ?").param(id).update();
            jdbc.sql("DELETE FROM claims WHERE article_id = ?").param(id).update();
            insertMentions(id, mentions);
            insertClaims(id, claims);
            announce("changed", id);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Deletes the article; the foreign keys cascade to its mentions and claims. */
    boolean delete(long id) {
        Integer n = tx.execute(status -> {
            int deleted = jdbc.sql("DELETE FROM articles WHERE id = ?").param(id).update();
            if (deleted > 0) {
                announce("deleted", id);
            }
            return deleted;
        });
        return n != null && n > 0;
    }

    Optional<Long> idByFingerprint(String sha256) {
        return jdbc.sql("SELECT id FROM articles WHERE text_sha256 = ?").param(sha256).query(Long.class).optional();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM articles").query(Integer.class).single();
    }

    Optional<String> state(String name) {
        return jdbc.sql("SELECT state FROM library_state WHERE name = ?").param(name).query(String.class).optional();
    }

    void setState(String name, String value) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM library_state WHERE name = ?").param(name).update();
            jdbc.sql("INSERT INTO library_state (name, state, changed_at) VALUES (?, ?, ?)")
                    .param(name).param(value)
                    .param(new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.now(ZoneOffset.UTC)))
                    .update();
        });
    }

    /**
     * Hands every article to {@code each}, oldest first (added time, then id), with its mentions and
     * claims in text order, one row at a time (the texts are fetched a few rows at a time, never all at
     * once). Mentions and claims of all articles are read first, as the map needs all of them anyway.
     */
    void forEachRow(java.util.function.Consumer<Row> each) {
        tx.executeWithoutResult(status -> {
            Map<Long, List<Mention>> mentions = new HashMap<>();
            jdbc.sql("SELECT * FROM mentions ORDER BY article_id, id").query((rs, n) -> {
                mentions.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(mention(rs));
                return null;
            }).list();
            Map<Long, List<DistanceClaim>> claims = new HashMap<>();
            jdbc.sql("SELECT * FROM claims ORDER BY article_id, id").query((rs, n) -> {
                claims.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(claim(rs));
                return null;
            }).list();
            Map<Long, List<Correction>> decided = corrections.all();
            JdbcTemplate streaming = new JdbcTemplate(java.util.Objects.requireNonNull(template.getDataSource()));
            streaming.setFetchSize(8);
            streaming.query(ARTICLE_ROWS + " ORDER BY a.added_at, a.id", rs -> {
                long id = rs.getLong("id");
                List<Mention> ms = mentions.getOrDefault(id, List.of());
                List<DistanceClaim> cs = claims.getOrDefault(id, List.of());
                each.accept(new Row(record(rs, ms, cs), rs.getString("text"), rs.getString("text_sha256").strip(), ms, cs,
                        decided.getOrDefault(id, List.of())));
            });
        });
    }

    /** Every article as {@link #forEachRow} gives them, in a list (for tests and small libraries). */
    List<Row> loadAll() {
        List<Row> rows = new ArrayList<>();
        forEachRow(rows::add);
        return rows;
    }

    /** The stored text of an article; empty when there is no such article. */
    Optional<String> text(long id) {
        return jdbc.sql("SELECT text FROM article_texts WHERE article_id = ?").param(id).query(String.class).optional();
    }

    /** The article with this id, with its mentions and claims; empty when there is none. */
    Optional<Row> loadById(long id) {
        return tx.execute(status -> {
            List<Mention> ms = jdbc.sql("SELECT * FROM mentions WHERE article_id = ? ORDER BY id").param(id)
                    .query((rs, n) -> mention(rs)).list();
            List<DistanceClaim> cs = jdbc.sql("SELECT * FROM claims WHERE article_id = ? ORDER BY id").param(id)
                    .query((rs, n) -> claim(rs)).list();
            List<Correction> decided = corrections.of(id);
            return jdbc.sql(ARTICLE_ROWS + " WHERE a.id = ?").param(id)
                    .query((rs, n) -> new Row(record(rs, ms, cs), rs.getString("text"), rs.getString("text_sha256").strip(), ms, cs,
                            decided))
                    .optional();
        });
    }

    /** The ids of every stored article. */
    java.util.Set<Long> ids() {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM articles").query(Long.class).list());
    }

    /** The article with this text fingerprint, with its mentions and claims; empty when there is none. */
    Optional<Row> loadByFingerprint(String sha256) {
        return idByFingerprint(sha256).flatMap(this::loadById);
    }

    /** The record of a row of {@code articles}, with counts from its mentions and claims. */
    static ArticleRecord record(ResultSet rs, List<Mention> mentions, List<DistanceClaim> claims) throws SQLException {
        String text = rs.getString("text");
        OffsetDateTime added = rs.getObject("added_at", OffsetDateTime.class);
        return new ArticleRecord(
                Long.toString(rs.getLong("id")),
                rs.getString("title"),
                rs.getString("source"),
                rs.getString("source_url"),
                rs.getObject("published_date", LocalDate.class),
                added.toInstant(),
                rs.getString("file_name"),
                NewArticle.Format.valueOf(rs.getString("content_format")),
                ArticleRecord.Status.valueOf(rs.getString("status")),
                rs.getString("failure_reason"),
                mentions.size(),
                ArticleLibrary.placeCount(mentions),
                claims.size(),
                text.length());
    }

    private Mention mention(ResultSet rs) throws SQLException {
        Place place = place(rs, "place_id", "place_name", "place_kind", "country_code", "lat", "lon");
        return new Mention(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("mention_text"),
                Mention.Form.valueOf(rs.getString("form")), Zone.valueOf(rs.getString("zone")), place,
                rs.getDouble("confidence"), alternatives(rs.getString("alternatives")));
    }

    private DistanceClaim claim(ResultSet rs) throws SQLException {
        Endpoint from = endpoint(rs, "from_");
        Endpoint to = endpoint(rs, "to_");
        String unit = rs.getString("cited_unit");
        CitedDistance cited = new CitedDistance(rs.getDouble("cited_value"), rs.getDouble("cited_value_high"),
                unit == null ? null : Units.valueOf(unit), Hedge.valueOf(rs.getString("hedge")), rs.getString("hedge_text"));
        Double refMin = nullableDouble(rs, "ref_min_km");
        ReferenceRange range = refMin == null ? null
                : new ReferenceRange(refMin, rs.getDouble("ref_max_km"), rs.getBoolean("ref_verdict_depends"), List.of());
        return new DistanceClaim(Long.toString(rs.getLong("article_id")), rs.getString("claim_text"),
                rs.getInt("start_offset"), rs.getInt("end_offset"),
                new TextRange(rs.getInt("sentence_start"), rs.getInt("sentence_end")), from, to, cited,
                nullableDouble(rs, "measured_km"), nullableDouble(rs, "deviation_percent"),
                Verdict.valueOf(rs.getString("verdict")), rs.getString("reason"), range);
    }

    /**
     * A claim's end from the columns starting {@code prefix}; a border or coast keeps its line kind in the kind
     * column even when it was not measured (no place).
     */
    private Endpoint endpoint(ResultSet rs, String prefix) throws SQLException {
        Place place = place(rs, prefix + "place_id", prefix + "place_name", prefix + "place_kind", prefix + "country_code",
                prefix + "lat", prefix + "lon");
        String kind = rs.getString(prefix + "place_kind");
        LineKind line = kind == null ? null : switch (kind) {
            case "BORDER" -> LineKind.BORDER;
            case "COAST" -> LineKind.COAST;
            default -> null;
        };
        return new Endpoint(rs.getString(prefix + "name"), rs.getInt(prefix + "start"), rs.getInt(prefix + "end"), place, line);
    }

    Place place(ResultSet rs, String id, String name, String kind, String country, String lat, String lon)
            throws SQLException {
        String placeId = rs.getString(id);
        if (placeId == null) {
            return null;
        }
        Optional<Place> known = places.apply(placeId);
        if (known.isPresent()) {
            return known.get();
        }
        Double la = nullableDouble(rs, lat);
        Double lo = nullableDouble(rs, lon);
        return new Place(placeId, rs.getString(name), List.of(), la == null || lo == null ? null : new GeoPoint(la, lo),
                PlaceKind.valueOf(rs.getString(kind)), "", "", nullToEmpty(rs.getString(country)), "", 0);
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
