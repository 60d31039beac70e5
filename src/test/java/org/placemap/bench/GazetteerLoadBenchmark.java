package org.placemap.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.placemap.gazetteer.Gazetteer;

/**
 * Time from a fresh JVM to a ready gazetteer (issue 3: ≤ 3 s), in a new fork per measurement with
 * {@code -Xmx512m}: {@code cached} reads the binary cache (which bench/jmh.sh prepares with
 * {@link GazetteerFootprint} first), {@code tsv} parses and indexes the TSV files as when there is no
 * cache or it cannot be written. Single shot, no warm-up: start-up is what a user waits for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = "-Xmx512m")
public class GazetteerLoadBenchmark {

    @Param({"cached", "tsv"})
    public String source;

    private Gazetteer loaded;

    @Benchmark
    public Gazetteer load() throws IOException {
        loaded = Gazetteer.load(BenchData.geodata(), source.equals("cached") ? BenchData.cache() : null);
        return loaded;
    }

    @TearDown(Level.Trial)
    public void check() {
        if (source.equals("cached") && !loaded.loadedFromCache()) {
            throw new IllegalStateException("no cache in " + BenchData.cache() + ": run GazetteerFootprint first (bench/jmh.sh does)");
        }
    }
}
