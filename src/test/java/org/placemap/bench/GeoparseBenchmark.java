package org.placemap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.placemap.claims.ClaimExtractor;
import org.placemap.claims.DistanceClaim;
import org.placemap.eval.EvalCorpora;
import org.placemap.eval.EvalDocument;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.ParsedArticle;

/**
 * Geoparser throughput on one thread (issue 4: ≥ 500 LGL documents/s, heap ≤ 1 GB): each invocation
 * parses the next of LGL's 588 news texts (loading, boilerplate marking, sentence splitting,
 * recognition, resolution), so the figure is documents per second averaged over the whole corpus. The
 * gazetteer is loaded once, outside the measurement. LGL is read from {@code placemap.bench.lgl}
 * (default {@code ../shared/eval/LGL}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 10, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Threads(1)
public class GeoparseBenchmark {

    private GeoParser parser;
    private ClaimExtractor claims;
    private List<EvalDocument> documents;
    private List<ParsedArticle> parsed;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        var gazetteer = BenchData.load();
        parser = new GeoParser(gazetteer);
        claims = new ClaimExtractor(gazetteer);
        documents = lgl();
        parsed = documents.stream().map(d -> parser.parse(d.id(), d.text())).toList();
    }

    static List<EvalDocument> lgl() {
        try {
            return EvalCorpora.read(Path.of(System.getProperty("placemap.bench.lgl", "../shared/eval/LGL"))).documents();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One LGL document parsed; ops/s = documents/s. */
    @Benchmark
    public ParsedArticle parseLglDocument() {
        EvalDocument d = documents.get(next);
        next = next + 1 == documents.size() ? 0 : next + 1;
        return parser.parse(d.id(), d.text());
    }

    /**
     * One LGL document parsed and its distance claims extracted and measured (to places, borders and coasts),
     * as the library does for every article: the difference from {@link #parseLglDocument} is the claim
     * extractor's share (issue 10: at most 10 %).
     */
    @Benchmark
    public List<DistanceClaim> parseAndExtractClaims() {
        EvalDocument d = documents.get(next);
        next = next + 1 == documents.size() ? 0 : next + 1;
        return claims.extract(parser.parse(d.id(), d.text()));
    }

    /**
     * The claim extractor alone on one LGL document parsed beforehand: its time as a share of {@link
     * #parseLglDocument}'s is the extraction overhead, without the noise of subtracting two throughputs.
     */
    @Benchmark
    public List<DistanceClaim> extractClaimsFromParsedDocument() {
        ParsedArticle p = parsed.get(next);
        next = next + 1 == parsed.size() ? 0 : next + 1;
        return claims.extract(p);
    }
}
