package org.placemap.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * First in line for every request under {@code /api} (registered in {@link ApiServerConfiguration}, before
 * Spring Security's filters):
 * <ul>
 *   <li>refuses path parameters ({@code ;} in any path segment, {@code ;jsessionid=} included) with 400:
 *       Tomcat and Spring would strip them, so {@code DELETE /api/articles/1;x} would delete article 1;</li>
 *   <li>refuses multipart bodies with 415 before Spring parses them (no API takes one; Spring would spool
 *       the parts to disk first, and a malformed one ended in a 500);</li>
 *   <li>turns whatever still goes wrong below it into a problem: an exception no one handled (500, logged),
 *       a {@code sendError} from Spring or Spring Security, and Tomcat's own errors that end on the error
 *       page (it also runs for the ERROR dispatch of API requests), so no error under /api is answered by
 *       Spring Boot's {@code /error} page (which answers {@code application/json} or HTML, not a problem).</li>
 * </ul>
 */
final class ApiRequestFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(ApiRequestFilter.class);

    private final JsonMapper json;

    ApiRequestFilter(JsonMapper json) {
        this.json = json;
    }

    /**
     * Only requests for the API: by the path as sent ({@code /api/..;/x} was aimed at the API, whatever it
     * resolves to) or as Tomcat resolved it ({@code /%61pi/articles} is {@code /api/articles}).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return !ApiProblems.isApiPath((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        String resolved = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !ApiProblems.isApiPath(request.getRequestURI()) && !ApiProblems.isApiPath(resolved);
    }

    /** Also Tomcat's forward to the error page, for errors it raised where this filter could not see them. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        errorPage(request, response);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            errorPage(request, response);
            return;
        }
        String uri = request.getRequestURI();
        if (uri.indexOf(';') >= 0) {
            refuse(response, HttpStatus.BAD_REQUEST, "Path parameters (';' in the path) are not accepted.", uri);
            return;
        }
        String type = request.getContentType();
        if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiErrors.unsupported(type.strip()), uri);
            return;
        }
        try {
            chain.doFilter(request, new SendErrorAsProblem(response, uri));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || DisconnectedClientHelper.isClientDisconnectedException(e)) {
                throw e;
            }
            log.error("Failed to answer {} {}", request.getMethod(), uri, e);
            ApiProblems.write(response, ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, ApiProblems.generic(500), uri), json);
        }
    }

    /**
     * Instead of Spring Boot's error page ({@code /error}, JSON that is not a problem) for an API request
     * that Tomcat itself failed before or after the filters: a {@code TRACE} (refused by the connector), a
     * body whose chunked encoding is broken (Tomcat answers 400 and ignores what the application writes).
     */
    private void errorPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 500;
        Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD); // an error dispatch is a GET
        String detail = status == 405 ? (method == null ? request.getMethod() : method) + " is not allowed here."
                : ApiProblems.generic(status);
        if (!response.isCommitted()) {
            ApiProblems.write(response, ApiProblems.of(HttpStatusCode.valueOf(status), detail,
                    (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)), json);
        }
    }

    /** Answers without reading the body; the connection is closed rather than the unread body skipped. */
    private void refuse(HttpServletResponse response, HttpStatus status, String detail, String uri) throws IOException {
        response.setHeader("Connection", "close");
        ApiProblems.write(response, ApiProblems.of(status, detail, uri), json);
    }

    /** {@code sendError} writes a problem instead of asking the container for its error page. */
    private final class SendErrorAsProblem extends HttpServletResponseWrapper {
        private final String uri;

        SendErrorAsProblem(HttpServletResponse response, String uri) {
            super(response);
            this.uri = uri;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted() || status < 400 || status > 599) {
                super.sendError(status, message);
                return;
            }
            ApiProblems.write((HttpServletResponse) getResponse(),
                    ApiProblems.of(HttpStatusCode.valueOf(status), ApiProblems.generic(status), uri), json);
        }
    }
}
