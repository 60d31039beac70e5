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
import org.placemap.claims.DistanceClaim;
import org.placemap.corpus.Article;
import org.placemap.corpus.TextRange;
import org.placemap.corpus.Zone;
import org.placemap.gazetteer.NameNormalizer;
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
    private final List<MappedClaim> claims;
    private final Map<String, MappedClaim> claimsById;

    private final List<Part> parts;

    private Atlas(List<ParsedArticle> articles, List<MappedPlace> places, List<MappedClaim> claims, List<Part> parts) {
        this.parts = List.copyOf(parts);
        this.articles = List.copyOf(articles);
        this.places = List.copyOf(places);
        this.byId = places.stream().collect(Collectors.toUnmodifiableMap(MappedPlace::id, Function.identity()));
        this.claims = List.copyOf(claims);
        this.claimsById = claims.stream().collect(Collectors.toUnmodifiableMap(MappedClaim::id, Function.identity()));
    }

    /** The places of these articles, without distance claims. */
    public static Atlas of(List<ParsedArticle> articles) {
        return of(articles, List.of());
    }

    /**
     * The places of these articles and the distance claims found in them, in article order.
     *
     * @throws IllegalArgumentException when a claim names an article that is not in the list
     */
    public static Atlas of(List<ParsedArticle> articles, List<DistanceClaim> claims) {
        Map<String, List<DistanceClaim>> byArticle = new HashMap<>();
        Set<String> known = new HashSet<>();
        articles.forEach(p -> known.add(p.article().id()));
        for (DistanceClaim claim : claims) {
            if (!known.contains(claim.articleId())) {
                throw new IllegalArgumentException("claim of an unknown article: " + claim.articleId());
            }
            byArticle.computeIfAbsent(claim.articleId(), k -> new ArrayList<>()).add(claim);
        }
        return ofParts(articles.stream().map(p -> Part.of(p, byArticle.getOrDefault(p.article().id(), List.of()))).toList());
    }

    /**
     * What one article adds to the map: its places with their mention counts, name forms and excerpts,
     * and its claims with theirs. Made once per article (the only step that reads the article's text);
     * {@link #ofParts} merges parts without reading any text, so a library that changes one article
     * rebuilds its map in time proportional to the places and excerpts, not to the texts.
     */
    public static final class Part {
        private final ParsedArticle parsed;
        private final Map<String, PlaceBuilder> places;
        private final List<MappedClaim> claims;

        private Part(ParsedArticle parsed, Map<String, PlaceBuilder> places, List<MappedClaim> claims) {
            this.parsed = parsed;
            this.places = places;
            this.claims = claims;
        }

        public ParsedArticle parsed() {
            return parsed;
        }

        /** The part of {@code parsed}, with its claims (each must be of that article). */
        public static Part of(ParsedArticle parsed, List<DistanceClaim> claims) {
            Map<String, PlaceBuilder> builders = new LinkedHashMap<>();
            addPlaces(parsed, builders);
            return new Part(parsed, builders, mapClaims(parsed.article(), claims));
        }
    }

    /** The map of these articles' parts, in this order. */
    public static Atlas ofParts(List<Part> parts) {
        Map<String, PlaceBuilder> builders = new LinkedHashMap<>();
        List<MappedClaim> claims = new ArrayList<>();
        Set<String> claimIds = new HashSet<>();
        List<ParsedArticle> articles = new ArrayList<>(parts.size());
        for (Part part : parts) {
            articles.add(part.parsed);
            part.places.forEach((id, b) -> builders.computeIfAbsent(id, k -> new PlaceBuilder(b.place)).merge(b));
            for (MappedClaim c : part.claims) {
                if (claimIds.add(c.id())) {
                    claims.add(c);
                }
            }
        }
        return new Atlas(articles, sortedPlaces(builders), claims, parts);
    }

    /** The map of only these articles (the others left out), merged from the parts already made. */
    public Atlas only(Set<String> articleIds) {
        return ofParts(parts.stream().filter(p -> articleIds.contains(p.parsed.article().id())).toList());
    }

    private static List<MappedClaim> mapClaims(Article article, List<DistanceClaim> claims) {
        List<MappedClaim> mapped = new ArrayList<>(claims.size());
        List<String> ids = ClaimIds.of(claims);
        for (int k = 0; k < claims.size(); k++) {
            DistanceClaim claim = claims.get(k);
            if (!claim.articleId().equals(article.id())) {
                throw new IllegalArgumentException("claim of another article: " + claim.articleId());
            }
            String id = ids.get(k);
            List<TextRange> marks = new ArrayList<>();
            marks.add(new TextRange(claim.from().start(), claim.from().end()));
            marks.add(new TextRange(claim.start(), claim.end()));
            marks.add(new TextRange(claim.to().start(), claim.to().end()));
            TextRange sentence = claim.sentence();
            TextRange range = sentence.length() > 0 && sentence.start() <= claim.start() && claim.end() <= sentence.end()
                    ? sentence : new TextRange(claim.start(), claim.end());
            mapped.add(new MappedClaim(id, claim, excerptMarking(article, range, marks)));
        }
        return mapped;
    }

    /** One article's places into {@code builders}: counts, name forms and an excerpt per sentence. */
    private static void addPlaces(ParsedArticle parsed, Map<String, PlaceBuilder> builders) {
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

    private static List<MappedPlace> sortedPlaces(Map<String, PlaceBuilder> builders) {
        return distinctLabels(builders.values().stream()
                .map(PlaceBuilder::build)
                .sorted(Comparator.comparingInt(MappedPlace::mentionCount).reversed()
                        .thenComparing(MappedPlace::label, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(MappedPlace::id))
                .toList());
    }

    /**
     * Places that read the same ("Hama" the city and "Hama" the province) must not look the same in a
     * list or to a screen reader: the most mentioned keeps the plain label, the others get, in brackets,
     * the first of these that no earlier place took: their kind ("province"); kind and country or state
     * ("city, US-GA"); kind, country and point to two decimals ("city, US, 39.33, -82.10"). Each part
     * comes from the gazetteer, so a label reads the same after a restart; the id is only a last resort
     * for two entries at the same point. A kind the name already says is not repeated ("Henderson
     * County (US-TX)", not "Henderson County (county, US-TX)").
     */
    static List<MappedPlace> distinctLabels(List<MappedPlace> mostMentionedFirst) {
        Set<String> seen = new HashSet<>();
        Map<String, Set<String>> kindsByLabel = new HashMap<>();
        List<MappedPlace> out = new ArrayList<>(mostMentionedFirst.size());
        for (MappedPlace p : mostMentionedFirst) {
            String label = p.label();
            String noun = noun(p.place());
            // the kind alone tells nothing when an earlier same-name place is of the same kind (two cities)
            boolean kindShared = !kindsByLabel.computeIfAbsent(label.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(noun);
            if (seen.contains(label.toLowerCase(Locale.ROOT))) {
                Place place = p.place();
                boolean nameSaysKind = p.label().toLowerCase(Locale.ROOT).endsWith(" " + noun);
                String where = place.regionCode();
                String point = place.point() == null ? null : String.format(Locale.ROOT, "%.2f, %.2f",
                        place.point().latitudeDeg(), place.point().longitudeDeg());
                List<String> tries = new ArrayList<>();
                if (!nameSaysKind && !kindShared) {
                    tries.add(noun);
                }
                tries.add(join(nameSaysKind ? null : noun, where));
                tries.add(join(join(nameSaysKind ? null : noun, where), point));
                tries.add(p.id());
                for (String t : tries) {
                    label = p.label() + " (" + t + ")";
                    if (!t.isEmpty() && !seen.contains(label.toLowerCase(Locale.ROOT))) {
                        break;
                    }
                }
            }
            seen.add(label.toLowerCase(Locale.ROOT));
            out.add(label.equals(p.label()) ? p : new MappedPlace(p.place(), label, p.excerpts(), p.mentionCount()));
        }
        return out;
    }

    private static String join(String a, String b) {
        return a == null || a.isEmpty() ? (b == null ? "" : b) : b == null || b.isEmpty() ? a : a + ", " + b;
    }

    /** Countries whose first-level divisions are called states, and those whose second-level ones are counties. */
    private static final Set<String> STATES = Set.of("US", "AU", "IN", "MX", "BR", "NG", "MY", "VE", "SD", "SS", "MM", "DE", "AT");
    private static final Set<String> COUNTIES = Set.of("US", "GB", "IE", "NO", "SE", "HU", "HR", "KE", "LR");

    private static String noun(Place place) {
        String code = place.featureCode() == null ? "" : place.featureCode();
        String country = place.countryCode() == null ? "" : place.countryCode();
        return switch (place.kind()) {
            case COUNTRY -> "country";
            case CAPITAL, POPULATED_PLACE -> "city";
            case ADMIN_REGION -> code.startsWith("ADM2") ? (COUNTIES.contains(country) ? "county" : "district")
                    : code.startsWith("ADM1") && STATES.contains(country) ? "state" : "province";
            case REGION -> "region";
            case DISPUTED_AREA -> "disputed area";
            case AIR_BASE -> "air base";
            case NAVAL_BASE -> "naval base";
            case AIRPORT -> "airport";
            case SEA -> "sea";
            case STRAIT -> "strait";
            case BORDER -> "border";
            case COAST -> "coast";
        };
    }

    /** Places, most mentioned first. */
    public List<MappedPlace> places() {
        return places;
    }

    public Optional<MappedPlace> place(String placeId) {
        return Optional.ofNullable(byId.get(placeId));
    }

    /** The distance claims, in article order and then text order. */
    public List<MappedClaim> claims() {
        return claims;
    }

    public Optional<MappedClaim> claim(String claimId) {
        return Optional.ofNullable(claimsById.get(claimId));
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
        return excerptMarking(article, range, mentions.stream().map(m -> new TextRange(m.start(), m.end())).toList());
    }

    /** The sentence as one line, with the given ranges (article offsets) marked where they do not overlap. */
    static Excerpt excerptMarking(Article article, TextRange range, List<TextRange> marks) {
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
        for (TextRange m : marks.stream().sorted(Comparator.comparingInt(TextRange::start)).toList()) {
            if (m.start() < range.start() || m.end() > range.end()) {
                continue;
            }
            int s = Math.min(map[m.start() - range.start()], trimmed);
            int e = Math.min(map[m.end() - range.start()], trimmed);
            if (s >= lastEnd && e > s) {
                highlights.add(new Excerpt.Span(s, e, m.start(), m.end()));
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
        int readerDecided;
        double leastConfidence = 1;

        PlaceBuilder(Place place) {
            this.place = place;
        }

        void count(Mention m) {
            mentions++;
            if (m.decision() != null) {
                readerDecided++;
            } else {
                leastConfidence = Math.min(leastConfidence, m.confidence());
            }
            // a reader may mark any words as a place ("the Lueck farm"): such words label the place only when
            // they are one of its names, so the map keeps the gazetteer's name for it
            if (m.form().byName() && (m.decision() == null || isNameOf(m.text(), place)) && !shouted(m.text())) {
                nameForms.merge(m.text().replaceAll("\\s+", " "), 1, Integer::sum);
            }
        }

        /**
         * "VANCOUVER —", "CAIRO:": a dateline's capitals are the wire's typography, not the name's spelling, so they
         * never label the place (initials such as "UK" or "NSW", three letters or fewer, still do).
         */
        private static boolean shouted(String text) {
            long letters = text.chars().filter(Character::isLetter).count();
            return letters >= 4 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }

        private static boolean isNameOf(String text, Place place) {
            String folded = NameNormalizer.fold(text);
            return NameNormalizer.fold(place.name()).equals(folded)
                    || place.alternateNames().stream().anyMatch(n -> NameNormalizer.fold(n).equals(folded));
        }

        /** Adds another article's counts, name forms and excerpts (after this one's). */
        void merge(PlaceBuilder other) {
            mentions += other.mentions;
            readerDecided += other.readerDecided;
            leastConfidence = Math.min(leastConfidence, other.leastConfidence);
            other.nameForms.forEach((form, n) -> nameForms.merge(form, n, Integer::sum));
            excerpts.addAll(other.excerpts);
        }

        MappedPlace build() {
            String label = nameForms.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey)
                    .orElse(place.name());
            return new MappedPlace(place, label, excerpts, mentions, leastConfidence, readerDecided);
        }
    }
}
