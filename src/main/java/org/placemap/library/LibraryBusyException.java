package org.placemap.library;

/**
 * The library cannot take another article now: every parsing thread is busy and the queue is full.
 * Nothing was stored; the client should try again after {@link #retryAfterSeconds()} (the API answers
 * 503 with {@code Retry-After}).
 */
public class LibraryBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int retryAfterSeconds;

    public LibraryBusyException(String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
