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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.placemap.eval.EvalDocument;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.ParsedArticle;

/**
 * Parse time against text length (issue 4: time must grow linearly): one text of {@code kilobytes} KB
 * (UTF-16 chars / 1024) made by concatenating LGL's articles, separated by blank lines, in corpus order and
 * again from the start when they run out; in the {@code one-line} shape every line break is a space, so the
 * whole text is one line (the worst case for line-based cleaning and headline detection). Divide the time
 * by the size for ms/KB; a flat ms/KB from 10 KB to 10 MB is linear growth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Threads(1)
public class GeoparseScalingBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int kilobytes;

    /** {@code articles}: blank lines between articles, as written; {@code one-line}: every line break a space. */
    @Param({"articles", "one-line"})
    public String shape;

    private GeoParser parser;
    private String text;

    @Setup(Level.Trial)
    public void load() {
        parser = new GeoParser(BenchData.load());
        String articles = concatenated(GeoparseBenchmark.lgl(), kilobytes * 1024);
        text = shape.equals("one-line") ? articles.replace('\n', ' ').replace('\r', ' ') : articles;
    }

    static String concatenated(List<EvalDocument> documents, int chars) {
        StringBuilder sb = new StringBuilder(chars + 4096);
        for (int k = 0; sb.length() < chars; k = (k + 1) % documents.size()) {
            sb.append(documents.get(k).text()).append("\n\n");
        }
        int cut = chars;
        while (cut > 0 && !Character.isWhitespace(sb.charAt(cut - 1))) {
            cut--; // end between words
        }
        return sb.substring(0, cut);
    }

    @Benchmark
    public ParsedArticle parse() {
        return parser.parse("scaling-" + kilobytes + "kb", text);
    }
}
