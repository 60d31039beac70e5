package org.placemap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placemap.accounts.Accounts;
import org.placemap.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code placemap.security=team} over real HTTP: every write path of the API by anonymous clients (401),
 * readers (403) and editors (2xx), with HTTP Basic and with tokens; reads need an account; the app's
 * pages send strangers to the login page; the login form needs its CSRF token; health stays open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "placemap.test-context=team-security", "placemap.security=team", "placemap.admin-password=admin-password-1"})
class TeamSecurityTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARTICLE = "{\"text\": \"Dispatch %s: the city of Hama lies about 50 miles from Tartus.\"}";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static String readerToken;
    private static String editorToken;

    @BeforeEach
    void accounts() {
        if (accounts.find("rita").isEmpty()) {
            accounts.create("rita", "reader-password-1", Role.READER);
            readerToken = accounts.createToken("dashboard", Role.READER);
            editorToken = accounts.createToken("ingest-bot", Role.EDITOR);
        }
    }

    private HttpResponse<String> send(String method, String path, String auth, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private String anArticleId() throws Exception {
        HttpResponse<String> r = send("POST", "/api/articles", basic("admin", "admin-password-1"), ARTICLE.formatted(System.nanoTime()));
        assertThat(r.statusCode()).isEqualTo(201);
        return JSON.readTree(r.body()).get("article").get("id").asString();
    }

    @Test
    void anonymousClientsMayNeitherReadNorWrite() throws Exception {
        HttpResponse<String> read = send("GET", "/api/articles", null, null);
        assertProblem(read, 401);
        assertThat(read.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertProblem(send("GET", "/api/places.geojson", null, null), 401);
        assertProblem(send("POST", "/api/articles", null, ARTICLE.formatted("anon")), 401);
        String id = anArticleId();
        assertProblem(send("DELETE", "/api/articles/" + id, null, null), 401);
        assertProblem(send("POST", "/api/articles/" + id + "/reparse", null, null), 401);
        assertProblem(send("GET", "/v3/api-docs", null, null), 401);
    }

    @Test
    void readersReadButEveryWriteIsForbidden() throws Exception {
        for (String auth : new String[] {basic("rita", "reader-password-1"), "Bearer " + readerToken}) {
            assertThat(send("GET", "/api/articles", auth, null).statusCode()).isEqualTo(200);
            assertThat(send("GET", "/api/claims.csv", auth, null).statusCode()).isEqualTo(200);
            assertProblem(send("POST", "/api/articles", auth, ARTICLE.formatted("reader")), 403);
            String id = anArticleId();
            assertProblem(send("DELETE", "/api/articles/" + id, auth, null), 403);
            assertProblem(send("POST", "/api/articles/" + id + "/reparse", auth, null), 403);
            assertThat(send("GET", "/api/articles/" + id, auth, null).statusCode()).as("still there").isEqualTo(200);
        }
    }

    @Test
    void editorsWriteWithAPasswordOrAToken() throws Exception {
        for (String auth : new String[] {basic("admin", "admin-password-1"), "Bearer " + editorToken}) {
            HttpResponse<String> added = send("POST", "/api/articles", auth, ARTICLE.formatted("editor " + auth.length()));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            String id = JSON.readTree(added.body()).get("article").get("id").asString();
            assertThat(send("POST", "/api/articles/" + id + "/reparse", auth, null).statusCode()).isEqualTo(200);
            assertThat(send("DELETE", "/api/articles/" + id, auth, null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void wrongPasswordsAndUnknownTokensAreRefused() throws Exception {
        assertProblem(send("GET", "/api/articles", basic("admin", "not-the-password"), null), 401);
        assertProblem(send("GET", "/api/articles", basic("nobody", "whatever-123"), null), 401);
        assertProblem(send("POST", "/api/articles", "Bearer pm_made-up-token", ARTICLE.formatted("x")), 401);
        assertProblem(send("GET", "/api/articles", "Bearer pm_made-up-token", null), 401);
    }

    @Autowired
    org.placemap.library.ArticleLibrary library;

    @Test
    void healthIsOpenToProbesButMetricsNeedAnAccount() throws Exception {
        // the library opens on its own thread and health reports it (503 until then): the probe is answered, not refused
        assertThat(send("GET", "/actuator/health/liveness", null, null).statusCode()).isEqualTo(200);
        library.opening().get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(send("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
        assertProblem(send("GET", "/actuator/metrics", null, null), 401);
        assertThat(send("GET", "/actuator/metrics", basic("rita", "reader-password-1"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void strangersAreSentToTheLoginPageAndTheMapsRequestsNeedTheirSecurityKey() throws Exception {
        HttpResponse<String> map = send("GET", "/", null, null);
        assertThat(map.statusCode()).isEqualTo(302);
        assertThat(map.headers().firstValue("Location").orElse("")).endsWith("/login");
        // the login page's own style sheet and icon come to a stranger too (they had been sent to the login page)
        for (String file : java.util.List.of("/placemap.css", "/icons/icon.svg")) {
            HttpResponse<String> got = send("GET", file, null, null);
            assertThat(got.statusCode()).as(file).isEqualTo(200);
            assertThat(got.body()).as(file).isNotBlank();
        }

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String form = "username=admin&password=" + URLEncoder.encode("admin-password-1", StandardCharsets.UTF_8);
        HttpResponse<String> wrong = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=wrong-password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.headers().firstValue("Location").orElse("")).contains("/login?error");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        // logged in: the app's first request makes a UI and hands the page its security key ...
        HttpResponse<String> init = browser.send(HttpRequest.newBuilder(uri("/?v-r=init&location=")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        String key = config.get("uidl").get("Vaadin-Security-Key").asString();
        int uiId = config.get("v-uiId").asInt();
        // ... and a request to it without that key (what a forged cross-site request would be) does nothing
        HttpResponse<String> forged = browser.send(uidl(uiId, "forged-" + key), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.body()).doesNotContain("placemap-map");
        HttpResponse<String> real = browser.send(uidl(uiId, key), HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(real.body()).as("the map opens with the right key").contains("placemap-map");
    }

    /** The navigation event the browser sends to open the map, with this security key. */
    private HttpRequest uidl(int uiId, String key) {
        String body = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key);
        return HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
