package org.placemap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.placemap.gazetteer.Gazetteer;

/** Where the benchmarks find the gazetteer: system properties, with the defaults bench/jmh.sh uses. */
final class BenchData {

    private BenchData() {}

    /** {@code placemap.bench.geodata}, default {@code geodata} (run from the project folder). */
    static Path geodata() {
        return Path.of(System.getProperty("placemap.bench.geodata", "geodata"));
    }

    /** {@code placemap.bench.cache}, default {@code target/bench-cache}: never the user's own cache. */
    static Path cache() {
        return Path.of(System.getProperty("placemap.bench.cache", "target/bench-cache"));
    }

    static Gazetteer load() {
        try {
            return Gazetteer.load(geodata(), cache());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
