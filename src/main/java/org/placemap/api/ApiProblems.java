package org.placemap.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every API error: an RFC 9457 problem ({@code application/problem+json}) with
 * {@code type} (always {@code about:blank}), {@code title} (the status's reason phrase), {@code status},
 * {@code detail} (one line for a person), {@code instance} (the request path as received) and
 * {@code error} (the same as {@code detail}, kept for clients of the earlier {@code {"error"}} format).
 * Built here for Spring MVC ({@link ApiErrors}), for the API's filter ({@link ApiRequestFilter}) and for
 * Tomcat's error report ({@link ProblemJsonErrorReportValve}), so all three answer alike.
 */
public final class ApiProblems {
    static final String CONTENT_TYPE = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private ApiProblems() {}

    /** A problem for {@code status} with {@code detail}; {@code path} (the raw request URI) may be null. */
    public static ProblemDetail of(HttpStatusCode status, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK); // Spring leaves it out when it is about:blank; clients may look for it
        if (problem.getTitle() == null) {
            problem.setTitle("Error " + status.value());
        }
        problem.setInstance(instance(path));
        problem.setProperty("error", detail);
        return problem;
    }

    /**
     * The path of a raw request URI (as received) as a URI reference: without query, at most 2,000
     * characters, anything not allowed in a URI path percent-encoded (a stray {@code %} included); null
     * when there is no path.
     */
    static URI instance(String rawUri) {
        if (rawUri == null || rawUri.isEmpty()) {
            return null;
        }
        int end = rawUri.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = rawUri.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = rawUri.substring(0, Math.min(end, 2000));
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean escape = c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0;
            if (escape || (c < 128 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0))) {
                out.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(c < 256 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        try {
            return new URI(out.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Writes {@code problem} as the whole body of {@code response}, which must not be committed. */
    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        byte[] body = json.writeValueAsBytes(problem);
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** A sentence for a status that has nothing more specific to say. */
    static String generic(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return switch (status) {
            case 400 -> "Malformed request.";
            case 404 -> "Nothing here.";
            case 500 -> "The server failed to answer this request; it has been logged.";
            default -> known == null ? "The request failed (" + status + ")." : known.getReasonPhrase() + ".";
        };
    }

    /**
     * Whether a raw request URI (as sent, percent-encoded, possibly malformed) addresses the API: its path,
     * with {@code %xx} escapes of letters decoded and {@code ;} parameters and repeated slashes ignored,
     * is {@code /api} or starts with {@code /api/}.
     */
    static boolean isApiPath(String rawUri) {
        if (rawUri == null) {
            return false;
        }
        int query = rawUri.indexOf('?');
        String path = query >= 0 ? rawUri.substring(0, query) : rawUri;
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < path.length() && decoded.length() < 8; i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                int hi = hex(path.charAt(i + 1));
                int lo = hex(path.charAt(i + 2));
                if (hi >= 0 && lo >= 0 && hi * 16 + lo < 128 && Character.isLetter(hi * 16 + lo)) {
                    int v = hi * 16 + lo;
                    c = (char) v;
                    i += 2;
                }
            }
            if (c == ';') {
                while (i + 1 < path.length() && path.charAt(i + 1) != '/') {
                    i++;
                }
                continue;
            }
            if (c == '/' && !decoded.isEmpty() && decoded.charAt(decoded.length() - 1) == '/') {
                continue;
            }
            decoded.append(c);
        }
        String p = decoded.toString();
        return p.equals("/api") || p.startsWith("/api/");
    }

    /** The value of a hex digit, negative for anything else. */
    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
