package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which spellings from a source become alternate names of a derived entry. */
final class Names {

    /** Longer names are descriptions, not something an article calls a place. */
    static final int MAX_WORDS = 8;

    private Names() {}

    /**
     * The usable alternates among {@code spellings}, in source order: Latin script only (the corpus is
     * English; other scripts would only grow the files), no airport-style codes, no Lithuanian or Latvian
     * case forms ({@link #isBalticForm}), at most {@value #MAX_WORDS} words, one spelling per exact key,
     * none equal to {@code name}'s key.
     */
    static List<String> alternates(String name, Iterable<String> spellings) {
        Set<String> keys = new HashSet<>();
        String nameKey = NameNormalizer.fold(name);
        keys.add(nameKey);
        String nameVariant = NameNormalizer.variantOfFolded(nameKey);
        List<String> out = new ArrayList<>();
        for (String s : spellings) {
            if (s == null) {
                continue;
            }
            String cleaned = PlaceTsv.cleanName(s);
            if (cleaned.isEmpty() || !isLatin(cleaned) || looksLikeCode(cleaned)) {
                continue;
            }
            String key = NameNormalizer.fold(cleaned);
            if (key.isEmpty() || NameNormalizer.wordCount(key) > MAX_WORDS || isBalticForm(nameVariant, key)
                    || !keys.add(key)) {
                continue;
            }
            out.add(cleaned);
        }
        return out;
    }

    /**
     * Lithuanian (and Latvian) give foreign place names a case ending: Hamm → Hamas, Minsk → Minskas,
     * Edinburgh → Edinburgas, Laval → Lavalis. GeoNames lists these among the alternate names, where
     * they are useless to English text and some collide with English words and names ("Hamas" would
     * otherwise be a name of Hamm, Germany). The rule: a spelling whose variant key is the name's
     * variant key plus {@code as} or {@code is}, when the name ends in a consonant.
     */
    static boolean isBalticForm(String nameVariant, String spellingKey) {
        int n = nameVariant.length();
        if (n < 2 || isVowelLetter(nameVariant.charAt(n - 1))) {
            return false;
        }
        String v = NameNormalizer.variantOfFolded(spellingKey);
        return v.length() == n + 2 && v.startsWith(nameVariant) && (v.endsWith("as") || v.endsWith("is"));
    }

    private static boolean isVowelLetter(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * The specific part of a sea or ocean name when English uses it alone: "Mediterranean" for the
     * Mediterranean Sea, "Atlantic" for the Atlantic Ocean, "Baltic", "Caribbean", "Adriatic", "Aegean".
     * The rule: a name "X Sea" or "X Ocean" where X is one word ending in -ean or -ic, a proper adjective
     * of the sea itself. Colour and compass words (Black, Red, North) and demonyms ending in -an (Indian,
     * Arabian, Norwegian) are left out: alone they mean something else. Null when the rule does not apply.
     */
    static String bareSeaName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length != 2 || !(words[1].equalsIgnoreCase("Sea") || words[1].equalsIgnoreCase("Ocean"))) {
            return null;
        }
        String x = words[0];
        String lower = x.toLowerCase(java.util.Locale.ROOT);
        boolean adjective = lower.endsWith("ean") || lower.endsWith("ic");
        return adjective && x.length() >= 5 && Character.isUpperCase(x.charAt(0)) && isLatin(x) ? x : null;
    }

    /** The compass adjectives of the UN subregions GeoNames lists, and the compass nouns news writes for them. */
    private static final Map<String, String> COMPASS_SHORT = Map.of("western", "West", "eastern", "East", "northern", "North",
            "southern", "South", "south eastern", "Southeast", "south-eastern", "Southeast", "north eastern", "Northeast",
            "north-eastern", "Northeast", "south western", "Southwest", "north western", "Northwest");

    /**
     * The forms news writes for a subregion that GeoNames names with a compass adjective: "West Africa" for "Western
     * Africa", "Southeast Asia" (also "South-east Asia", "South East Asia") for "South Eastern Asia". The rule: the
     * name is one or two compass adjectives ("Western", "South Eastern", "South-Eastern") and one more word, written
     * as the compass noun and that word. Empty when the rule does not apply. Callers drop a form that is already
     * another place's name ("South Africa" for "Southern Africa", "North America" for "Northern America").
     */
    private static final Set<String> CONTINENT_WORDS = Set.of("Africa", "Asia", "Europe", "America");

    static List<String> compassShortNames(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 3 || !isLatin(name)) {
            return List.of();
        }
        String last = words[words.length - 1];
        String adjective = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)).toLowerCase(java.util.Locale.ROOT);
        String noun = COMPASS_SHORT.get(adjective);
        if (noun == null || !CONTINENT_WORDS.contains(last)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(noun + " " + last));
        if (noun.length() > 5) { // "Southeast": also "South-east" and "South East"
            String first = noun.substring(0, 5);
            String second = noun.substring(5);
            out.add(first + "-" + second + " " + last);
            out.add(first + " " + Character.toUpperCase(second.charAt(0)) + second.substring(1) + " " + last);
        }
        return out;
    }

    /** True when every letter is Latin script and there is at least one letter. */
    /** Whether every word of {@code name}, folded, is one of {@code words}; true for a name with no words. */
    static boolean onlyWordsFrom(String name, java.util.Set<String> words) {
        for (String w : NameNormalizer.fold(name).split(" ")) {
            if (!w.isEmpty() && !words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLatin(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    /**
     * GeoNames mixes IATA/ICAO codes (DAM, ALP, OSLK) and postcodes into alternatenames; as folded keys
     * they would collide with words ("dam"), so short all-capital tokens and anything with a digit go.
     */
    static boolean looksLikeCode(String s) {
        boolean allCaps = s.length() <= 4;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (!(c >= 'A' && c <= 'Z')) {
                allCaps = false;
            }
        }
        return allCaps;
    }

    /**
     * The lookup key of a capitalised abbreviation ("US", "U.S.", "U.S.A.", "UAE"): its letters without
     * dots or spaces, when there are 2 to 5 of them, all capital A–Z, and nothing else; null otherwise.
     * Such names are matched case-sensitively, so that the capitals "US" name a country and the word
     * "us" does not.
     */
    static String abbreviationKey(String s) {
        if (s == null || s.length() > 12) {
            return null;
        }
        StringBuilder sb = new StringBuilder(5);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                sb.append(c);
            } else if (c != '.' && c != ' ') {
                return null;
            }
        }
        return sb.length() >= 2 && sb.length() <= 5 ? sb.toString() : null;
    }

    /** "European Union" → "EU": the capitals of the words of a name, when there are two to five; else null. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(NameNormalizer.fold(w.substring(0, 1)).toUpperCase(java.util.Locale.ROOT));
            }
        }
        String s = sb.toString();
        return s.matches("[A-Z]{2,5}") ? s : null;
    }

    /** "ARCTIC OCEAN" → "Arctic Ocean"; Natural Earth writes some layers in capitals. */
    static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }
}
