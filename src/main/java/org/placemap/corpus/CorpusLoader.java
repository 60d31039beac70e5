package org.placemap.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from plain-text files. One bad file never stops a load: it becomes a
 * {@link LoadProblem} (file name and reason) and the rest are read.
 *
 * <h2>Limitations</h2>
 * Only UTF-8 is accepted, strictly: malformed or unmappable bytes make the file a problem rather than
 * being replaced, because replaced characters would shift no offsets but silently corrupt names. A byte
 * order mark is kept as the text's first character so offsets match the decoded file exactly.
 *
 * <h2>Thread safety</h2>
 * Stateless; safe to use from several threads.
 */
public final class CorpusLoader {

    /** Larger files are not news articles; refusing them bounds memory. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * Loads {@code path}: a directory's {@code .txt} files (not recursive, sorted by file name), or a
     * single file of any name.
     */
    public LoadResult load(Path path) {
        List<Article> articles = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path file : files(path, problems)) {
            String name = file.getFileName().toString();
            try {
                String text = decode(Files.readAllBytes(file));
                articles.add(article(name, text));
            } catch (Unreadable e) {
                problems.add(new LoadProblem(name, e.getMessage()));
            } catch (IOException e) {
                problems.add(new LoadProblem(name, "cannot read: " + e.getMessage()));
            }
        }
        return new LoadResult(articles, problems);
    }

    /**
     * Builds an article from text already in memory: finds the title and source, marks boilerplate
     * and comments, and splits sentences. {@code id} doubles as the source when the text names none.
     */
    public static Article article(String id, String text) {
        List<Line> lines = Line.split(text);
        TitleFinder.Title title = TitleFinder.find(lines);
        int titleLine = title == null ? -1 : title.lineIndex();
        TextCleaner.Marks marks = TextCleaner.clean(text, lines, title);
        TextRange titleRange = title == null ? new TextRange(0, 0) : trimmed(lines.get(titleLine));
        String source = title != null && title.outlet() != null ? title.outlet() : sourceLine(lines, titleLine);

        List<Integer> forced = new ArrayList<>();
        forced.add(titleRange.end());
        for (TextRange r : marks.boilerplate()) {
            forced.add(r.start());
            forced.add(r.end());
        }
        for (TextRange r : marks.comments()) {
            forced.add(r.start());
        }
        return new Article(
                id,
                title == null ? id : title.text(),
                source == null ? id : source,
                text,
                titleRange,
                marks.boilerplate(),
                marks.comments(),
                SentenceSplitter.split(text, forced));
    }

    private static List<Path> files(Path path, List<LoadProblem> problems) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            problems.add(new LoadProblem(String.valueOf(path), "no such file or directory"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(new LoadProblem(String.valueOf(path), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }

    /** Strict UTF-8 decoding with the byte offset of the first bad sequence in the message. */
    static String decode(byte[] bytes) throws Unreadable {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new Unreadable("too large (" + bytes.length + " bytes, limit " + MAX_FILE_BYTES + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Unreadable("not valid UTF-8 (bad byte sequence at byte " + in.position() + ")");
        }
        String text = out.flip().toString();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            throw new Unreadable("binary content (NUL character at offset " + nul + ")");
        }
        if (text.isBlank()) {
            throw new Unreadable(text.isEmpty() ? "empty file" : "blank file (whitespace only)");
        }
        return text;
    }

    private static TextRange trimmed(Line line) {
        String t = line.text();
        int s = 0;
        int e = t.length();
        while (s < e && Line.isSpace(t.charAt(s))) {
            s++;
        }
        while (e > s && Line.isSpace(t.charAt(e - 1))) {
            e--;
        }
        return new TextRange(line.start() + s, line.start() + e);
    }

    /** A "Source: Meduza" line within the few lines below the title. */
    private static String sourceLine(List<Line> lines, int titleLine) {
        for (int i = Math.max(0, titleLine); i < Math.min(lines.size(), titleLine + 12); i++) {
            String name = LineRules.sourceName(lines.get(i).text());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** A file-level failure whose message is the one-line reason reported to the user. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
