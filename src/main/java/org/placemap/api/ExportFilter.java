package org.placemap.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.placemap.atlas.Atlas;
import org.placemap.atlas.MappedClaim;
import org.placemap.atlas.MappedPlace;
import org.placemap.claims.Verdict;
import org.placemap.gazetteer.PlaceKind.MapCategory;
import org.springframework.http.HttpStatus;

/**
 * What an export holds: the map's filters as request parameters, so "Export what is shown" gives the
 * articles, kinds of place and verdicts on screen. Each parameter may repeat or hold a comma-separated
 * list; absent means all. {@code article} takes article ids, {@code kind} the map categories ({@code city},
 * {@code base}, {@code region}, {@code country}, {@code water}), {@code verdict} the verdicts
 * ({@code consistent}, {@code inconsistent}, {@code unverifiable}). An unknown id or value is refused (400)
 * with the values allowed, never silently ignored.
 *
 * @param articleIds the articles to export, empty for all
 * @param kinds      the categories of place to export
 * @param verdicts   the verdicts of the claims to export
 */
record ExportFilter(Set<String> articleIds, Set<MapCategory> kinds, Set<Verdict> verdicts) {
    static final ExportFilter ALL = new ExportFilter(Set.of(), EnumSet.allOf(MapCategory.class),
            EnumSet.allOf(Verdict.class));

    /** Reads the request parameters (each null when absent), checking the articles against {@code atlas}. */
    static ExportFilter of(List<String> articles, List<String> kinds, List<String> verdicts, Atlas atlas) {
        Set<String> ids = values(articles);
        Set<String> known = atlas.articles().stream().map(p -> p.article().id()).collect(Collectors.toSet());
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "No parsed article with id \"" + id + "\".");
            }
        }
        return new ExportFilter(ids, parse(kinds, MapCategory.class, "kind"), parse(verdicts, Verdict.class, "verdict"));
    }

    /** The atlas narrowed to the chosen articles. */
    Atlas narrow(Atlas atlas) {
        return articleIds.isEmpty() ? atlas : atlas.only(articleIds);
    }

    boolean keeps(MappedPlace place) {
        return kinds.contains(place.place().kind().category());
    }

    boolean keeps(MappedClaim claim) {
        return verdicts.contains(claim.claim().verdict());
    }

    private static Set<String> values(List<String> params) {
        Set<String> out = new LinkedHashSet<>();
        if (params != null) {
            for (String p : params) {
                Arrays.stream(p.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> Set<E> parse(List<String> params, Class<E> type, String name) {
        Set<String> given = values(params);
        if (given.isEmpty()) {
            return EnumSet.allOf(type);
        }
        EnumSet<E> out = EnumSet.noneOf(type);
        for (String v : given) {
            try {
                out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "Unknown " + name + " \"" + v + "\"; use one of "
                        + EnumSet.allOf(type).stream().map(x -> x.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + ".");
            }
        }
        return out;
    }
}
