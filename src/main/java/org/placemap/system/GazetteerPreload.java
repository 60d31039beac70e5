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
 * cache is made) overlap with Spring's and Vaadin's own start instead of following them. Once loaded, the same thread
 * reads the countries' land borders (the geoparser's neighbours, about 60 ms), which the first parsed article needs.
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

    /** The gazetteer and how long its load took, wherever it ran. */
    record Loaded(Gazetteer gazetteer, long loadMillis, boolean preloaded) {}

    private record Pending(Path dir, CompletableFuture<Loaded> loaded) {}

    private static final AtomicReference<Pending> PENDING = new AtomicReference<>();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Path dir = normal(Path.of(event.getEnvironment().getProperty("placemap.geodata-dir", "geodata")));
        CompletableFuture<Loaded> loaded = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("gazetteer-preload").start(() -> {
            Loaded l;
            try {
                l = load(dir, true);
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
                return;
            }
            loaded.complete(l);
            try {
                l.gazetteer().neighbours("SY"); // the land borders the geoparser asks for on its first article (tens of ms)
            } catch (RuntimeException e) {
                // unreadable borders: the geoparser meets the same error on first use, and reports it there
            }
        });
        PENDING.set(new Pending(dir, loaded));
    }

    /** The gazetteer of {@code dir}: the preloaded one when it was loaded from there, else loaded now. */
    static Loaded take(Path dir) throws IOException {
        Pending pending = PENDING.getAndSet(null);
        if (pending == null || !pending.dir().equals(normal(dir))) {
            return load(dir, false);
        }
        try {
            return pending.loaded().join();
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

    private static Loaded load(Path dir, boolean preloaded) throws IOException {
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load(dir);
        return new Loaded(gazetteer, (System.nanoTime() - t0) / 1_000_000, preloaded);
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
