package org.placemap.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report, as a problem ({@link ApiProblems}) for the API. Tomcat answers some requests
 * itself, before Spring sees them: a path with an encoded {@code /}, {@code \} or NUL, an invalid
 * {@code %} escape, headers over {@code server.max-http-request-header-size}, an unreadable request
 * line. Its error report valve writes those answers; this one writes a problem when the path is under
 * {@code /api} (or could not be read at all), and Tomcat's usual page otherwise.
 *
 * <p>A request whose headers are too large is answered 431 Request Header Fields Too Large (Tomcat says
 * 400), or 414 URI Too Long when the request line alone is over the limit.
 */
final class ProblemJsonErrorReportValve extends ErrorReportValve {
    /** The message of the exception Tomcat raises when the request line and headers overflow its buffer. */
    private static final String HEADER_TOO_LARGE =
            StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");

    private final JsonMapper json;

    ProblemJsonErrorReportValve(JsonMapper json) {
        this.json = json;
    }

    /**
     * Puts a valve answering with {@code json} in place of the host's error report valves (keeping their
     * settings for the pages it leaves to Tomcat), and makes it the host's error report valve class so that
     * Tomcat adds no other when the host starts.
     */
    static void install(Host host, JsonMapper json) {
        Pipeline pipeline = host.getPipeline();
        ProblemJsonErrorReportValve valve = new ProblemJsonErrorReportValve(json);
        for (Valve v : pipeline.getValves()) {
            if (v instanceof ProblemJsonErrorReportValve) {
                return;
            }
            if (v instanceof ErrorReportValve replaced) {
                valve.setShowReport(replaced.isShowReport());
                valve.setShowServerInfo(replaced.isShowServerInfo());
                pipeline.removeValve(v);
            }
        }
        pipeline.addValve(valve);
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI(); // as sent, still encoded; empty when the request line was unreadable
        boolean unreadable = uri == null || uri.isEmpty();
        if (!unreadable && !ApiProblems.isApiPath(uri)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        // as Tomcat's own: nothing for a success or a body already written, and each error reported once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String detail;
        if (throwable != null && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            status = unreadable ? HttpStatus.URI_TOO_LONG.value() : HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value();
            detail = (unreadable ? "The request line is" : "The request headers are") + " larger than the server accepts"
                    + limit(request) + ".";
        } else if (status == 400) {
            detail = "Malformed request: the request line, a header or the path is not valid "
                    + "(an encoded '/', '\\' or NUL, or a bad %-escape, is refused in a path).";
        } else {
            detail = ApiProblems.generic(status);
        }
        try {
            String body = new String(json.writeValueAsBytes(ApiProblems.of(HttpStatusCode.valueOf(status), detail,
                    unreadable ? null : uri)), StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setContentType(ApiProblems.CONTENT_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response closed: nothing more to say
        }
    }

    private static String limit(Request request) {
        if (request.getConnector() != null
                && request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
            return " (" + http.getMaxHttpRequestHeaderSize() / 1024 + " KB)";
        }
        return "";
    }
}
