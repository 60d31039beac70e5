package org.placemap.gazetteer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@link GazetteerBuilder#build} read and wrote.
 *
 * @param countsByKind entries written per kind
 * @param files        written files (name relative to the output folder), in write order
 * @param sources      one summary per source file read
 * @param problems     malformed source rows as {@code file:line: reason}, and other skipped rows
 * @param elapsed      wall-clock time of the build
 */
public record BuildReport(
        Map<PlaceKind, Integer> countsByKind,
        List<WrittenFile> files,
        List<SourceSummary> sources,
        List<String> problems,
        Duration elapsed) {

    public BuildReport {
        countsByKind = Map.copyOf(countsByKind);
        files = List.copyOf(files);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** Entries written, all kinds. */
    public int total() {
        return countsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A derived file with its number of entries and its SHA-256 (hex). */
    public record WrittenFile(String name, int entries, String sha256) {}

    /** A source file: data rows seen, rows that became entries, rows rejected as malformed. */
    public record SourceSummary(String file, int rows, int used, int malformed, String sha256) {}
}
