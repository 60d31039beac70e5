package org.placemap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile but honest requests to the API: every error under {@code /api} is answered as
 * {@code application/problem+json} (RFC 9457), whether Spring MVC, the API's filter or Tomcat itself
 * refuses the request, nothing is reinterpreted, and the server keeps answering afterwards. Malformed
 * paths and huge headers go over a raw socket: java.net.http refuses to send them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "placemap.test-context=api-errors")
class ApiErrorsTest {
    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Whatever the test sent, the API still answers. */
    @AfterEach
    void serverStillHealthy() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/articles")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json.readTree(r.body()).isArray()).isTrue();
    }

    @Test
    void matrixParametersAreRefusedAndNotStrippedSoNothingIsDeleted() throws Exception {
        String id = add("Matrix test\n\nShips at Tartus, run " + System.nanoTime() + ".");

        JsonNode refused = problem(send(HttpRequest.newBuilder(uri("/api/articles/" + id + ";anything")).DELETE()), 400);
        assertThat(refused.get("detail").asString()).contains("';'");
        assertThat(send(HttpRequest.newBuilder(uri("/api/articles/" + id)).GET()).statusCode()).isEqualTo(200);

        // in any segment, on any method, session ids included
        problem(send(HttpRequest.newBuilder(uri("/api;x=1/articles/" + id)).DELETE()), 400);
        problem(send(HttpRequest.newBuilder(uri("/api/articles;jsessionid=0123")).GET()), 400);
        problem(send(HttpRequest.newBuilder(uri("/api/articles/" + id + "/reparse;v=2"))
                .POST(HttpRequest.BodyPublishers.noBody())), 400);
        assertThat(send(HttpRequest.newBuilder(uri("/api/articles/" + id)).GET()).statusCode()).isEqualTo(200);

        // an encoded ';' is not a parameter either: refused (Spring Security's firewall) or no such article
        HttpResponse<String> encoded = send(HttpRequest.newBuilder(uri("/api/articles/" + id + "%3Banything")).DELETE());
        assertThat(encoded.statusCode()).isIn(400, 404);
        problem(encoded, encoded.statusCode());
        // a parameter on a segment that climbs out of /api was still aimed at the API
        problem(send(HttpRequest.newBuilder(uri("/api/..;x=1/api/articles/" + id)).DELETE()), 400);
        assertThat(send(HttpRequest.newBuilder(uri("/api/articles/" + id)).DELETE()).statusCode()).isEqualTo(204);
    }

    @Test
    void multipartBodiesAreRefusedWith415() throws Exception {
        String boundary = "----placemap" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nShips at Tartus.\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nHama lies 50 miles from Tartus.\r\n--" + boundary + "--\r\n";
        JsonNode p = problem(post("/api/articles", "multipart/form-data; boundary=" + boundary, body), 415);
        assertThat(p.get("detail").asString()).contains("multipart/form-data");

        // no boundary, a broken body, or another API path: the same answer, never a 500
        problem(post("/api/articles", "multipart/form-data", body), 415);
        problem(post("/api/articles", "multipart/form-data; boundary=x", "--x\r\nnot a part"), 415);
        problem(post("/api/articles/1/reparse", "multipart/mixed; boundary=" + boundary, body), 415);
    }

    @Test
    void aHundredKilobyteHeaderIsAnsweredWithProblemJson() throws Exception {
        String big = "a".repeat(100 * 1024);
        RawResponse r = raw("GET /api/articles HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big
                + "\r\nConnection: close\r\n\r\n");
        assertThat(r.status()).as(r.toString()).isEqualTo(431);
        JsonNode p = rawProblem(r);
        assertThat(p.get("detail").asString()).containsIgnoringCase("header").contains("8 KB");
        assertThat(p.get("instance").asString()).isEqualTo("/api/articles");

        // the same under any path the API serves, also when the request line itself is the problem
        RawResponse longLine = raw("GET /api/articles?q=" + big + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(longLine.status()).as(longLine.toString()).isEqualTo(414);
        rawProblem(longLine);
    }

    @Test
    void errorsTomcatRaisesAroundTheApplicationAreProblemsToo() throws Exception {
        // refused by the connector, answered through the error page
        RawResponse trace = raw("TRACE /api/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(trace.status()).as(trace.toString()).isEqualTo(405);
        assertThat(rawProblem(trace).get("detail").asString()).isEqualTo("TRACE is not allowed here.");
        assertThat(trace.header("allow")).contains("GET");

        // a broken chunk: Tomcat answers 400 and ignores what the application writes
        RawResponse chunk = raw("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nTartus\r\n0\r\n\r\n");
        assertThat(chunk.status()).as(chunk.toString()).isEqualTo(400);
        rawProblem(chunk);

        // no Host header, two Host headers, a header without a colon, a character not allowed in a path
        for (String request : List.of("GET /api/articles HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET /api/articles HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n",
                "GET /api/articles HTTP/1.1\r\nHost: a\r\nNo colon\r\nConnection: close\r\n\r\n",
                "GET /api/art{icles HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")) {
            RawResponse r = raw(request);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            rawProblem(r);
        }
    }

    @Test
    void answersInAnotherFormatAndAnyMethodAreRefusedAsProblems() throws Exception {
        JsonNode p = problem(send(HttpRequest.newBuilder(uri("/api/articles")).header("Accept", "text/csv").GET()), 406);
        assertThat(p.get("detail").asString()).contains("format");
        HttpResponse<String> patch = send(HttpRequest.newBuilder(uri("/api/articles/1"))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
        assertThat(problem(patch, 405).get("detail").asString()).isEqualTo("PATCH is not allowed here.");
        assertThat(patch.headers().firstValue("Allow").orElseThrow()).contains("DELETE");
    }

    @Test
    void encodedSlashesBackslashesAndNulInApiPathsAreAnsweredWithProblemJson() throws Exception {
        for (String path : List.of("/api/articles/..%2f..%2fetc", "/api/articles/..%2F..%2Fetc%2Fpasswd",
                "/api/%5c", "/api/articles/%5c..%5c", "/api/articles/%00", "/api/%00/articles",
                "/api/articles/%zz", "/api/../api/articles/%2e%2e/%2e%2e/x", "/api//articles")) {
            RawResponse r = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(path + " -> " + r).isIn(400, 404);
            rawProblem(r);
        }
    }

    @Test
    void aNonStringFieldIsRefusedNamingTheField() throws Exception {
        for (String field : List.of("text", "title", "url", "date", "format")) {
            for (String value : List.of("12345", "1.5", "true", "{\"a\": 1}", "[\"Tartus\"]")) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("text", "\"Ships at Tartus, run " + System.nanoTime() + ".\"");
                fields.put(field, value);
                StringBuilder body = new StringBuilder("{");
                fields.forEach((k, v) -> body.append(body.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
                body.append('}');
                JsonNode p = problem(post("/api/articles", "application/json", body.toString()), 400);
                assertThat(p.get("detail").asString()).as(body.toString()).contains("\"" + field + "\"");
            }
        }
        // a field given twice is not settled by taking the last
        JsonNode twice = problem(post("/api/articles", "application/json",
                "{\"text\": \"Ships at Tartus.\", \"text\": \"Hama, 12345.\"}"), 400);
        assertThat(twice.get("detail").asString()).contains("more than once");
        // the refused articles were not stored
        assertThat(send(HttpRequest.newBuilder(uri("/api/articles")).GET()).body()).doesNotContain("12345");
    }

    @Test
    void textWithUnpairedSurrogatesIsRefused() throws Exception {
        long run = System.nanoTime();
        for (String field : List.of("text", "title")) {
            for (String bad : List.of("\\ud800abc", "abc\\udc00", "\\udc00\\ud800", "x\\ud83d")) {
                String body = field.equals("text") ? "{\"text\": \"Tartus " + run + " " + bad + "\"}"
                        : "{\"title\": \"" + bad + "\", \"text\": \"Ships at Tartus, run " + run + ".\"}";
                JsonNode p = problem(post("/api/articles", "application/json", body), 400);
                assertThat(p.get("detail").asString()).as(body).contains("\"" + field + "\"")
                        .containsIgnoringCase("not valid Unicode");
            }
        }
        // half a pair written as raw bytes (ED A0 80) rather than an escape: not UTF-8, refused too
        java.io.ByteArrayOutputStream cesu = new java.io.ByteArrayOutputStream();
        cesu.writeBytes(("{\"text\": \"Tartus " + run + " ").getBytes(StandardCharsets.UTF_8));
        cesu.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        cesu.writeBytes("abc\"}".getBytes(StandardCharsets.UTF_8));
        problem(send(HttpRequest.newBuilder(uri("/api/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(cesu.toByteArray()))), 400);
        assertThat(send(HttpRequest.newBuilder(uri("/api/articles")).GET()).body()).doesNotContain(Long.toString(run));

        // a pair is a character: accepted, and stored as sent
        String text = "Tartus \uD83D\uDEA2 harbour, run " + run + ".";
        HttpResponse<String> ok = post("/api/articles", "application/json",
                "{\"text\": \"Tartus \\ud83d\\udea2 harbour, run " + run + ".\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode stored = json.readTree(ok.body());
        assertThat(stored.get("text").asString()).isEqualTo(text);
        assertThat(send(HttpRequest.newBuilder(uri("/api/articles/" + stored.at("/article/id").asString())).DELETE())
                .statusCode()).isEqualTo(204);
    }

    @Test
    void springAndTomcatErrorsHaveTheSameShape() throws Exception {
        JsonNode mvc = problem(send(HttpRequest.newBuilder(uri("/api/nothing-here")).GET()), 404);
        assertThat(mvc.get("instance").asString()).isEqualTo("/api/nothing-here");
        JsonNode tomcat = rawProblem(raw("GET /api/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        List<String> mvcFields = fieldNames(mvc);
        assertThat(tomcat.get("instance").asString()).isEqualTo("/api/%00");
        assertThat(fieldNames(tomcat)).containsExactlyInAnyOrderElementsOf(mvcFields);
        assertThat(mvcFields).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "error");
    }

    // ---- helpers

    private String add(String text) throws Exception {
        HttpResponse<String> r = post("/api/articles", "text/plain; charset=utf-8", text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).at("/article/id").asString();
    }

    /** Checks an RFC 9457 answer with {@code status} and gives its body. */
    private JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.body()).startsWith("application/problem+json");
        return checkProblem(r.body(), status);
    }

    private JsonNode rawProblem(RawResponse r) {
        assertThat(r.header("content-type")).as(r.toString()).startsWith("application/problem+json");
        return checkProblem(r.body(), r.status());
    }

    private JsonNode checkProblem(String body, int status) {
        JsonNode p = json.readTree(body);
        assertThat(p.get("type").asString()).as(body).isEqualTo("about:blank");
        assertThat(p.get("title").asString()).as(body).isNotBlank();
        assertThat(p.get("status").asInt()).as(body).isEqualTo(status);
        assertThat(p.get("detail").asString()).as(body).isNotBlank();
        assertThat(p.get("error").asString()).as(body).isEqualTo(p.get("detail").asString());
        assertThat(body).doesNotContain("at org.").doesNotContain("Exception").doesNotContain("<html");
        return p;
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.propertyNames().forEach(names::add);
        return names;
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    /**
     * Sends {@code request} as bytes and reads the answer until the server closes. Reads while writing: the
     * server may answer and close before it has read everything sent.
     */
    private RawResponse raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        all.write(buffer, 0, n);
                    }
                } catch (IOException e) {
                    // a reset after the answer: keep what arrived
                }
                return all.toByteArray();
            });
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException e) {
                // the server stopped reading and closed: its answer is what counts
            }
            return parse(answer.get(15, TimeUnit.SECONDS));
        }
    }

    private static RawResponse parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer: " + text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOf(body, pos);
            int size = Integer.parseInt(new String(body, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length - 1; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("unterminated chunk");
    }
}
