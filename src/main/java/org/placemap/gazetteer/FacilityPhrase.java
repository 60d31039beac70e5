package org.placemap.gazetteer;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Kuweires air base", "the naval base in Tartus", "port of Latakia": a facility word around a place
 * name. Works on folded keys, so case, hyphens and punctuation are already gone.
 *
 * @param bareKey folded key of the place name inside the phrase
 * @param kinds   the kinds the phrase names; empty when it names a facility at a place rather than a
 *                gazetteer entry of its own (a naval base, a port: the answer is the place)
 */
record FacilityPhrase(String bareKey, Set<PlaceKind> kinds) {

    private static final Set<PlaceKind> AIR = EnumSet.of(PlaceKind.AIR_BASE, PlaceKind.AIRPORT);
    private static final Pattern AIR_SUFFIX = Pattern.compile(
            "^(.+?) (international |military |army |regional )?(air ?base|air force base|air ?field|air ?port|afb|air station)$");
    private static final Pattern AT_PLACE = Pattern.compile(
            "^(?:naval base|navy base|naval facility|port|harbour|harbor|base) (?:in|of|at|near) (.+)$");
    /** "the naval base", "its airfield": a facility word after a determiner names no place. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "our");
    private static final Pattern PLACE_THEN_FACILITY = Pattern.compile("^(.+?) (?:naval base|naval facility|port|harbour|harbor)$");

    /** The phrase in a folded key, or null when the key is not a facility phrase. */
    static FacilityPhrase parse(String foldedKey) {
        String key = foldedKey.startsWith("the ") ? foldedKey.substring(4) : foldedKey;
        FacilityPhrase phrase = match(key);
        return phrase == null || DETERMINERS.contains(phrase.bareKey()) ? null : phrase;
    }

    private static FacilityPhrase match(String foldedKey) {
        Matcher m = AIR_SUFFIX.matcher(foldedKey);
        if (m.matches()) {
            return new FacilityPhrase(m.group(1), AIR);
        }
        m = AT_PLACE.matcher(foldedKey);
        if (m.matches()) {
            return new FacilityPhrase(m.group(1), EnumSet.noneOf(PlaceKind.class));
        }
        m = PLACE_THEN_FACILITY.matcher(foldedKey);
        if (m.matches()) {
            return new FacilityPhrase(m.group(1), EnumSet.noneOf(PlaceKind.class));
        }
        return null;
    }
}
