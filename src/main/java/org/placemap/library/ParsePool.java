package org.placemap.library;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The CPU-bound part of adding an article (reducing HTML, geoparsing, finding claims) runs here: on a
 * fixed number of threads, with a bounded queue and a time budget per article, so that no input, and no
 * number of clients, can take every core or hold a request for minutes.
 *
 * <ul>
 *   <li><b>Queue full</b>: {@link #run} throws {@link LibraryBusyException} at once (the API answers 503
 *       with {@code Retry-After}); nothing is stored.</li>
 *   <li><b>Over budget</b>: the work is cancelled (its thread interrupted; the geoparser and the claim
 *       extractor stop at their next check) and {@link #run} throws {@link TimeoutException}; the caller
 *       decides what to store.</li>
 * </ul>
 *
 * <p>Thread safety: safe for concurrent use. The time budget counts from the start of the work, not from
 * when it was queued; a caller waits at most the queue's wait plus the budget.
 */
final class ParsePool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final java.util.concurrent.Semaphore admission;
    private final Duration budget;
    private final int queueCapacity;

    /**
     * @param threads       parsing threads (parsing is CPU-bound: about the number of cores)
     * @param queueCapacity articles that may wait for a thread; one more is refused
     * @param budget        longest time one article's work may take
     */
    ParsePool(int threads, int queueCapacity, Duration budget) {
        if (threads < 1 || queueCapacity < 0 || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("parse pool: threads " + threads + ", queue " + queueCapacity
                    + ", budget " + budget);
        }
        AtomicInteger count = new AtomicInteger();
        // admission is counted by the semaphore (threads + queue places), released by the work itself before
        // its result is handed back: a caller that adds articles one after another is never refused, however
        // soon the worker thread gets back to the queue
        this.admission = new java.util.concurrent.Semaphore(threads + queueCapacity);
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads + queueCapacity),
                task -> {
                    Thread t = new Thread(task, "library-parse-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
        this.budget = budget;
        this.queueCapacity = queueCapacity;
    }

    /** Two threads, 16 waiting, a minute each: for tests and tools. */
    static ParsePool defaults() {
        return new ParsePool(2, 16, Duration.ofMinutes(1));
    }

    Duration budget() {
        return budget;
    }

    /** Articles waiting for a thread now. */
    int queued() {
        return executor.getQueue().size();
    }

    /** Articles being worked on now. */
    int active() {
        return executor.getActiveCount();
    }

    /**
     * Runs {@code work} on the pool and waits for it.
     *
     * @throws LibraryBusyException when the queue is full
     * @throws TimeoutException     when the work took longer than the budget (it has been cancelled)
     * @throws Exception            whatever {@code work} threw
     */
    <T> T run(Callable<T> work) throws Exception {
        long[] started = {0};
        if (!admission.tryAcquire()) {
            throw new LibraryBusyException("The server is busy parsing other articles (" + queueCapacity
                    + " waiting); try again in a few seconds.", 5);
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
                try {
                    synchronized (started) {
                        started[0] = System.nanoTime();
                        started.notifyAll();
                    }
                    return work.call();
                } finally {
                    admission.release();
                }
            });
        } catch (RejectedExecutionException e) {
            admission.release();
            throw new LibraryBusyException("The server is shutting down; try again later.", 5);
        }
        try {
            // wait for a thread without limit (the queue is bounded), then give the work its budget
            synchronized (started) {
                while (started[0] == 0 && !future.isDone()) {
                    started.wait(100);
                }
            }
            long left = budget.toNanos() - (started[0] == 0 ? 0 : System.nanoTime() - started[0]);
            return future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
