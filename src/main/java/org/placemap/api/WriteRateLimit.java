package org.placemap.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * At most {@code perMinute} API writes (POST, PUT, PATCH, DELETE under {@code /api}) per client; the next
 * one answers 429 with {@code Retry-After} and a problem document, and is not carried out. Reads are
 * never limited. A client is the logged-in account or token (team mode), else the remote address.
 *
 * <p>Algorithm: a token bucket per client holding up to {@code perMinute} writes, refilled continuously
 * at {@code perMinute} a minute, so a burst of a minute's writes is allowed and then one every
 * 60/{@code perMinute} s. Buckets of clients idle for more than two minutes are full again and are
 * dropped when the map passes {@value #MAX_CLIENTS} clients, which bounds its memory. Thread safe.
 */
final class WriteRateLimit extends OncePerRequestFilter {
    static final int MAX_CLIENTS = 10_000;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final int perMinute;
    private final LongSupplier nanos;
    private final JsonMapper json;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    WriteRateLimit(int perMinute, JsonMapper json, LongSupplier nanos) {
        this.perMinute = perMinute;
        this.json = json;
        this.nanos = nanos;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return perMinute <= 0 || !WRITES.contains(request.getMethod()) || !ApiProblems.isApiPath(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitSeconds = take(client(request));
        if (waitSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(waitSeconds));
            ApiProblems.write(response, ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many writes: at most "
                    + perMinute + " a minute from one client. Try again in " + waitSeconds + " s.",
                    request.getRequestURI()), json);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes one write from the client's bucket: 0 when allowed, else the seconds until one is. */
    long take(String client) {
        long now = nanos.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> now - b.updated > 120_000_000_000L);
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double perNano = perMinute / 60e9;
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updated) * perNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }

    private static String client(HttpServletRequest request) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)) {
            return "account:" + a.getName();
        }
        return "address:" + request.getRemoteAddr();
    }
}
