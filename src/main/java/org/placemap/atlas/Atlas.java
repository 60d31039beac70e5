package org.placemap.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.placemap.corpus.Article;
import org.placemap.corpus.TextRange;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.Place;
import org.placemap.geoparse.Mention;
import org.placemap.geoparse.ParsedArticle;

/**
 * Every resolved place of a set of parsed articles, each with the sentences that mention it.
 * Immutable; build a new one when the articles change.
 */
public final class Atlas {
    private final List<ParsedArticle> articles;
    private final List<MappedPlace> places;
    private final Map<String, MappedPlace> byId;

    private Atlas(List<ParsedArticle> articles, List<MappedPlace> places) {
        this.articles = List.copyOf(articles);
        this.places = List.copyOf(places);
        this.byId = places.stream().collect(Collectors.toUnmodifiableMap(MappedPlace::id, Function.identity()));
    }

    public static Atlas of(List<ParsedArticle> articles) {
        Map<String, PlaceBuilder> builders = new LinkedHashMap<>();
        for (ParsedArticle parsed : articles) {
            Map<String, Map<TextRange, List<Mention>>> bySentence = new LinkedHashMap<>();
            for (Mention m : parsed.resolvedMentions()) {
                if (m.zone() == Zone.BOILERPLATE) {
                    continue;
                }
                builders.computeIfAbsent(m.place().id(), id -> new PlaceBuilder(m.place())).count(m);
                bySentence.computeIfAbsent(m.place().id(), id -> new LinkedHashMap<>())
                        .computeIfAbsent(excerptRange(parsed, m), r -> new ArrayList<>())
                        .add(m);
            }
            bySentence.forEach((placeId, sentences) -> sentences.forEach((range, mentions) ->
                    builders.get(placeId).excerpts.add(excerpt(parsed.article(), range, mentions))));
        }
        List<MappedPlace> places = distinctLabels(builders.values().stream()
                .map(PlaceBuilder::build)
                .sorted(Comparator.comparingInt(MappedPlace::mentionCount).reversed()
                        .thenComparing(MappedPlace::label, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(MappedPlace::id))
                .toList());
        return new Atlas(articles, places);
    }

    /**
     * Places that read the same ("Hama" the city and "Hama" the province) must not look the same in a
     * list or to a screen reader: the most mentioned keeps the plain label, the others get their kind,
     * then their country, in brackets.
     */
    static List<MappedPlace> distinctLabels(List<MappedPlace> mostMentionedFirst) {
        Set<String> seen = new HashSet<>();
        List<MappedPlace> out = new ArrayList<>(mostMentionedFirst.size());
        for (MappedPlace p : mostMentionedFirst) {
            String label = p.label();
            if (seen.contains(label.toLowerCase(Locale.ROOT))) {
                label = p.label() + " (" + noun(p.place()) + ")";
                if (seen.contains(label.toLowerCase(Locale.ROOT))) {
                    label = p.label() + " (" + noun(p.place()) + ", " + p.place().countryCode() + ")";
                }
                if (seen.contains(label.toLowerCase(Locale.ROOT))) {
                    label = p.label() + " (" + p.id() + ")";
                }
            }
            seen.add(label.toLowerCase(Locale.ROOT));
            out.add(label.equals(p.label()) ? p : new MappedPlace(p.place(), label, p.excerpts(), p.mentionCount()));
        }
        return out;
    }

    private static String noun(Place place) {
        return switch (place.kind()) {
            case COUNTRY -> "country";
            case CAPITAL, POPULATED_PLACE -> "city";
            case ADMIN_REGION -> "province";
            case REGION -> "region";
            case DISPUTED_AREA -> "disputed area";
            case AIR_BASE -> "air base";
            case NAVAL_BASE -> "naval base";
            case AIRPORT -> "airport";
            case SEA -> "sea";
            case STRAIT -> "strait";
        };
    }

    /** Places, most mentioned first. */
    public List<MappedPlace> places() {
        return places;
    }

    public Optional<MappedPlace> place(String placeId) {
        return Optional.ofNullable(byId.get(placeId));
    }

    public List<ParsedArticle> articles() {
        return articles;
    }

    public int articleCount() {
        return articles.size();
    }

    /** The sentence around a mention; a mention outside every sentence (e.g. a heading) stands alone. */
    private static TextRange excerptRange(ParsedArticle parsed, Mention m) {
        TextRange sentence = parsed.sentenceOf(m);
        return sentence.contains(new TextRange(m.start(), m.end())) && sentence.length() > 0
                ? sentence
                : new TextRange(m.start(), m.end());
    }

    /**
     * The sentence as one line: runs of whitespace (hard-wrapped lines, blank lines) become one space,
     * and the mention offsets move with them.
     */
    static Excerpt excerpt(Article article, TextRange range, List<Mention> mentions) {
        String text = article.text();
        StringBuilder out = new StringBuilder(range.length());
        int[] map = new int[range.length() + 1];
        boolean inSpace = false;
        for (int i = range.start(); i < range.end(); i++) {
            map[i - range.start()] = out.length();
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        map[range.length()] = out.length();
        int trimmed = out.length();
        while (trimmed > 0 && out.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        out.setLength(trimmed);
        List<Excerpt.Span> highlights = new ArrayList<>();
        int lastEnd = 0;
        for (Mention m : mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList()) {
            int s = Math.min(map[m.start() - range.start()], trimmed);
            int e = Math.min(map[m.end() - range.start()], trimmed);
            if (s >= lastEnd && e > s) {
                highlights.add(new Excerpt.Span(s, e));
                lastEnd = e;
            }
        }
        boolean comment = article.zoneAt(range.start()) == Zone.COMMENT;
        return new Excerpt(article.id(), article.title(), article.source(), out.toString(), range.start(),
                highlights, comment);
    }

    private static final class PlaceBuilder {
        final Place place;
        final List<Excerpt> excerpts = new ArrayList<>();
        final Map<String, Integer> nameForms = new HashMap<>();
        int mentions;

        PlaceBuilder(Place place) {
            this.place = place;
        }

        void count(Mention m) {
            mentions++;
            if (m.form() == Mention.Form.NAME) {
                nameForms.merge(m.text().replaceAll("\\s+", " "), 1, Integer::sum);
            }
        }

        MappedPlace build() {
            String label = nameForms.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElse(place.name());
            return new MappedPlace(place, label, excerpts, mentions);
        }
    }
}
