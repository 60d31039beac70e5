package org.placemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.placemap.library.ArticleLibrary;
import org.placemap.library.NewArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fifty tabs open the map and are then abandoned without a word to the server (as when a browser
 * crashes, a laptop sleeps or a network drops: no unload event). The server must stop spending memory
 * on them: once they have missed their heartbeats, writes to the library no longer reach them, and
 * when their sessions expire the heap comes back to where it was before they were opened.
 *
 * <p>Each tab is opened over plain HTTP the way Vaadin's client does it (the bootstrap request, then the
 * navigation event), so a UI with the map view exists on the server for each, and none ever sends a
 * heartbeat or opens its push channel. The heartbeat interval is one second here (a minute in the app).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"placemap.test-context=abandoned-sessions", "vaadin.heartbeatInterval=1"})
class AbandonedSessionsTest {
    private static final int TABS = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ArticleLibrary library;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void abandonedTabsStopReceivingChangesAndTheirSessionsGiveTheHeapBack() throws Exception {
        // one-time caches every map shares (the sea names, read from the gazetteer's outlines) are not per tab
        SeaLabels.of(context.getBean(org.placemap.gazetteer.Gazetteer.class));
        int listenersBefore = library.listenerCount();
        long heapBefore = usedHeapAfterGc();

        for (int i = 0; i < TABS; i++) {
            openTheMap();
        }
        assertThat(library.listenerCount()).as("one library listener per open map")
                .isEqualTo(listenersBefore + TABS);
        long heapWithTabs = usedHeapAfterGc();

        Thread.sleep(LiveUpdates.MISSED_HEARTBEATS * 1000L + 1500); // every tab misses three heartbeats
        for (int i = 0; i < 5; i++) {
            String id = library.add(NewArticle.ofText("Note " + i + " " + System.nanoTime()
                    + ": the city of Hama lies about 50 miles from Tartus, and Homs is near Latakia.")).article().id();
            assertThat(library.delete(id)).isTrue();
        }
        assertThat(library.listenerCount()).as("listeners of tabs that went silent are dropped")
                .isEqualTo(listenersBefore);
        long heapAfterWrites = usedHeapAfterGc();
        assertThat(heapAfterWrites - heapWithTabs).as("heap grown by 10 writes with %d dead tabs", TABS)
                .isLessThan(8L << 20);

        int expired = expireSessions(); // what the session timeout does, without waiting minutes for it
        assertThat(expired).isGreaterThanOrEqualTo(TABS);
        long heapAfter = usedHeapAfterGc();
        System.out.printf("AbandonedSessionsTest: used heap %d MB before, %d MB with %d tabs, %d MB after 10 writes,"
                + " %d MB after their sessions expired%n", heapBefore >> 20, heapWithTabs >> 20, TABS,
                heapAfterWrites >> 20, heapAfter >> 20);
        assertThat(heapAfter - heapBefore).as("heap kept after the sessions expired (%d MB with the tabs)",
                (heapWithTabs - heapBefore) >> 20).isLessThan(12L << 20);
    }

    /** A new session and UI, navigated to the map, as the browser's first two requests make them. */
    private void openTheMap() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(uri("/?v-r=init&location=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        String csrf = config.get("uidl").get("Vaadin-Security-Key").asString();
        int uiId = config.get("v-uiId").asInt();
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(csrf);
        HttpResponse<String> nav = http.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nav.statusCode()).isEqualTo(200);
        assertThat(nav.body()).as("the map view was attached").contains("placemap-map");
    }

    private int expireSessions() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context web = (Context) server.getTomcat().getHost().findChildren()[0];
        List<Session> sessions = new ArrayList<>(List.of(web.getManager().findSessions()));
        sessions.forEach(Session::expire);
        return sessions.size();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
