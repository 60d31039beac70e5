package org.placemap.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.placemap.atlas.Atlas;
import org.placemap.claims.ClaimExtractor;
import org.placemap.corpus.CorpusLoader;
import org.placemap.corpus.LoadProblem;
import org.placemap.corpus.LoadResult;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.geoparse.GeoParser;
import org.placemap.geoparse.ParsedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads and parses the corpus folder at startup, logging what it skipped and how long it took. */
final class CorpusStartup {
    private static final Logger log = LoggerFactory.getLogger(CorpusStartup.class);

    private CorpusStartup() {}

    static Atlas parse(Gazetteer gazetteer, Path corpusDir) throws IOException {
        long t0 = System.nanoTime();
        LoadResult loaded = new CorpusLoader().load(corpusDir);
        for (LoadProblem problem : loaded.problems()) {
            log.warn("Skipped article {}", problem);
        }
        GeoParser parser = new GeoParser(gazetteer);
        List<ParsedArticle> parsed = loaded.articles().stream().map(parser::parse).toList();
        ClaimExtractor claims = new ClaimExtractor(gazetteer);
        Atlas atlas = Atlas.of(parsed, parsed.stream().flatMap(p -> claims.extract(p).stream()).toList());
        long mentions = parsed.stream().mapToLong(p -> p.mentions().size()).sum();
        long unresolved = parsed.stream().mapToLong(p -> p.unresolvedMentions().size()).sum();
        log.info("Corpus: parsed {} articles from {} in {} ms: {} mentions ({} unresolved), {} places, {} distance claims; {} files skipped",
                parsed.size(), corpusDir.toAbsolutePath(), (System.nanoTime() - t0) / 1_000_000, mentions,
                unresolved, atlas.places().size(), atlas.claims().size(), loaded.problems().size());
        return atlas;
    }
}
