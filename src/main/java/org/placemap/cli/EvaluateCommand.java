package org.placemap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.placemap.eval.EvalCorpora;
import org.placemap.eval.EvalCorpus;
import org.placemap.eval.Evaluation;
import org.placemap.eval.FlatFormat;
import org.placemap.eval.ScoreTable;
import org.placemap.eval.Scorer;
import org.placemap.eval.Scores;
import org.placemap.eval.Toponym;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.geoparse.GeoParser;

/**
 * {@code evaluate [--corpus NAME]... [--limit N] [--geodata DIR] [--demonyms auto|include|exclude]
 * [--min-confidence C] [--baselines] [--write-predictions DIR] DIR}: runs the geoparser on every document of the corpora in
 * {@code DIR} (the folder of all three, or one corpus folder) and prints, per corpus, a row of the
 * reference table ({@code N, P, R, F1, n, mean km, median km, acc@161, AUC, e2e@161}) and the parsing
 * speed in documents per second (one thread, gazetteer loading excluded). With {@code --baselines}, the
 * published systems' outputs in {@code baselines/} are scored on the same documents too.
 */
final class EvaluateCommand {

    private static final String USAGE = "usage: evaluate [--corpus NAME]... [--limit N] [--geodata DIR] "
            + "[--demonyms auto|include|exclude] [--min-confidence C] [--baselines] [--write-predictions DIR] DIR";
    static final String SYSTEM = "placemap";

    private EvaluateCommand() {}

