package org.placemap.geoparse;

import java.util.List;
import java.util.Locale;
import org.placemap.gazetteer.PlaceKind;

/**
 * What the words around a name say about the kind of place ("Khmeimim air base", "Daraa province",
 * "the city of Hama"). The resolver prefers candidates of that kind.
 */
enum KindCue {
    NONE,
    AIR_BASE,
    NAVAL_BASE,
    ADMIN,
    CITY;

    /** Whether a candidate of {@code kind} is what this cue asks for. */
    boolean wants(PlaceKind kind) {
        return switch (this) {
            case NONE -> false;
            case AIR_BASE -> kind == PlaceKind.AIR_BASE || kind == PlaceKind.AIRPORT;
            case NAVAL_BASE -> kind == PlaceKind.NAVAL_BASE;
            case ADMIN -> kind == PlaceKind.ADMIN_REGION;
            case CITY -> kind == PlaceKind.POPULATED_PLACE || kind == PlaceKind.CAPITAL;
        };
    }

    /** A facility named after a town: the bare name later in the text means the facility too. */
    boolean isFacility() {
        return this == AIR_BASE || this == NAVAL_BASE;
    }

    /** A cue found in the text, and how many tokens it spans. */
    record Match(KindCue cue, int tokens, boolean plural, String phrase) {
        static final Match NONE = new Match(KindCue.NONE, 0, false, "");
    }

    /** The cue starting at {@code tokens[from]} right after a name ("air base", "provinces"), or NONE. */
    static Match after(List<Token> tokens, int from) {
        String w1 = word(tokens, from);
        String w2 = tokens.size() > from + 1 && tokens.get(from + 1).spaceBefore() ? word(tokens, from + 1) : "";
        if (w1.isEmpty() || !tokens.get(from).spaceBefore()) {
            return Match.NONE;
        }
        if ((w1.equals("air") || w1.equals("naval") || w1.equals("military")) && !w2.isEmpty()) {
            String two = w1 + " " + w2;
            return switch (two) {
                case "air base", "air field", "air station", "military airport", "military airfield" ->
                        new Match(AIR_BASE, 2, false, two);
                case "air bases", "air fields" -> new Match(AIR_BASE, 2, true, two);
                case "naval base", "naval facility", "naval port" -> new Match(NAVAL_BASE, 2, false, two);
                case "naval bases" -> new Match(NAVAL_BASE, 2, true, two);
                default -> Match.NONE;
            };
        }
        return switch (w1) {
            case "airbase", "airfield", "airport" -> new Match(AIR_BASE, 1, false, w1);
            case "airbases", "airfields", "airports" -> new Match(AIR_BASE, 1, true, w1);
            case "province", "governorate", "region", "oblast", "district", "county", "prefecture",
                 "municipality", "state", "krai", "voivodeship", "canton" -> new Match(ADMIN, 1, false, w1);
            case "provinces", "governorates", "regions", "oblasts", "districts", "counties", "prefectures",
                 "states" -> new Match(ADMIN, 1, true, w1);
            // "the Texas town of Paris": the noun and its "of" introduce the name after them, not this one
            case "city", "town", "village" -> w2.equals("of") ? Match.NONE : new Match(CITY, 1, false, w1);
            default -> Match.NONE;
        };
    }

    /** The cue ending right before {@code tokens[first]} ("the city of", "the naval base in"), or NONE. */
    static KindCue before(List<Token> tokens, int first) {
        String w1 = word(tokens, first - 1);
        String w2 = word(tokens, first - 2);
        String w3 = word(tokens, first - 3);
        if (w1.equals("of")) {
            KindCue cue = switch (w2) {
                case "city", "town", "village", "port", "suburb" -> CITY;
                case "province", "governorate", "region", "oblast", "district", "county", "state" -> ADMIN;
                default -> NONE;
            };
            if (cue != NONE) {
                return cue;
            }
        }
        if (w1.equals("city") || w1.equals("town") || w1.equals("village")) {
            return CITY; // "the Russian city Voronezh"
        }
        if ((w1.equals("co") || w1.equals("co.")) && first >= 1 && tokens.get(first - 1).capitalised()) {
            return ADMIN; // "Co Mayo", "north Co Dublin": the county, not the town
        }
        if (w1.equals("in") || w1.equals("at") || w1.equals("of")) {
            if (w2.equals("base") && w3.equals("air") || w2.equals("airbase") || w2.equals("airfield")) {
                return AIR_BASE;
            }
            if (w2.equals("base") && w3.equals("naval")) {
                return NAVAL_BASE;
            }
        }
        return NONE;
    }

    /**
     * "Quneitra and Daraa provinces": a plural cue covers every name coordinated before it, so the cue
     * found after the last name is copied to the names joined to it by "and", "or" or commas.
     */
    static void propagatePlural(String text, List<Span> spans) {
        for (int k = spans.size() - 1; k > 0; k--) {
            Span last = spans.get(k);
            if (last.cue() == NONE || !last.suffixCue() || !pluralFollows(text, last.end())) {
                continue;
            }
            for (int p = k - 1; p >= 0; p--) {
                Span prev = spans.get(p);
                String between = text.substring(prev.end(), spans.get(p + 1).start()).strip();
                if (!(between.equals(",") || between.equals("and") || between.equals(", and") || between.equals("or"))) {
                    break;
                }
                if (prev.cue() == NONE) {
                    spans.set(p, prev.withCue(last.cue()));
                }
            }
        }
    }

    private static boolean pluralFollows(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String word = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (word.equals("air") || word.equals("naval")) {
            return pluralFollows(text, j);
        }
        return word.length() > 3 && word.endsWith("s") && !word.equals("base");
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
