package org.placemap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.placemap.gazetteer.Candidate;
import org.placemap.gazetteer.Gazetteer;
import org.placemap.gazetteer.NameNormalizer;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * Nationality words ("Syrian", "Americans", "Sri Lankan") and the countries they refer to, from the
 * general-English table {@code demonyms.tsv} beside this class, joined to the gazetteer's countries by
 * ISO code; and the adjectives of continents and regions ("European", "African", "Middle Eastern") with the
 * continent or region they refer to, from {@code region-demonyms.tsv}, joined by the region's exact name (a
 * country's form wins where both list one).
 *
 * <h2>Limitations</h2>
 * A word is a demonym of one country only ("Georgian" is Georgia the country, "Dominican" the Dominican
 * Republic). Ethnic compounds ("African American", "Chinese-American") and language uses ("speaks
 * French", "French fries") are not mentions of a country and are skipped by context.
 */
final class Demonyms {

    /** Words right before a demonym that make it a language ("speaks Russian"). */
    private static final Set<String> LANGUAGE_BEFORE = Set.of("speak", "speaks", "spoke", "speaking", "learn", "learning",
            "learned", "teach", "teaches", "taught", "translated", "fluent", "studied", "studies", "study");
    /** Lower-case words right after a demonym that make it a language, a cuisine or a breed, not a country. */
    private static final Set<String> THING_AFTER = Set.of("language", "languages", "speaker", "speakers", "class", "classes",
            "teacher", "teachers", "fries", "toast", "cuisine", "food", "dressing", "bread", "literature", "lessons",
            "lesson", "course", "courses", "version", "translation", "subtitles", "accent", "horn", "kiss", "doors",
            "onion", "onions", "vanilla", "cheese", "chard", "restaurant", "restaurants", "proverb", "saying",
            "descent", "heritage", "ancestry", "tribe", "tribes", "reservation", "reservations", "casino", "casinos");
    /**
     * Words after "Indian" that make it North America's indigenous peoples' ("Coldwater Indian Band", "an Indian
     * reservation"), written capitalised or not.
     */
    private static final Set<String> INDIGENOUS_AFTER = Set.of("band", "bands", "reservation", "reservations", "boarding",
            "removal", "wars");
    /**
     * Words that do so only capitalised, as names ("the Indian Act", "Indian Affairs", "Indian Reserve No. 6"): in lower
     * case they are as often India's ("interference in Indian affairs", "Indian reserves of foreign exchange").
     */
    private static final Set<String> INDIGENOUS_AFTER_CAPITALISED = Set.of("Reserve", "Reserves", "Act", "Affairs",
            "Residential", "Agent", "Status");

    /** Nationality adjectives that are also languages: as nouns ("in French") they name the language. */
    private static final Set<String> LANGUAGES = Set.of("English", "French", "German", "Spanish", "Chinese", "Japanese",
            "Russian", "Italian", "Portuguese", "Greek", "Turkish", "Polish", "Dutch", "Swedish", "Danish", "Finnish",
            "Norwegian", "Hungarian", "Czech", "Romanian", "Ukrainian", "Vietnamese", "Thai", "Korean", "Persian", "Welsh",
            "Catalan", "Basque", "Tibetan", "Hawaiian", "Chechen", "Kashmiri");

    /** Words that make a following "American" part of an ethnic or regional compound. */
    private static final Set<String> COMPOUND_HEADS = Set.of("native", "latin", "north", "south", "central", "african", "asian", "arab", "hispanic");

    private final Map<String, Place> byForm;
    private final int maxWords;

    private Demonyms(Map<String, Place> byForm) {
        this.byForm = byForm;
        this.maxWords = byForm.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(1);
    }

    /** The table joined to the countries of {@code gazetteer}; forms whose country it lacks are dropped. */
    static Demonyms of(Gazetteer gazetteer) {
        Map<String, Place> countries = new HashMap<>();
        for (Place p : gazetteer.places(java.util.EnumSet.of(PlaceKind.COUNTRY))) {
            if (!p.countryCode().isEmpty()) {
                countries.merge(p.countryCode(), p, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        Map<String, Place> byForm = new HashMap<>();
        for (Map.Entry<String, List<String>> e : table().entrySet()) {
            Place country = countries.get(e.getKey());
            if (country != null) {
                e.getValue().forEach(form -> byForm.put(form, country));
            }
        }
        for (Map.Entry<String, List<String>> e : regionTable().entrySet()) {
            Place region = regionNamed(gazetteer, e.getKey());
            if (region != null) {
                e.getValue().forEach(form -> byForm.putIfAbsent(form, region));
            }
        }
        return new Demonyms(byForm);
    }

    /**
     * The area the region table means by {@code name}: among the gazetteer's regions, first-level divisions and
     * disputed areas that have that exact name (preferred or alternate: "Bavaria" is Natural Earth's "Bayern"), the
     * one whose preferred name it is, else the best ranked; null when none has it.
     */
    private static Place regionNamed(Gazetteer gazetteer, String name) {
        List<Place> areas = gazetteer.exactCandidates(name).stream().map(Candidate::place)
                .filter(p -> p.kind() == PlaceKind.REGION || p.kind() == PlaceKind.ADMIN_REGION
                        || p.kind() == PlaceKind.DISPUTED_AREA)
                .toList();
        String key = NameNormalizer.fold(name);
        return areas.stream().filter(p -> NameNormalizer.fold(p.name()).equals(key)).findFirst()
                .orElse(areas.isEmpty() ? null : areas.get(0));
    }

    /** Country code → forms, as listed in {@code demonyms.tsv}. */
    static Map<String, List<String>> table() {
        return read("demonyms.tsv");
    }

    /** Continent or region name → forms, as listed in {@code region-demonyms.tsv}. */
    static Map<String, List<String>> regionTable() {
        return read("region-demonyms.tsv");
    }

    private static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = Demonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0].strip(), List.of(f[1].strip().split("\\s*,\\s*")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The country of nationality word {@code word} as written, or null. */
    Place countryOf(String word) {
        return byForm.get(word);
    }

    /** Whether {@code word}, as written, is a nationality word of the table. */
    boolean isForm(String word) {
        return byForm.containsKey(word);
    }

    /** A demonym found in the text: tokens {@code first..last} and the country. */
    record Match(int first, int last, Place country) {}

    /**
     * The demonym starting at {@code tokens[i]}, longest form first, or null. Only capitalised words
     * count, and not in the contexts listed in the class comment.
     */
    Match at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised() || t.allCaps()) {
            return null;
        }
        for (int n = Math.min(maxWords, tokens.size() - i); n >= 1; n--) {
            int last = i + n - 1;
            if (!joinedBySpaces(tokens, i, last)) {
                continue;
            }
            Place country = byForm.get(Run.text(tokens, i, last));
            if (country != null) {
                return inCountrySense(tokens, i, last) ? new Match(i, last, country) : null;
            }
        }
        return null;
    }

    private static boolean joinedBySpaces(List<Token> tokens, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (!tokens.get(k).spaceBefore() || tokens.get(k - 1).possessive()) {
                return false;
            }
        }
        return true;
    }

    private boolean inCountrySense(List<Token> tokens, int first, int last) {
        Token prev = first > 0 ? tokens.get(first - 1) : null;
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        boolean nextAdjacent = next != null && next.start() - tokens.get(last).end() <= 1;
        boolean prevAdjacent = prev != null && tokens.get(first).start() - prev.end() <= 1;
        // Hyphens stay inside a token ("Chinese-American" is one word, an identity); two nationality words
        // that are separate tokens with one character between them are joined by an en dash or a slash, which
        // relates two countries ("the Syrian–Jordanian border", "Russian/Ukrainian talks"): both are mentions.
        boolean prevJoinedPair = prevAdjacent && prev.end() < tokens.get(first).start() && !tokens.get(first).spaceBefore()
                && byForm.containsKey(prev.text());
        boolean nextJoinedPair = nextAdjacent && tokens.get(last).end() < next.start() && !next.spaceBefore()
                && byForm.containsKey(next.text());
        if (prevAdjacent && (LANGUAGE_BEFORE.contains(prev.lower()) || COMPOUND_HEADS.contains(prev.lower())
                || byForm.containsKey(prev.text()) && !prevJoinedPair)) {
            return false; // "speaks Russian", "Native American", "African American"
        }
        if (nextAdjacent && (THING_AFTER.contains(next.lower()) && !next.capitalised()
                || byForm.containsKey(next.text()) && !nextJoinedPair || next.text().equals("Indian") || next.text().equals("Indians"))) {
            return false; // "French fries", "Chinese-American", "American Indian"
        }
        if (nextAdjacent && tokens.get(first).text().equals("Indian")
                && (INDIGENOUS_AFTER.contains(next.lower()) || INDIGENOUS_AFTER_CAPITALISED.contains(next.text()))) {
            return false; // "the Lower Similkameen Indian Band", "the Indian Act": North America's First Nations, not India
        }
        if (LANGUAGES.contains(tokens.get(first).text()) && (next == null || !next.spaceBefore() || Words.FUNCTION.contains(next.lower()))) {
            return false; // "spoke only French and Farsi": the language, not the country
        }
        return true;
    }
}
