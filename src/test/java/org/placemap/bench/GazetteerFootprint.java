package org.placemap.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Gazetteer;

/**
 * Prepares the benchmark cache and prints the heap the loaded gazetteer retains (used heap after full
 * GCs, minus the same before loading), with and without its outlines. Run it with {@code -Xmx512m} to
 * show the gazetteer fits (bench/jmh.sh does).
 */
public final class GazetteerFootprint {

    private GazetteerFootprint() {}

    public static void main(String[] args) throws Exception {
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        Gazetteer g = BenchData.load();
        long t1 = System.nanoTime();
        long loaded = usedAfterGc() - before;
        g.adminRegionAt(new GeoPoint(34.72682, 36.72339));
        long withOutlines = usedAfterGc() - before;
        long cacheBytes = 0;
        try (Stream<Path> s = Files.list(BenchData.cache())) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList()) {
                cacheBytes = Math.max(cacheBytes, Files.size(p));
            }
        }
        System.out.printf("gazetteer: %,d entries, loaded in %d ms (%s) in a JVM with max heap %d MB%n", g.size(),
                (t1 - t0) / 1_000_000, g.loadedFromCache() ? "from the cache" : "from the TSV files, cache written",
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("retained heap: %.1f MB after load, %.1f MB with outlines loaded; cache file %.1f MB%n",
                loaded / 1e6, withOutlines / 1e6, cacheBytes / 1e6);
        java.lang.ref.Reference.reachabilityFence(g);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
