package org.placemap.api;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.coyote.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.placemap.library.LibraryBusyException;
import org.placemap.library.LibraryFullException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every API error as an RFC 9457 problem ({@code application/problem+json}, see {@link ApiProblems})
 * with a fitting status. Applies to the errors Spring raises before a controller is chosen too (wrong
 * content type or method, no such path), which is why it is not limited to this package's controllers;
 * any other exception is turned into a problem only under {@code /api} and left to Spring elsewhere.
 */
@RestControllerAdvice
class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        if (e.status() == HttpStatus.CONTENT_TOO_LARGE) {
            // refused on its declared length, the body was not read: the connection cannot carry another
            // request (the unread bytes would be taken for the next one), so tell the client to close it
            return ResponseEntity.status(e.status()).header("Connection", "close")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiProblems.of(e.status(), e.getMessage(), request.getRequestURI()));
        }
        return error(e.status(), e.getMessage(), request);
    }

    /** Every parsing thread busy and the queue full: try again shortly (nothing was stored). */
    @ExceptionHandler(LibraryBusyException.class)
    ResponseEntity<ProblemDetail> busy(LibraryBusyException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Integer.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), request.getRequestURI()));
    }

    /** Over placemap.max-library-bytes: nothing was stored. */
    @ExceptionHandler(LibraryFullException.class)
    ResponseEntity<ProblemDetail> full(LibraryFullException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.of(HttpStatus.INSUFFICIENT_STORAGE, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, unsupported(e.getContentType() == null ? null
                : e.getContentType().toString()), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_ACCEPTABLE, "Cannot answer in the requested format.", request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "Nothing at /" + e.getResourcePath() + ".", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
        if (e.getSupportedHttpMethods() != null) {
            answer.allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
        }
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiProblems.of(HttpStatus.METHOD_NOT_ALLOWED,
                e.getMethod() + " is not allowed here.", request.getRequestURI()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
        MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e, HttpServletRequest request) {
        log.debug("Bad API request", e);
        return error(HttpStatus.BAD_REQUEST, "Malformed request.", request);
    }

    /**
     * A multipart body Spring failed to parse. {@link ApiRequestFilter} refuses multipart under /api before
     * Spring reads it; this is the fallback, for the API only (the map's uploads are Vaadin's business).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) throws MultipartException {
        if (!ApiProblems.isApiPath(request.getRequestURI())) {
            throw e;
        }
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, unsupported(request.getContentType()), request);
    }

    /** Anything else under /api: Spring's own errors with their status, the rest as 500 (and logged). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        if (!ApiProblems.isApiPath(request.getRequestURI())) {
            throw e; // not handled here: Spring's resolvers and error page take it as before
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI(), e);
            return null;
        }
        if (malformedBody(e)) {
            // Tomcat has answered 400 itself (and ignores this answer); ApiRequestFilter writes its problem
            log.debug("Malformed request body", e);
            return error(HttpStatus.BAD_REQUEST, "The request body is malformed (its chunked encoding or length "
                    + "is not valid).", request);
        }
        HttpStatusCode status = e instanceof ErrorResponse known ? known.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("Failed to answer {} {}", request.getMethod(), request.getRequestURI(), e);
        } else {
            log.debug("API request refused", e);
        }
        return error(status, ApiProblems.generic(status.value()), request);
    }

    /** Tomcat could not read the body as framed: a broken chunk, a body shorter than announced. */
    private static boolean malformedBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadRequestException) {
                return true;
            }
        }
        return false;
    }

    static String unsupported(String contentType) {
        return "Unsupported content type " + (contentType == null ? "(none)" : contentType)
                + "; send text/plain, text/markdown, text/html or application/json.";
    }

    static ResponseEntity<ProblemDetail> error(HttpStatusCode status, String message, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.of(status, message, request.getRequestURI()));
    }
}
