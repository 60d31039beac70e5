package org.placemap.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.corpus.TextRange;
import org.placemap.corpus.Zone;
import org.placemap.geoparse.Mention;

/**
 * Names in the two slots of a distance claim that the geoparser found no place for, kept as unresolved names so
 * that the claim is still read: "Mpataula, 3km from Macomia town" or "around three km from Rajarwar", where the
 * villages are in no gazetteer. Such a claim is listed (unverifiable until a reader places its ends), never drawn.
 *
 * <h2>Algorithm</h2>
 * In a sentence, a run of one to three capitalised words (hyphens and apostrophes inside a word allowed; up to two
 * lower-case joiners between two of them: "Torremocha del Jarama", "Cordillera de la Costa") is taken as a name when
 * it stands
 * <ul>
 *   <li>as a target: after a distance unit, at most three lower-case words (a direction, "away") and "from" or
 *       "of", optionally "the town/city/village of" ("60 km west of Zamzam");</li>
 *   <li>as a subject: right before a comma, an optional hedge word, a number (digits or a number word), a unit
 *       and a target slot that starts with a capital ("Mohurra, around three km from Rajarwar"; not "Khiam, about
 *       six kilometers … from the frontier", where no place is named to measure from).</li>
 * </ul>
 * A run is dropped when it overlaps a mention the geoparser made (found or not, its reading stands), when its
 * first word is a function word, pronoun, title, weekday or month ("The", "It", "President", "Friday"), when a word
 * is written in capitals only ("UN"), when it ends in a possessive ("Smith's farm"), or when a lower-case joiner
 * stands before it: it is then the tail of a longer name ("Cordillera de la Costa", "Nhica do Rovuma").
 *
 * <h2>Limitations</h2>
 * Only these two slots: an inverted sentence ("70 km away from Tbilisi lays the village Khurvaleti") or a name
 * after a common noun and its comma ("a Tawila travel camp, 60 km …") is not read. A capitalised non-place in a
 * slot ("3 km from Highway") becomes an unresolved end.
 *
 * <h2>Thread safety</h2>
 * Stateless.
 */
final class UnlistedNames {

    private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
    private static final String JOINERS = "(?:de|del|della|la|le|les|do|da|di|dos|das|du|van|von|der|al|el|bin|ibn)";
    private static final String NAME = WORD + "(?:[ \\u00A0](?:" + JOINERS + "[ \\u00A0]){0,2}" + WORD + "){0,2}";
    private static final String UNIT = "(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\\.?";
    private static final String END = "(?![\\p{L}\\p{M}\\d])";
    private static final String TARGET_SLOT = "(?:[ \\u00A0]+[a-z][a-z-]*){0,3}?[ \\u00A0]+(?:from|of)[ \\u00A0]+"
            + "(?:the[ \\u00A0]+(?:town|city|village)[ \\u00A0]+of[ \\u00A0]+)?";
    private static final Pattern TARGET = Pattern.compile("(?<![\\p{L}\\p{M}])" + UNIT + TARGET_SLOT + "(" + NAME + ")" + END);
    private static final Pattern SUBJECT = Pattern.compile("(?<![\\p{L}\\p{M}'’-])(" + NAME
            + "),[ \\u00A0]+(?:(?:about|around|some|nearly|roughly|approximately|just|only|barely|less[ \\u00A0]than|more[ \\u00A0]than)[ \\u00A0]+)?"
            + "(?:\\d[\\d.,]*|" + NumberWords.WORD + ")(?:[ \\u00A0-]?)" + UNIT + TARGET_SLOT + "\\p{Lu}");
    /** Lower-case words that join the words of one name ("Torremocha del Jarama", "Nhica do Rovuma"). */
    private static final Pattern JOINER_BEFORE = Pattern.compile(
            "(?:^|[ \\u00A0])" + JOINERS + "[ \\u00A0]$");

    /** First words that do not start a place name. */
    private static final Set<String> NOT_A_NAME_START = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
            "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "Some", "About", "Around", "Nearly", "Just",
            "Only", "And", "But", "Or", "Of", "From", "In", "At", "On", "To", "For", "With", "By", "As", "After",
            "Before", "Since", "While", "When", "Where", "Which", "Who", "Mr", "Mrs", "Ms", "Dr", "President",
            "Minister", "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Governor", "Mayor", "Prime", "King",
            "Queen", "Prince", "Sheikh", "Saint", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Highway", "Route", "Road", "Street", "Kilometre", "Kilometer",
            "Mile", "Miles", "Km", "Mainland");

    private UnlistedNames() {}

    /**
     * {@code mentions} (those of one sentence, in text order) with the unlisted names of {@code sentence} added as
     * unresolved mentions, still in text order; the same list when there are none.
     */
    static List<Mention> with(String text, TextRange sentence, List<Mention> mentions) {
        List<Mention> added = new ArrayList<>();
        String s = text.substring(sentence.start(), sentence.end());
        for (Pattern p : new Pattern[] {TARGET, SUBJECT}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int start = sentence.start() + m.start(1);
                int end = sentence.start() + m.end(1);
                if (isName(m.group(1)) && !JOINER_BEFORE.matcher(s).region(0, m.start(1)).find()
                        && !overlaps(start, end, mentions) && !overlaps(start, end, added)) {
                    added.add(new Mention(start, end, m.group(1), Mention.Form.NAME, Zone.BODY, null, 0,
                            List.of()));
                }
            }
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    private static boolean isName(String name) {
        String first = name.split("[ \\u00A0]")[0];
        return !NOT_A_NAME_START.contains(first) && !name.endsWith("'s") && !name.endsWith("’s");
    }

    private static boolean overlaps(int start, int end, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