    private record Options(Path dir, List<String> corpora, int limit, Path geodata, Evaluation.Demonyms demonyms,
                           boolean baselines, Path writeTo, double minConfidence) {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<Path> dirs;
        try {
            dirs = EvalCorpora.corpusDirs(o.dir());
        } catch (IOException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        }
        dirs = dirs.stream().filter(d -> o.corpora().isEmpty() || o.corpora().contains(EvalCorpora.kindOf(d))).toList();
        if (dirs.isEmpty()) {
            err.println("evaluate: no corpus " + (o.corpora().isEmpty() ? "" : o.corpora() + " ") + "in " + o.dir()
                    + " (expected folders holding lgl.xml, GeoVirus.xml, wiktor_docs.jsonl or news_docs.jsonl with their gold files)");
            return 1;
        }
        long t0 = System.nanoTime();
        Gazetteer gazetteer;
        try {
            gazetteer = Gazetteer.load(o.geodata());
        } catch (IOException | RuntimeException e) {
            err.println("evaluate: cannot read the gazetteer in " + o.geodata().toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "gazetteer: %,d places from %s in %.1f s%n", gazetteer.size(), o.geodata(),
                (System.nanoTime() - t0) / 1e9);
        Evaluation evaluation = new Evaluation(new GeoParser(gazetteer), o.demonyms(), o.minConfidence());
        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int status = 0;
        for (Path dir : dirs) {
            EvalCorpus corpus;
            try {
                corpus = EvalCorpora.read(dir).limit(o.limit());
            } catch (IOException | RuntimeException e) {
                err.println("evaluate: cannot read " + dir + ": " + e.getMessage());
                status = 1;
                continue;
            }
            Evaluation.Result result = evaluation.run(corpus, (doc, e) ->
                    err.println("evaluate: " + corpus.name() + " document " + doc.id() + ": parser failed: " + e));
            rows.add(ScoreTable.row(corpus.name(), SYSTEM, result.scores())
                    + String.format(Locale.ROOT, " %.0f |", result.documentsPerSecond()));
            notes.add(String.format(Locale.ROOT, "%s: %d documents, %d predicted toponyms, %d parser failures, %.1f s",
                    corpus.name(), corpus.documents().size(), result.predictions().stream().mapToInt(List::size).sum(),
                    result.failures(), result.parseNanos() / 1e9));
            if (!corpus.precisionDefined()) {
                notes.add(corpus.name() + ": only one toponym per document is annotated, so false positives are not "
                        + "counted (P = 1 by construction); read R");
            }
            if (o.writeTo() != null && !write(o.writeTo().resolve(corpus.name() + "_" + SYSTEM + ".txt"), result.predictions(), err)) {
                status = 1;
            }
            if (o.baselines()) {
                rows.addAll(baselineRows(o.dir(), dir, corpus, notes));
            }
        }
        out.println(ScoreTable.HEADER + " docs/s |");
        out.println(ScoreTable.RULE + "---|");
        rows.forEach(out::println);
        notes.forEach(out::println);
        return status;
    }

    /** Rows for the published systems' outputs in the {@code baselines/} folder beside or inside {@code root}. */
    private static List<String> baselineRows(Path root, Path corpusDir, EvalCorpus corpus, List<String> notes) {
        Path folder = Files.isDirectory(root.resolve("baselines")) ? root.resolve("baselines")
                : corpusDir.toAbsolutePath().getParent().resolve("baselines");
        List<String> rows = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            notes.add(corpus.name() + ": no baselines folder at " + folder);
            return rows;
        }
        String prefix = corpus.name() + "_";
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            notes.add(corpus.name() + ": cannot list " + folder + ": " + e.getMessage());
            return rows;
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String system = name.substring(prefix.length(), name.length() - ".txt".length());
            try {
                List<List<Toponym>> predicted = new ArrayList<>(FlatFormat.read(f));
                while (predicted.size() < corpus.documents().size()) {
                    predicted.add(List.of());
                }
                predicted = predicted.subList(0, corpus.documents().size());
                Scores s = Scorer.score(corpus.gold(), predicted, corpus.precisionDefined());
                rows.add(ScoreTable.row(corpus.name(), system, s) + " – |");
            } catch (IOException | RuntimeException e) {
                notes.add(corpus.name() + ": cannot score " + f + ": " + e.getMessage());
            }
        }
        return rows;
    }

    private static boolean write(Path file, List<List<Toponym>> predictions, PrintStream err) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, predictions.stream().map(FlatFormat::format).toList(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("evaluate: cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }

    private static Options parse(String[] args) {
        Path dir = null;
        List<String> corpora = new ArrayList<>();
        int limit = -1;
        Path geodata = Gazetteer.defaultGeodataDir();
        Evaluation.Demonyms demonyms = Evaluation.Demonyms.AUTO;
        boolean baselines = false;
        Path writeTo = null;
        double minConfidence = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--baselines" -> baselines = true;
                case "--corpus", "--limit", "--geodata", "--demonyms", "--write-predictions", "--min-confidence" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--corpus" -> {
                            String name = EvalCorpora.canonicalName(v);
                            if (name == null) {
                                throw new IllegalArgumentException("unknown corpus " + v + "; known: " + EvalCorpora.NAMES);
                            }
                            corpora.add(name);
                        }
                        case "--limit" -> {
                            try {
                                limit = Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("--limit needs a whole number, got " + v);
                            }
                            if (limit < 1) {
                                throw new IllegalArgumentException("--limit must be at least 1, got " + v);
                            }
                        }
                        case "--geodata" -> geodata = Path.of(v);
                        case "--min-confidence" -> {
                            try {
                                minConfidence = Double.parseDouble(v);
                            } catch (NumberFormatException e) {
                                throw new IllegalArgumentException("--min-confidence needs a number in [0, 1], got " + v);
                            }
                            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                                throw new IllegalArgumentException("--min-confidence needs a number in [0, 1], got " + v);
                            }
                        }
                        case "--demonyms" -> {
                            try {
                                demonyms = Evaluation.Demonyms.valueOf(v.toUpperCase(Locale.ROOT));
                            } catch (IllegalArgumentException e) {
                                throw new IllegalArgumentException("--demonyms takes auto, include or exclude, got " + v);
                            }
                        }
                        default -> writeTo = Path.of(v);
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    if (dir != null) {
                        throw new IllegalArgumentException("one DIR only, got " + dir + " and " + a);
                    }
                    dir = Path.of(a);
                }
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("DIR missing");
        }
        return new Options(dir, corpora, limit, geodata, demonyms, baselines, writeTo, minConfidence);
    }
}
