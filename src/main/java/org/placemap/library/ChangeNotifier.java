package org.placemap.library;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.placemap.atlas.Atlas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's change listeners. Each listener hears of each new version of the map at most once, in
 * order, never an older map after a newer one, one notification at a time (they are delivered under
 * one lock, on the thread that made the change, after it committed). A listener that throws is logged
 * and the others still hear. Thread safe.
 */
final class ChangeNotifier {
    private static final Logger log = LoggerFactory.getLogger(ChangeNotifier.class);

    private final Object lock = new Object();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private static final class Listener {
        final Consumer<Atlas> consumer;
        long delivered;

        Listener(Consumer<Atlas> consumer, long delivered) {
            this.consumer = consumer;
            this.delivered = delivered;
        }
    }

    /** Registers a listener that has seen {@code currentVersion}; it hears of later versions only. */
    ListenerRegistration register(Consumer<Atlas> consumer, long currentVersion) {
        Listener entry;
        synchronized (lock) {
            entry = new Listener(consumer, currentVersion);
            listeners.add(entry);
        }
        return () -> listeners.remove(entry);
    }

    int count() {
        return listeners.size();
    }

    /** Tells every listener that has not yet heard of {@code version} about {@code atlas}. */
    void fire(long version, Atlas atlas) {
        synchronized (lock) {
            for (Listener l : listeners) {
                if (l.delivered >= version) {
                    continue;
                }
                l.delivered = version;
                try {
                    l.consumer.accept(atlas);
                } catch (RuntimeException e) {
                    log.warn("A library change listener failed", e);
                }
            }
        }
    }
}
