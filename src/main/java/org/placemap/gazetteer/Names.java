package org.placemap.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which spellings from a source become alternate names of a derived entry. */
final class Names {

    /** Longer names are descriptions, not something an article calls a place. */
    static final int MAX_WORDS = 8;

    private Names() {}

    /**
     * The usable alternates among {@code spellings}, in source order: Latin script only (the corpus is
     * English; other scripts would only grow the files), no airport-style codes, at most
     * {@value #MAX_WORDS} words, one spelling per exact key, none equal to {@code name}'s key.
     */
    static List<String> alternates(String name, Iterable<String> spellings) {
        Set<String> keys = new HashSet<>();
        keys.add(NameNormalizer.fold(name));
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
            if (key.isEmpty() || NameNormalizer.wordCount(key) > MAX_WORDS || !keys.add(key)) {
                continue;
            }
            out.add(cleaned);
        }
        return out;
    }

    /** True when every letter is Latin script and there is at least one letter. */
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
