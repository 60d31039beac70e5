package org.placemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link LiveUpdates}, one test each, on a mocked UI: a tab whose push channel is down gets
 * no refresh until it is heard from again, a tab silent past the heartbeat limit is dropped from the
 * library, and a live tab gets one refresh however many changes arrive while it is busy.
 */
class LiveUpdatesTest {
    private UI ui;
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger removed = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();

    /** A push channel the test opens and closes. */
    private static final class FakePush implements PushConnection {
        final AtomicBoolean connected = new AtomicBoolean(true);

        @Override
        public void push() {}

        @Override
        public void disconnect() {
            connected.set(false);
        }

        @Override
        public boolean isConnected() {
            return connected.get();
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        ui = UI.getCurrent();
        ui.add(new Div());
        now.set(ui.getInternals().getLastHeartbeatTimestamp());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private LiveUpdates feed() {
        LiveUpdates feed = new LiveUpdates(ui, refreshes::incrementAndGet, now::get);
        feed.listeningWith(removed::incrementAndGet);
        return feed;
    }

    /** Push on, through a channel the test controls. */
    private void withPush(FakePush push) {
        try {
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        } catch (RuntimeException e) {
            // the mocked service may not make push connections; the fake one below is what counts
        }
        ui.getInternals().setPushConnection(push);
    }

    private int heartbeatSeconds() {
        return VaadinSession.getCurrent().getConfiguration().getHeartbeatInterval();
    }

    /** Runs what {@link UI#access} queued, as the end of a request does. */
    private static void runPending() {
        VaadinSession session = VaadinSession.getCurrent();
        session.unlock();
        session.lock();
    }

    @Test
    void aLiveTabGetsOneRefreshForManyChangesThatArriveWhileItIsBusy() {
        FakePush push = new FakePush();
        withPush(push);
        LiveUpdates feed = feed();
        // the session is locked here (as during a request), so the queued refresh cannot run yet
        for (int i = 0; i < 100; i++) {
            feed.changed();
        }
        runPending();
        assertThat(refreshes).hasValue(1);
        feed.changed();
        runPending();
        assertThat(refreshes).hasValue(2);
    }

    @Test
    void aTabWhosePushChannelIsDownGetsNothingUntilItsNextHeartbeat() {
        FakePush push = new FakePush();
        push.connected.set(false);
        withPush(push);
        LiveUpdates feed = feed();
        for (int i = 0; i < 100; i++) {
            feed.changed();
            runPending();
        }
        assertThat(refreshes).as("refreshes queued for an unreachable tab").hasValue(0);

        // the tab is heard from again: it catches up once, with the state of that moment
        push.connected.set(true);
        ui.getInternals().setLastHeartbeatTimestamp(now.get());
        assertThat(refreshes).hasValue(1);
        ui.getInternals().setLastHeartbeatTimestamp(now.get());
        assertThat(refreshes).as("a second heartbeat with nothing new").hasValue(1);
        assertThat(feed.ended()).isFalse();
    }

    @Test
    void aTabSilentForMoreThanThreeHeartbeatIntervalsIsDroppedFromTheLibrary() {
        withPush(new FakePush());
        LiveUpdates feed = feed();
        long limit = LiveUpdates.MISSED_HEARTBEATS * 1000L * heartbeatSeconds();

        now.addAndGet(limit); // exactly at the limit: still live
        feed.changed();
        runPending();
        assertThat(feed.ended()).isFalse();
        assertThat(refreshes).hasValue(1);

        now.addAndGet(1);
        feed.changed();
        runPending();
        assertThat(feed.ended()).isTrue();
        assertThat(removed).as("library registrations removed").hasValue(1);
        feed.changed();
        runPending();
        assertThat(refreshes).as("nothing more is queued for a dead tab").hasValue(1);
        assertThat(removed).hasValue(1);
    }

    @Test
    void aUiWithoutPushIsRefreshedOnItsNextRoundTripLikeALiveOne() {
        // push off (an app shell without @Push): changes go out with the tab's next request
        ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
        LiveUpdates feed = feed();
        feed.changed();
        feed.changed();
        runPending();
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void aClosedFeedIgnoresChangesAndHeartbeats() {
        FakePush push = new FakePush();
        push.connected.set(false);
        withPush(push);
        LiveUpdates feed = feed();
        feed.changed();
        feed.close();
        ui.getInternals().setLastHeartbeatTimestamp(now.get());
        feed.changed();
        runPending();
        assertThat(refreshes).hasValue(0);
        assertThat(removed).hasValue(1);
    }
}
