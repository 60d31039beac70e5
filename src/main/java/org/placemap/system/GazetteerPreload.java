package org.placemap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.placemap.gazetteer.Gazetteer;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts loading the gazetteer in a background thread as soon as the environment is known, before the
 * application context is built, so that its 0.5–0.7 s (from the index cache; far more on a first start, when the
 * cache is made) overlap with Spring's and Vaadin's own start instead of following them.
 *
 * <p>Registered only by {@code Application.main}, so tests that build their own context load the gazetteer as
 * before. {@link #take} hands the loaded gazetteer to the bean factory when it was loaded from the folder the
 * configuration asks for (compared as absolute, normalised paths), and otherwise loads that folder itself: a
 * preload that guessed the folder wrong costs time, never correctness. A failure of the preload is rethrown by
 * {@link #take}, as the bean's own load would have thrown it.
 *
 * <h2>Thread safety</h2>
 * One preload at a time, handed over once (an atomic reference); the load itself runs on one daemon thread.
 */
public final class GazetteerPreload implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private record Pending(Path dir, CompletableFuture<Gazetteer> loaded) {}

    /** The gazetteer and how long its load took, wherever it ran. */
    record Loaded(Gazetteer gazetteer, long loadMillis, boolean preloaded) {}

    private static final java.util.concurrent.atomic.AtomicLong PRELOAD_MILLIS = new java.util.concurrent.atomic.AtomicLong();

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Path dir = normal(Path.of(event.getEnvironment().getProperty("placemap.geodata-dir", "geodata")));
        CompletableFuture<Gazetteer> loaded = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("gazetteer-preload").start(() -> {
            try {
                long t0 = System.nanoTime();
                Gazetteer g = Gazetteer.load(dir);
                PRELOAD_MILLIS.set((System.nanoTime() - t0) / 1_000_000);
                loaded.complete(g);
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
            }
        });
        PENDING.set(new Pending(dir, loaded));
    }

    /** The gazetteer of {@code dir}: the preloaded one when it was loaded from there, else loaded now. */
    static Loaded take(Path dir) throws IOException {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.dir().equals(normal(dir))) {
            long t0 = System.nanoTime();
            Gazetteer g = Gazetteer.load(dir);
            return new Loaded(g, (System.nanoTime() - t0) / 1_000_000, false);
        }
        try {
            Gazetteer g = pending.loaded().join();
            return new Loaded(g, PRELOAD_MILLIS.get(), true);
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
