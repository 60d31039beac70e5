package org.placemap.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps several app instances on one PostgreSQL database in step: every instance announces its adds,
 * reparses and deletes with {@code pg_notify} in the transaction that makes them (so only committed
 * changes are heard), and this feed, one daemon thread per instance, listens on the channel and hands
 * the other instances' changes to the library, which reads the article back and tells its open maps.
 *
 * <p>Algorithm: take a connection of its own from the pool, {@code LISTEN}, then catch up once
 * ({@code resync}: the ids in the database against the ids in memory, for whatever happened while
 * nobody listened), then wait for notifications in half-second polls. When the connection fails (the
 * database restarted, the network dropped) it is given back and the loop starts again after a pause,
 * catching up again, so a lost notification costs at most that pause. Payload: {@code instance change id},
 * e.g. {@code 2b1f… added 42}; an instance skips its own.
 */
final class ChangeFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final long RETRY_MILLIS = 2000;

    /** What another instance did: {@code added}, {@code changed} or {@code deleted}, and to which article. */
    interface Listener {
        void changed(String change, long id);

        void resync();
    }

    private final DataSource dataSource;
    private final String self;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;

    ChangeFeed(DataSource dataSource, String self, Listener listener) {
        this.dataSource = dataSource;
        this.self = self;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("library-change-feed").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (!closed) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                c.setAutoCommit(true);
                st.execute("LISTEN " + ArticleStore.CHANNEL);
                listener.resync();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification note : notes) {
                        deliver(note.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                log.warn("Listening for other instances' changes failed; retrying in {} ms: {}", RETRY_MILLIS, e.toString());
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void deliver(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 3 || parts[0].equals(self)) {
            return;
        }
        try {
            listener.changed(parts[1], Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            log.warn("Ignored a change notice I cannot read: {}", payload);
        } catch (RuntimeException e) {
            log.warn("Applying another instance's change ({}) failed; catching up instead", payload, e);
            listener.resync();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
