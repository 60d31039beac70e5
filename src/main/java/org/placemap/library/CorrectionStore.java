package org.placemap.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Place;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables {@code correction_batches} and {@code corrections} (V4): readers' decisions, one batch per
 * action, each written in one transaction. A decision's place is read back like a mention's ({@link
 * ArticleStore}): the gazetteer's entry, or rebuilt from the stored name, kind and point.
 */
final class CorrectionStore {

    /** A decision to write: the article, the span, the name as written and the place (null: not a place). */
    record NewCorrection(long articleId, int start, int end, String text, Place place) {}

    /** A stored batch: who made it, when, and what it was. */
    record Batch(long id, String by, Instant at, String description) {}

    private final ArticleStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    CorrectionStore(ArticleStore store, TransactionTemplate tx) {
        this.store = store;
        this.jdbc = JdbcClient.create(store.template());
        this.tx = tx;
    }

    /**
     * Writes one batch; returns its corrections as stored (with their ids). Articles deleted meanwhile make
     * the foreign key fail and nothing is written.
     */
    List<Correction> insert(String by, Instant at, String description, List<NewCorrection> rows) {
        return tx.execute(status -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO correction_batches (decided_by, decided_at, description) VALUES (?, ?, ?)")
                    .param(ArticleStore.clip(by, 100)).param(timestamp(at)).param(ArticleStore.clip(description, 1000))
                    .update(key, "id");
            long batch = key.getKeyAs(Number.class).longValue();
            Set<Long> articles = new LinkedHashSet<>();
            for (NewCorrection c : rows) {
                Place p = c.place();
                GeoPoint pt = p == null ? null : p.point();
                jdbc.sql("""
                        INSERT INTO corrections (batch_id, article_id, start_offset, end_offset, mention_text, place_id,
                                                 place_name, place_kind, country_code, lat, lon)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .param(batch).param(c.articleId()).param(c.start()).param(c.end())
                        .param(ArticleStore.clip(c.text(), 1000))
                        .param(new SqlParameterValue(Types.VARCHAR, p == null ? null : p.id()))
                        .param(new SqlParameterValue(Types.VARCHAR, p == null ? null : ArticleStore.clip(p.name(), 1000)))
                        .param(new SqlParameterValue(Types.VARCHAR, p == null ? null : p.kind().name()))
                        .param(new SqlParameterValue(Types.VARCHAR, p == null ? null : p.countryCode()))
                        .param(new SqlParameterValue(Types.DOUBLE, pt == null ? null : pt.latitudeDeg()))
                        .param(new SqlParameterValue(Types.DOUBLE, pt == null ? null : pt.longitudeDeg()))
                        .update();
                articles.add(c.articleId());
            }
            articles.forEach(id -> store.announce("changed", id));
            return ofBatch(batch);
        });
    }

    /** The corrections of one batch, oldest first. */
    private List<Correction> ofBatch(long batch) {
        return jdbc.sql(SELECT + " WHERE c.batch_id = ? ORDER BY c.id").param(batch).query((rs, n) -> correction(rs)).list();
    }

    /** The newest batch that still holds a correction, made by {@code by} (any account when null). */
    Optional<Batch> newest(String by) {
        String who = by == null ? "" : " AND b.decided_by = ?";
        var sql = jdbc.sql("SELECT b.* FROM correction_batches b WHERE EXISTS (SELECT 1 FROM corrections c WHERE c.batch_id = b.id)"
                + who + " ORDER BY b.id DESC FETCH FIRST 1 ROWS ONLY");
        if (by != null) {
            sql = sql.param(by);
        }
        return sql.query((rs, n) -> batch(rs)).optional();
    }

    Optional<Batch> batch(long id) {
        return jdbc.sql("SELECT * FROM correction_batches WHERE id = ?").param(id).query((rs, n) -> batch(rs)).optional();
    }

    /** Deletes a batch with its corrections; returns the corrections it held (empty when there was none). */
    List<Correction> delete(long batch) {
        return tx.execute(status -> {
            List<Correction> held = ofBatch(batch);
            jdbc.sql("DELETE FROM corrections WHERE batch_id = ?").param(batch).update();
            jdbc.sql("DELETE FROM correction_batches WHERE id = ?").param(batch).update();
            held.stream().map(c -> Long.parseLong(c.articleId())).distinct().forEach(id -> store.announce("changed", id));
            return held;
        });
    }

    /** Every correction of article {@code id}, oldest first. */
    List<Correction> of(long articleId) {
        return jdbc.sql(SELECT + " WHERE c.article_id = ? ORDER BY c.id").param(articleId).query((rs, n) -> correction(rs)).list();
    }

    /** Every correction, by article id, oldest first (for reading the library back). */
    Map<Long, List<Correction>> all() {
        Map<Long, List<Correction>> out = new HashMap<>();
        jdbc.sql(SELECT + " ORDER BY c.id").query((rs, n) -> {
            Correction c = correction(rs);
            out.computeIfAbsent(Long.parseLong(c.articleId()), k -> new ArrayList<>()).add(c);
            return null;
        }).list();
        return out;
    }

    private static final String SELECT = "SELECT c.*, b.decided_by, b.decided_at FROM corrections c "
            + "JOIN correction_batches b ON b.id = c.batch_id";

    private Correction correction(ResultSet rs) throws SQLException {
        Place place = store.place(rs, "place_id", "place_name", "place_kind", "country_code", "lat", "lon");
        return new Correction(rs.getLong("id"), rs.getLong("batch_id"), Long.toString(rs.getLong("article_id")),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("mention_text"), place,
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(), rs.getString("decided_by"));
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        return new Batch(rs.getLong("id"), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(), rs.getString("description"));
    }

    private static SqlParameterValue timestamp(Instant at) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
