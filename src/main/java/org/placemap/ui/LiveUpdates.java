package org.placemap.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.placemap.library.ListenerRegistration;

/**
 * Brings library changes to one open map without letting a tab that nobody looks at any more pile up
 * work on the server. Every change made anywhere (this tab, another one, the REST API) calls
 * {@link #changed()} on the writer's thread; what happens then is decided by these rules, in order:
 *
 * <ol>
 *   <li><b>Closed UI</b>: the UI is closing or detached: nothing.</li>
 *   <li><b>Silent tab</b>: no heartbeat for more than {@value #MISSED_HEARTBEATS} heartbeat intervals,
 *       the limit after which Vaadin itself closes a UI (a tab closed without an unload event, a
 *       machine gone to sleep, a lost network): this feed stops listening to the library for good and
 *       queues nothing. The UI and its session are then freed by Vaadin and by the session timeout
 *       ({@code server.servlet.session.timeout}), which the heartbeats of a live tab keep from expiring.</li>
 *   <li><b>Push not connected</b>: the tab has a push channel but it is down (closed tab, reconnecting):
 *       the view is marked stale and nothing is queued; it catches up once, with the library's state
 *       at that moment, at the tab's next heartbeat or round trip.</li>
 *   <li><b>Live tab</b>: at most one update is queued per UI ({@link UI#access}); changes that arrive
 *       while it waits are folded into it, because the update always shows the library's current
 *       state, not the change that scheduled it.</li>
 * </ol>
 *
 * So the memory a tab can hold for pending updates is one view refresh, whatever the number of writes
 * and however many tabs were abandoned (tested with 50 abandoned sessions in {@code LiveUpdatesTest}).
 *
 * <p>Thread safety: {@link #changed()} may be called from any thread, concurrently; the refresh itself
 * runs with the session locked, as every UI change must.
 */
final class LiveUpdates {
    /** Vaadin closes a UI after this many missed heartbeats; a silent tab is dead from then on. */
    static final int MISSED_HEARTBEATS = 3;

    private final UI ui;
    private final Runnable refresh;
    private final LongSupplier clock;
    private final long silentAfterMillis;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean stale = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final List<Registration> uiRegistrations = new ArrayList<>();
    private volatile ListenerRegistration libraryRegistration;

    /**
     * @param refresh      shows the library's current state; run with the session locked
     * @param clock        milliseconds, comparable with {@link com.vaadin.flow.component.internal.UIInternals#getLastHeartbeatTimestamp()}
     */
    LiveUpdates(UI ui, Runnable refresh, LongSupplier clock) {
        this.ui = ui;
        this.refresh = refresh;
        this.clock = clock;
        int heartbeatSeconds = ui.getSession() == null ? -1 : ui.getSession().getConfiguration().getHeartbeatInterval();
        this.silentAfterMillis = heartbeatSeconds <= 0 ? Long.MAX_VALUE : MISSED_HEARTBEATS * 1000L * heartbeatSeconds;
        uiRegistrations.add(ui.addHeartbeatListener(e -> catchUp()));
    }

    LiveUpdates(UI ui, Runnable refresh) {
        this(ui, refresh, System::currentTimeMillis);
    }

    /** Remembers the library registration, so that a silent tab can end it. */
    void listeningWith(ListenerRegistration registration) {
        this.libraryRegistration = registration;
        if (ended.get()) {
            registration.remove();
        }
    }

    /** A change happened in the library; see the class comment for what follows. */
    void changed() {
        if (ended.get() || ui.isClosing() || !ui.isAttached()) {
            return;
        }
        if (silentFor() > silentAfterMillis) {
            end();
            return;
        }
        PushConnection push = ui.getInternals().getPushConnection();
        if (ui.getPushConfiguration().getPushMode().isEnabled() && (push == null || !push.isConnected())) {
            if (stale.compareAndSet(false, true)) {
                // at the next round trip of this tab (its heartbeat is handled by the listener above)
                ui.access(() -> ui.beforeClientResponse(ui, context -> catchUpNow()));
            }
            return;
        }
        if (queued.compareAndSet(false, true)) {
            ui.access(() -> {
                queued.set(false);
                stale.set(false);
                refresh.run();
            });
        }
    }

    /** Whether this feed has stopped for good (the tab went silent, or {@link #end()} was called). */
    boolean ended() {
        return ended.get();
    }

    /** Stops listening to the library and to the UI. */
    void end() {
        if (ended.compareAndSet(false, true)) {
            ListenerRegistration r = libraryRegistration;
            if (r != null) {
                r.remove();
            }
        }
    }

    /** Removes the UI listeners as well; for a view being detached (called with the session locked). */
    void close() {
        end();
        uiRegistrations.forEach(Registration::remove);
        uiRegistrations.clear();
    }

    private long silentFor() {
        long last = ui.getInternals().getLastHeartbeatTimestamp();
        return last <= 0 ? 0 : clock.getAsLong() - last;
    }

    /** From a heartbeat (session locked): show what changed while push was down. */
    private void catchUp() {
        if (stale.get() && !ended.get()) {
            catchUpNow();
        }
    }

    private void catchUpNow() {
        if (stale.compareAndSet(true, false) && !ended.get()) {
            refresh.run();
        }
    }
}
