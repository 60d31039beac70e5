package org.placemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    @TempDir
    Path dir;

    private final CorpusLoader loader = new CorpusLoader();

    @Test
    void readsTxtFilesSortedByNameAndIgnoresOthers() throws IOException {
        write("b.txt", "Second article headline here\n\nBody of the second.");
        write("a.txt", "First article headline here\n\nBody of the first.");
        write("c.TXT", "Third article headline here\n\nBody of the third.");
        write("notes.md", "Not an article at all");

        LoadResult result = loader.load(dir);

        assertEquals(List.of("a.txt", "b.txt", "c.TXT"), result.articles().stream().map(Article::id).toList());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
    }

    @Test
    void emptyAndBlankFilesAreProblemsNotExceptions() throws IOException {
        write("1-empty.txt", "");
        write("2-blank.txt", "  \n\t\n");
        write("3-good.txt", "A perfectly normal headline\n\nText.");

        LoadResult result = loader.load(dir);

        assertEquals(List.of("3-good.txt"), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of(new LoadProblem("1-empty.txt", "empty file"),
                new LoadProblem("2-blank.txt", "blank file (whitespace only)")), result.problems());
    }

    @Test
    void invalidUtf8IsReportedWithTheByteOffset() throws IOException {
        byte[] latin1 = "Caf\u00e9 in Aleppo".getBytes(StandardCharsets.ISO_8859_1); // é as the lone byte 0xE9
        Files.write(dir.resolve("latin1.txt"), latin1);
        write("ok.txt", "A perfectly normal headline\n\nText.");

        LoadResult result = loader.load(dir);

        assertEquals(1, result.articles().size());
        LoadProblem problem = result.problems().get(0);
        assertEquals("latin1.txt", problem.file());
        assertEquals("not valid UTF-8 (bad byte sequence at byte 3)", problem.reason());
    }

    @Test
    void binaryContentIsAProblem() throws IOException {
        Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});

        LoadResult result = loader.load(dir);

        assertTrue(result.articles().isEmpty());
        assertTrue(result.problems().get(0).reason().startsWith("binary content"), result.problems().toString());
    }

    @Test
    void missingPathIsAProblem() {
        LoadResult result = loader.load(dir.resolve("nowhere"));

        assertTrue(result.articles().isEmpty());
        assertEquals("no such file or directory", result.problems().get(0).reason());
    }

    @Test
    void aSingleFileCanBeLoaded() throws IOException {
        Path file = write("one.text", "Only headline of the file\n\nText.");

        LoadResult result = loader.load(file);

        assertEquals("one.text", result.articles().get(0).id());
    }

    @Test
    void textIsKeptExactlySoOffsetsPointIntoTheDecodedFile() throws IOException {
        String text = "\uFEFFHeadline about Hama today\r\n\r\nIt rained in Hama \uD83C\uDF27 today.\r\n";
        write("crlf.txt", text);

        Article article = loader.load(dir).articles().get(0);

        assertEquals(text, article.text());
        TextRange title = article.titleRange();
        assertEquals("Headline about Hama today", title.of(article.text()));
        TextRange second = article.sentences().get(1);
        assertEquals("It rained in Hama \uD83C\uDF27 today.", second.of(article.text()));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
