package org.placemap.corpus;

import java.util.List;

/** Articles read, in file-name order, and the files skipped with their reasons. */
public record LoadResult(List<Article> articles, List<LoadProblem> problems) {

    public LoadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
