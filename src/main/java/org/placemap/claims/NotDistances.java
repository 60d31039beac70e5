package org.placemap.claims;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Quantities that read like distances but do not separate two places, whatever the words after them say.
 *
 * <h2>Rules</h2>
 * Tried in this order; any one that applies drops the quantity:
 * <ol>
 *   <li><b>Travelled</b>: the quantity is what someone or something moved: the object of a verb of motion
 *       ("walked 60 miles from Canterbury to London", "to fly 55 miles", "advanced a further 2.5 miles",
 *       "have pushed back three to eight kilometers from the riverbank"), also across an aside ("I walked,
 *       with some days as many as 120 people, 60 miles …").</li>
 *   <li><b>Measure</b>: the quantity is a size or reach, announced by its noun ("a range of up to 300 km", "a
 *       length of 215 km", "an elevation of about 700 metres") or followed by its adjective ("2,800 metres
 *       long", "30 kilometres wide", "50 meters above sea level").</li>
 * </ol>
 * Sizes written as compounds ("the 5 km-long convoy", "a 40-mile convoy") and positions of ships and troops
 * ("a ship 54 nautical miles southwest of Aden") need no rule here: they have no place for subject.
 */
final class NotDistances {

    private record Rule(String name, BiPredicate<SentenceScope, Quantity> applies) {}

    private static final Set<String> MOTION = Set.of("walked", "walk", "walks", "walking", "ran", "drove", "driven", "driving", "flew", "fly", "flies", "flown", "flying", "travelled",
            "traveled", "travel", "travels", "travelling", "traveling", "marched", "marching", "advanced", "advance",
            "advances", "advancing", "pushed", "pushing", "trekked", "trekking", "sailed", "sailing", "cycled",
            "cycling", "hiked", "hiking", "swam", "covered", "covering", "cover", "moved", "moving", "retreated",
            "retreating", "fled", "fleeing", "gained", "gaining", "penetrated", "crawled", "rode", "ridden", "pulled");
    /** Vehicles a verb of motion or of taking may have for object before the distance ridden. */
    private static final Set<String> VEHICLES = Set.of("train", "bus", "coach", "ferry", "boat", "car", "taxi", "bike",
            "bicycle", "motorbike", "motorcycle", "plane", "helicopter", "truck", "lorry", "tram", "shuttle");
    /** Verbs that take a vehicle before the distance it carries someone: "took the ferry 40 miles". */
    private static final Set<String> VEHICLE_VERBS = Set.of("took", "take", "takes", "taking", "caught", "catch",
            "boarded", "rode", "ride", "rides", "riding", "drove", "drive", "drives", "driving");
    /**
     * "allows fishermen to go 12 nautical miles off coast": motion only right before the distance, not across an aside
     * ("'We have nowhere to go,' said Amal in Deir al-Balah, 14 km from Gaza City").
     */
    private static final Set<String> GO = Set.of("go", "goes", "went", "gone");
    /** Words between a verb of motion and its distance: "pushed back", "advanced a further". */
    private static final Set<String> MOTION_FILLERS = Set.of("back", "forward", "forwards", "further", "farther",
            "deeper", "on", "out", "off", "away", "another", "a", "an", "some", "nearly", "almost", "roughly",
            "about", "around", "only", "just", "over", "more", "than", "up", "to", "less", "at", "least", "for",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "inland");
    private static final Pattern MEASURE_BEFORE = Pattern.compile("\\b(?:range|length|width|height|depth|altitude"
            + "|elevation|radius|area|diameter|reach|wingspan)\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE_AFTER = Pattern.compile("\\G[\\s,]*(?:long|wide|high|deep|tall|thick"
            + "|in\\s+(?:length|width|diameter|height|depth)|above\\s+sea\\s+level|below\\s+sea\\s+level"
            + "|above\\s+the\\s+sea|underground)\\b", Pattern.CASE_INSENSITIVE);

    private static final List<Rule> RULES = List.of(
            new Rule("travelled", NotDistances::travelled),
            new Rule("measure", NotDistances::measure));

    private NotDistances() {}

    /** The name of the rule that drops {@code q}, or null when it may be a distance between places. */
    static String reason(SentenceScope s, Quantity q) {
        for (Rule r : RULES) {
            if (r.applies().test(s, q)) {
                return r.name();
            }
        }
        return null;
    }

    private static boolean travelled(SentenceScope s, Quantity q) {
        int p = q.numberStart();
        if (VEHICLES.contains(s.wordBefore(p))) {
            // "I rode the bullet train 97 km from Nagano to Itoigawa", "took a ferry 40 miles": the vehicle is the verb's
            // object and the distance is the ride
            int v = s.wordStart(s.backSpaces(p));
            for (int words = 0; words < 3; words++) {
                v = s.wordStart(s.backSpaces(v));
                String w = s.wordBefore(v);
                if (MOTION.contains(w) || VEHICLE_VERBS.contains(w)) {
                    return true;
                }
            }
        }
        for (int words = 0; words < 4; words++) {
            String w = s.wordBefore(p);
            if (MOTION.contains(w) || GO.contains(w)) {
                return true;
            }
            if (!MOTION_FILLERS.contains(w)) {
                break;
            }
            p = s.wordStart(s.backSpaces(p));
        }
        int before = s.backSpaces(p);
        if (before > s.range.start() && s.text.charAt(before - 1) == ',') { // "walked, with …, 60 miles"
            int open = s.lastIndexIn(',', before - 2, 100);
            if (open > s.range.start() && before - open < 100) {
                return MOTION.contains(s.wordBefore(open));
            }
        }
        return false;
    }

    private static boolean measure(SentenceScope s, Quantity q) {
        String left = s.text.substring(Math.max(s.range.start(), q.start() - 30), q.start());
        if (MEASURE_BEFORE.matcher(left).find()) {
            return true;
        }
        return MEASURE_AFTER.matcher(s.text).region(q.end(), s.range.end()).lookingAt();
    }
}
