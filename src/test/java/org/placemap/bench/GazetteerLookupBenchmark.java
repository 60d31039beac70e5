package org.placemap.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.placemap.distance.GeoPoint;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;

/**
 * Lookups per second on one thread against the shipped {@code geodata/} (issue 3: ≥ 1,000,000 exact and
 * ≥ 50,000 variant lookups/s on one core). Each invocation looks up the next name of a fixed list, so
 * the figure is an average over names with one candidate and names with dozens (Springfield, San Jose).
 * The setup checks that every name takes the path its benchmark is named after.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Threads(1)
public class GazetteerLookupBenchmark {

    /** Spelled as some entry spells them: world cities, the sample articles' places, ambiguous names. */
    static final String[] EXACT = {
            "Aleppo", "Homs", "Hama", "Damascus", "Tartus", "Latakia", "Idlib", "Daraa", "Quneitra", "Kuweires",
            "Moscow", "Kursk", "Voronezh", "Kherson", "Vovchansk", "Brisbane", "Crimea", "Bosporus",
            "Mediterranean Sea", "Golan Heights", "Syria", "Russia", "Georgia", "Mali", "Tripoli", "Springfield",
            "San Jose", "Paris", "London", "New York", "Tokyo", "Lagos"};

    /** Spellings no entry has, found only through the variant key (transliteration, doubled letters, articles). */
    static final String[] VARIANT = {
            "Tartoos", "Ladhikiyah", "Deir ez Zour", "Qamishly", "Kobanee", "Kurskk", "Khersson", "Vovchanskk",
            "Lattaqiya", "Homss", "Alleppo", "Damasscus", "Ar Raqqa", "Palmyrah", "Donetskk", "Bakhmutt",
            "Mariupoll", "Hmeymeem"};

    /** Spellings that differ from every entry's in a vowel: found only through the consonant skeleton. */
    static final String[] VOWEL_SHIFT = {"Humaymim", "Kweiris", "Sevastopool", "Brisbayn"};

    static final GeoPoint[] POINTS = {
            new GeoPoint(34.72682, 36.72339), new GeoPoint(33.5102, 36.29128), new GeoPoint(55.75222, 37.61556),
            new GeoPoint(-27.46794, 153.02809), new GeoPoint(51.50853, -0.12574), new GeoPoint(35.0, 20.0)};

    private Gazetteer gazetteer;
    private String[] exact;
    private String[] variant;
    private String[] vowelShift;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        gazetteer = BenchData.load();
        exact = check(EXACT, "exact");
        variant = check(VARIANT, "variant");
        vowelShift = check(VOWEL_SHIFT, "vowel shift");
    }

    private String[] check(String[] names, String path) {
        for (String name : names) {
            List<Candidate> all = gazetteer.candidates(name);
            boolean exactHit = !gazetteer.exactCandidates(name).isEmpty();
            if (all.isEmpty() || exactHit != path.equals("exact")) {
                throw new IllegalStateException(name + " does not take the " + path + " path: " + all.size()
                        + " candidates, exact hit " + exactHit);
            }
        }
        return names.clone();
    }

    private int next(int length) {
        int i = next++;
        if (next == length) {
            next = 0;
        }
        return i;
    }

    /** {@code candidates(name)} for names some entry spells that way (exact tier plus its variant postings). */
    @Benchmark
    public List<Candidate> exactLookup() {
        return gazetteer.candidates(exact[next(exact.length)]);
    }

    /** {@code exactCandidates(name)}: the geoparser's call for single words. */
    @Benchmark
    public List<Candidate> exactOnlyLookup() {
        return gazetteer.exactCandidates(exact[next(exact.length)]);
    }

    /** {@code candidates(name)} for spellings found only through the variant key. */
    @Benchmark
    public List<Candidate> variantLookup() {
        return gazetteer.candidates(variant[next(variant.length)]);
    }

    /** {@code candidates(name)} for spellings found only through the consonant skeleton (last resort). */
    @Benchmark
    public List<Candidate> vowelShiftLookup() {
        return gazetteer.candidates(vowelShift[next(vowelShift.length)]);
    }

    /** {@code adminRegionAt(point)} after the outlines are loaded. */
    @Benchmark
    public Object adminRegionAt() {
        return gazetteer.adminRegionAt(POINTS[next(POINTS.length)]);
    }
}
