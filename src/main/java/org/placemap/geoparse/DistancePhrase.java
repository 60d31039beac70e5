package org.placemap.geoparse;

import java.util.regex.Pattern;

/**
 * A distance measured from a name that follows it: a number (in digits or words), a unit of length, an optional
 * aside in brackets, and a direction with "of", or "from", "outside" or "off" ("34 kilometres northwest of Vernon",
 * "about 50 miles (80 km) from Tartus", "ten km south-east of the town of …"). What follows is a place: the phrase
 * measures from it. Used to keep such names when nothing else in the article supports them
 * ({@link ContextPasses#placedByPhrase}) and when a look-alike full name elsewhere would make them a surname
 * ({@link DocumentFacts}); and the other way round, a name placed by the distance that follows it ({@link
 * #followsAsSubject}). Stateless and thread-safe.
 */
final class DistancePhrase {

    private DistancePhrase() {}

    /** How far before a name the phrase is looked for, in characters. */
    static final int LOOKBACK = 90;

    /** A number in digits, or a number word ("six", "fifty", "a"). */
    private static final String CARDINAL = "(?:\\d[\\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
    /** A unit of length as news writes it. */
    private static final String UNIT = "(?:km|kms|kilometres?|kilometers?|miles?|mi|nm|nautical miles?)";

    private static final Pattern BEFORE = Pattern.compile(
            "(?i)(?<![\\w.])" + CARDINAL + "(?:\\s*|-)" + UNIT + "\\.?(?:\\s*\\([^()]{1,40}\\))?\\s+(?:away\\s+)?"
                    + "(?:(?:due\\s+)?(?:north|south|east|west|"
                    + "north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west|(?:north|south)[- ]?(?:north|south)[- ]?(?:east|west)|"
                    + "(?:east|west)[- ]?(?:north|south)[- ]?(?:east|west))(?:ward)?\\s+of|from|outside(?:\\s+of)?|off)\\s+"
                    + "(?:(?:the\\s+)?(?:town|city|village|port|capital|settlement|region|province|district)\\s+of\\s+)?$");

    /** How far after a name the phrase is looked for, in characters. */
    static final int LOOKAHEAD = 90;

    /** {@link #CARDINAL}, also compound ("twenty-five", "two hundred"). */
    private static final String NUMBER = CARDINAL + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))?";
    private static final String DIRECTION = "(?:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east"
            + "|south[- ]?west)(?:ward)?";

    /**
     * The name as the subject of a distance: a verb of position or a comma, an optional participle and hedge, a
     * number, a unit and a direction with "of", or "from" ("Shushi is located about six kilometers south of …",
     * "Baquba, 40 miles north of Baghdad", "Tanna lies 200 km from …").
     */
    private static final Pattern AFTER = Pattern.compile(
            "(?i)^(?:\\s*,|\\s+(?:is|lies|lay|sits|sat|was|stands|remains))(?:\\s+(?:located|situated|based))?"
                    + "(?:\\s+(?:just|only|about|some|around|roughly|approximately|nearly|almost|barely|less than|more than"
                    + "|over|under|at least|at most))*\\s+" + NUMBER + "(?:\\s*|-)" + UNIT + "\\.?(?:\\s*\\([^()]{1,40}\\))?"
                    + "\\s+(?:away\\s+)?(?:(?:due\\s+|to\\s+the\\s+)?" + DIRECTION + "\\s+of|from|outside)\\s");

    /**
     * Whether a distance phrase follows {@code end} of {@code text}, where a name ends, with the name as what is
     * placed ({@link #AFTER}).
     */
    static boolean followsAsSubject(String text, int end) {
        String window = text.substring(end, Math.min(text.length(), end + LOOKAHEAD));
        return AFTER.matcher(window).find();
    }

    /** Whether a distance phrase ends at {@code start} of {@code text}, where a name begins. */
    static boolean endsAt(String text, int start) {
        String window = text.substring(Math.max(0, start - LOOKBACK), start);
        // most names follow no unit at all: a plain search first, the pattern only where a unit may stand
        boolean unit = window.contains("km") || window.contains("KM") || window.contains("Km") || window.contains("ilomet")
                || window.contains("ile") || window.contains("nm") || window.contains("autical");
        return unit && BEFORE.matcher(window).find();
    }
}
