package org.placemap.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.placemap.corpus.Article;
import org.placemap.corpus.CorpusLoader;
import org.placemap.corpus.LoadProblem;
import org.placemap.corpus.LoadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample articles, imported once into a library that has never held any, through the ordinary add path: the same
 * checks, parse, title and storage as any article ({@link ArticleLibrary#add}). A missing folder is said so in the
 * log and records no import, so a later start from the right folder still imports them; a file that cannot be read
 * or is refused is logged and skipped. Runs on the library's opening thread, under its lock.
 */
final class SampleImport {
    private static final Logger log = LoggerFactory.getLogger(ArticleLibrary.class);

    private SampleImport() {}

    /**
     * Adds every article of {@code dir} to {@code library}, then gives the folder's absolute path to {@code recorded}
     * (which marks the samples as imported); logs like the old startup parse.
     */
    static void into(ArticleLibrary library, Path dir, Consumer<String> recorded) {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(dir)) {
            // a new user who starts the jar from another folder: say what was not found and how to point at it,
            // rather than calling the missing folder a skipped article
            log.warn("No sample articles imported: the sample folder {} does not exist (set placemap.corpus-dir to a"
                    + " folder of .txt articles, or start the app from the project folder)", dir.toAbsolutePath());
            return;
        }
        LoadResult loaded = new CorpusLoader().load(dir);
        List<String> skipped = new ArrayList<>();
        for (LoadProblem problem : loaded.problems()) {
            log.warn("Skipped article {}", problem);
            skipped.add(problem.file());
        }
        int imported = 0;
        for (Article a : loaded.articles()) {
            try {
                if (library.add(new NewArticle(null, null, null, a.text(), a.id(), NewArticle.Format.TEXT)).duplicate()) {
                    log.info("Sample article {} is already in the library", a.id());
                } else {
                    imported++;
                }
            } catch (ArticleRejectedException | LibraryFullException e) {
                log.warn("Skipped article {}: {}", a.id(), e.getMessage());
                skipped.add(a.id());
            }
        }
        recorded.accept(dir.toAbsolutePath().toString());
        log.info("Corpus: parsed {} articles from {} in {} ms: {}; {} files skipped",
                imported, dir.toAbsolutePath(), (System.nanoTime() - t0) / 1_000_000, library.summary(), skipped.size());
    }
}
