package org.placemap.api;

import org.springframework.http.HttpStatus;

/** An error answered as a problem ({@link ApiProblems}) with {@code status} and {@code message} as its detail. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    ApiException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
