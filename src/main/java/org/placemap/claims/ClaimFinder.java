package org.placemap.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.placemap.geoparse.Mention;
import org.placemap.gazetteer.Place;
import org.placemap.gazetteer.PlaceKind;

/**
 * Turns the cited distances of one sentence into claims between two named places, or drops them when
 * the sentence does not say between which places ("ran 5 miles", "a 3 km convoy", "5,000 km of
 * border").
 *
 * <h2>Algorithm</h2>
 * For each cited distance, in text order:
 * <ol>
 *   <li>drop it when {@link NotDistances} says it is travelled or a size;</li>
 *   <li>read what follows it ({@link TargetFinder}): both places ("from Hama to Tartus"), "apart", one or
 *       more places, a line (border, coast), or nothing;</li>
 *   <li>"from A to B" is a claim by itself;</li>
 *   <li>otherwise find the subject: a distance joined to the previous one by "and", "or", "but" or a comma
 *       alone shares its subject ("Homs, roughly 75 miles from Latakia and 50 miles from Tartus": two claims
 *       about Homs; "Ghaziyeh is some 30 km from the Israeli frontier and less than five km from Sidon": the
 *       frontier is a line, the subject carries over), also after a locator of the target ("60 km west of Peshawar
 *       in Pakistan, and 100 km east of Kabul"). This is tried before the subject rules, because after
 *       "…from Latakia, 50 miles from Tartus" the appositive rule would otherwise make Latakia the subject.
 *       Else {@link SubjectFinder}'s rules, whose subject for a distance that continues such a list is never the
 *       previous distance's target (when that distance had no subject, neither has this one);</li>
 *   <li>a direction with no place after it ("only the capital Lusaka, 180 miles to the south, is larger") is
 *       measured from the last point named before the subject ({@link SentenceScope#impliedReferenceBefore}), or
 *       from the subject of an earlier claim of the sentence when that point is only its target ("the town of
 *       Gharyan, 50 miles south of Tripoli, against a militia from al-Asabia, about 10 miles to the southwest");</li>
 *   <li>a pair of subjects with "apart" (or "between … and" before the verb) is one claim between them;
 *       a subject and places after the distance give one claim per subject and place; a border or coast gives
 *       one claim per subject that is not an area (a region is not a point to measure from, unless the text calls
 *       it an island or a city: "near the city of Nabatieh, 10km from the border with Israel"), and its subject
 *       carries over to the next distance; a line the geodata lacks (a river, a front line) gives none.</li>
 * </ol>
 */
final class ClaimFinder {

    /**
     * A claim before measurement: its two ends, the cited distance and the span of text; {@code toLine} is the
     * border or coast {@code to} names (then {@code to} is the line's words, not yet a point), else null.
     */
    record Found(Endpoint from, Endpoint to, LineRef toLine, Quantity quantity, int start, int end) {

        Found(Endpoint from, Endpoint to, Quantity quantity, int start, int end) {
            this(from, to, null, quantity, start, end);
        }
    }

    private static final Pattern COORDINATION = Pattern.compile(
            "[\\s,]*(?:(?:and|or|but|while|whereas|yet)\\s+)?(?:(?:only|just|still|also|another)\\s+)*",
            Pattern.CASE_INSENSITIVE);
    /**
     * The same, after an appositive describing the previous target: "10 km east of Xiamen, a major port city on
     * the Chinese mainland, and about 187 km west of Taiwan".
     */
    private static final Pattern COORDINATION_AFTER_APPOSITIVE = Pattern.compile(
            "\\s*,\\s*(?:a|an|the)\\s[^,;:()\\d]{1,80},\\s*(?:and|but|while)\\s+(?:(?:only|just|still|also|another)\\s+)*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A locator after a target, before the next distance of a list: "60 km west of Peshawar in Pakistan, and 100 km
     * east of Kabul", "1,750 miles from Cape Town in South Africa, 1,510 miles from St Helena".
     */
    private static final Pattern LIST_LOCATOR = Pattern.compile(
            "\\s+in\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}(?=\\s*,)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A relative clause about the target, with no digit, closed by a comma: ", which is home to towering Roman ruins". */
    private static final Pattern TARGET_RELATIVE = Pattern.compile("\\s*" + SentenceScope.RELATIVE_ASIDE + "(?=,)",
            Pattern.CASE_INSENSITIVE);

    /** Before a name: "and", "and the town of": it is coordinated with the name before. */
    private static final Pattern COORDINATED_NAME = Pattern.compile("\\band\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+of\\s+)?$",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Between a name and a distance with "away" alone: "Tawila, roughly 40 kilometers away", "Pikelot, which is …". */
    private static final Pattern AWAY_ASIDE = Pattern.compile(
            "\\s*,\\s*(?:(?:which|that)\\s+(?:is|was|are|were|lies|lay|sits)\\s+)?(?:\\p{Ll}+\\s+){0,3}",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ClaimFinder() {}

    /**
     * Whether the text between a distance's target and the next distance joins the two as one list: coordination
     * alone, or after an aside about the target or a locator ("… of Peshawar in Pakistan, and …").
     */
    private static boolean continuesList(String between) {
        Matcher locator = LIST_LOCATOR.matcher(between);
        String rest = locator.lookingAt() ? between.substring(locator.end()) : between;
        Matcher relative = TARGET_RELATIVE.matcher(rest);
        if (relative.lookingAt()) {
            rest = rest.substring(relative.end()); // "… southwest of Palmyra, which is home to towering Roman ruins, and some 85 km …"
        }
        return COORDINATION.matcher(rest).matches() || COORDINATION_AFTER_APPOSITIVE.matcher(rest).matches();
    }

    static List<Found> find(SentenceScope s) {
        SubjectFinder subjects = new SubjectFinder(s);
        TargetFinder targets = new TargetFinder(s);
        List<Found> out = new ArrayList<>();
        List<Endpoint> lastSubjects = null;
        Quantity lastQuantity = null;
        int lastEnd = -1;
        int unnamedReferenceAt = -1;
        TargetFinder.Target previousTarget = null; // the last distance's places, whether or not it had a subject
        boolean subjectlessList = false; // the last distance was one of a list whose subject was not found
        List<Quantity> quantities = QuantityScanner.scan(s.text, s.range);
        for (int qi = 0; qi < quantities.size(); qi++) {
            Quantity q = quantities.get(qi);
            boolean wasSubjectlessList = subjectlessList;
            subjectlessList = false;
            if (q.start() < lastEnd) {
                continue;
            }
            if (NotDistances.reason(s, q) != null) {
                lastSubjects = null;
                previousTarget = null;
                continue;
            }
            TargetFinder.Target t = targets.find(q);
            TargetFinder.Target listedAfter = previousTarget;
            previousTarget = t != null && t.shape() == TargetFinder.Shape.TO ? t : null;
            if (t == null && q.hasUnit() && unnamedReferenceAt < 0) {
                unnamedReferenceAt = q.start();
            }
            if (t != null && t.shape() == TargetFinder.Shape.FROM_TO && q.hasUnit()) {
                add(s, out, t.first(), t.second(), q, t.end());
                lastSubjects = null;
                lastEnd = t.end();
                continue;
            }
            boolean onward = t != null && (t.shape() == TargetFinder.Shape.TO || t.shape() == TargetFinder.Shape.LINE);
            List<Endpoint> subject;
            boolean bothEnds = false;
            boolean locative = false;
            LineRef subjectLine = null;
            String between = lastSubjects == null ? "" : s.text.substring(lastEnd, q.start());
            if (lastSubjects != null && onward && continuesList(between)) {
                subject = lastSubjects;
                q = inheritUnit(q, lastQuantity);
            } else {
                SubjectFinder.Subject found = subjects.find(q, t);
                if (found != null && onward && listedAfter != null && joinedAsList(s, listedAfter.end(), q.start())
                        && (wasSubjectlessList || listGoesOn(s, t, quantities, qi)
                            && found.names().stream().anyMatch(n -> isOneOf(n, listedAfter.places())))) {
                    // "… 1,750 miles from Cape Town in South Africa, 1,510 miles from St Helena and about 2,200 miles
                    // from Montevideo": a list of distances whose subject was not found; none of them is said of the
                    // target before it. Two alone are an aside about the first target ("struck 8 kilometers from the
                    // town of Petit Trou de Nippes, about 150 kilometers west of the capital Port-au-Prince")
                    subjectlessList = true;
                    found = null;
                }
                if (found == null && t != null && t.shape() == TargetFinder.Shape.APART) {
                    found = theTwoNamedBefore(s, q); // "Darwin and Goose Green … – the two settlements are … apart"
                }
                if (found == null) {
                    lastSubjects = null;
                    continue;
                }
                subject = pastOwnAside(s, out, found.names(), q);
                bothEnds = found.bothEnds();
                locative = found.locativeVerb();
                subjectLine = found.line();
            }
            if (!q.hasUnit() && !locative && subject != lastSubjects) {
                lastSubjects = null;
                continue; // a bare number counts only in "X lies 50 from Y"
            }
            if (t == null && subjectLine != null) { // "the distance from X to the Armenian-Azerbaijani border was …"
                t = new TargetFinder.Target(TargetFinder.Shape.LINE, List.of(), subjectLine, q.end(), false);
            }
            int end = t == null ? q.end() : t.end();
            boolean pairClaim = subject.size() == 2 && (bothEnds || (t != null && t.shape() == TargetFinder.Shape.APART));
            boolean awayAlone = t != null && t.shape() == TargetFinder.Shape.IMPLIED && !t.directional();
            // "floating up the River Niger from … Mopti to … Timbuktu, 400km to the north": the far end of the route
            // lies that far, in that direction, from its start
            boolean routeThenDirection = pairClaim && bothEnds && t != null && t.shape() == TargetFinder.Shape.IMPLIED
                    && !awayAlone;
            if (pairClaim && (t == null || t.shape() == TargetFinder.Shape.APART || awayAlone || routeThenDirection)
                    && q.hasUnit()) {
                add(s, out, subject.get(routeThenDirection ? 1 : 0), subject.get(routeThenDirection ? 0 : 1), q, end);
                lastSubjects = null;
                lastEnd = end;
            } else if (t != null && t.shape() == TargetFinder.Shape.IMPLIED && !bothEnds) {
                // "Qasr-e Shirin in Kermanshah and Azgaleh, about 40 kilometres northwest": said of the last name of
                // a list, from a place named before it
                Endpoint from = subject.getLast();
                Endpoint reference = s.impliedReferenceBefore(from.start());
                // "Kupiansk, about 110 km east of Kharkiv, and Chuhuiv, 40 km to the southeast": a name coordinated with
                // the earlier subject is measured as it was, from the same reference point
                Endpoint to = COORDINATED_NAME.matcher(s.text.substring(Math.max(s.range.start(), from.start() - 40),
                        from.start())).find() ? reference : subjectMeasuredTo(out, reference);
                if (!t.directional() && !AWAY_ASIDE.matcher(s.text.substring(from.end(), Math.max(from.end(), q.start()))).matches()) {
                    // "Korla City, which is more than 300 kilometers away": "away" alone is said only of the name
                    // right before it ("Tawila, roughly 40 kilometers away"), never of one further back
                    to = null;
                }
                // "in Fairbanks, 85 miles north of the epicenter and Anchorage, 170 miles to the southwest": after a
                // distance from something unnamed, the direction goes on from that, not from the name before
                boolean unnamedBefore = unnamedReferenceAt >= 0 && unnamedReferenceAt < q.start();
                if (to != null && q.hasUnit() && !unnamedBefore && !samePlace(from, to)) {
                    add(s, out, from, to, q, end); // "only the capital Lusaka, 180 miles to the south": from Kitwe
                }
                lastSubjects = null;
                lastEnd = end;
            } else if (t != null && t.shape() == TargetFinder.Shape.TO && !bothEnds) {
                int before = out.size();
                if (subject.size() > 1 && subject.stream().anyMatch(SentenceScope::isCountry)) {
                    // "between the European Union/Estonia and Russia, 210 km from Tallinn", "on the border between
                    // Israel, Gaza and Egypt, about 3 kilometers from the Rafah crossing": a country in a list cannot
                    // be that far from one town; the distance is another's
                    lastSubjects = null;
                    continue;
                }
                for (Endpoint from : subject) {
                    for (Endpoint to : t.places()) {
                        LineRef outline = countryAsLine(from, to, q);
                        if (outline != null) { // "Azaz, a town 6 km from Turkey": to Turkey's border, not its middle
                            out.add(new Found(from, lineEndpoint(s, outline), outline, q, q.start(), end));
                        } else {
                            add(s, out, from, to, q, end);
                        }
                    }
                }
                lastSubjects = out.size() > before ? subject : null;
                lastQuantity = q;
                lastEnd = end;
            } else if (t != null && t.shape() == TargetFinder.Shape.LINE && !bothEnds) {
                if (t.line().measurable() && q.hasUnit()) {
                    Endpoint line = lineEndpoint(s, t.line());
                    for (Endpoint from : subject) {
                        // "the Kharkiv region, 10 km from the border": not said of the region
                        if (locative || !isRegion(from) || namedAsIsland(s, from) || namedAsTown(s, from)) {
                            out.add(new Found(from, line, t.line(), q, q.start(), end));
                        }
                    }
                }
                lastSubjects = subject; // the subject carries over to "… and 5 km from Sidon"
                lastQuantity = q;
                lastEnd = end;
            } else {
                lastSubjects = null;
            }
        }
        return out;
    }

    /**
     * A province or region: a distance from it to a line, unless a locative verb says it of the region ("Kilis
     * Province lies six kilometres from the Syrian border"), is said of something in it ("fortifications in the
     * Kharkiv region, 10 km from the border"). A country or territory may be an island ("the Falklands … 435
     * miles from the Argentine coast"): its claim is kept (and listed as not measured: it is an area).
     */
    private static boolean isRegion(Endpoint e) {
        return e.place() != null && (e.place().kind() == PlaceKind.ADMIN_REGION || e.place().kind() == PlaceKind.REGION);
    }

    /** Words before "of" ("the island of Lesbos") or right after the name ("Bawean island") that call it an island. */
    private static final Set<String> ISLAND_NOUNS = Set.of("island", "isle");
    /** The same for a town: "the city of Nabatieh", "Hama city". */
    private static final Set<String> TOWN_NOUNS = Set.of("city", "town", "village", "port");

    /**
     * "The island of Lesbos, less than ten nautical miles from the Turkish western coast", "The Galapagos, a chain of
     * islands …": a subject the text calls an island is measured from, though the gazetteer lists an administrative
     * area of that name (the regional unit of Lesbos); the island is small next to such distances.
     */
    private static boolean namedAsIsland(SentenceScope s, Endpoint e) {
        return calledA(s, e, ISLAND_NOUNS) || e.name().toLowerCase(java.util.Locale.ROOT).contains("island")
                || ISLAND_ASIDE.matcher(s.text).region(e.end(), s.range.end()).lookingAt();
    }

    /** "The Galapagos, a chain of islands in the Pacific some 1,000 kilometers …": an aside that calls it islands. */
    private static final Pattern ISLAND_ASIDE = Pattern.compile(
            "\\G\\s*,\\s*(?:a|an|the)\\s+[^,;:()]{0,40}?\\b(?:islands?|isles?|archipelago|atoll)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "Azaz, a town 6 km (4 miles) from Turkey", "the Libyan port of Zuwarah about 60 kilometres from Tunisia": a
     * distance from a place to a country it is not in is a distance to that country's territory, so the target is
     * the country's border ({@link LineTargets} falls back to its coast when the subject's country shares no land
     * border with it: "Lampedusa, 113 km from Tunisia"). A subject the gazetteer does not know is taken to lie
     * outside the country too: nobody gives a place's distance "from" the country it is in. Null when {@code to}
     * is not a country, the subject is an area, or it lies in that country.
     */
    private static LineRef countryAsLine(Endpoint from, Endpoint to, Quantity q) {
        if (!SentenceScope.isCountry(to) || !q.hasUnit() || SentenceScope.isArea(from)
                || from.place() != null && from.place().countryCode().equals(to.place().countryCode())) {
            return null;
        }
        return new LineRef(org.placemap.gazetteer.LineKind.BORDER, List.of(to.place()), null, to.start(), to.end());
    }

    /**
     * "near the city of Nabatieh, 10km from the border with Israel": a subject the text calls a city, town or village
     * is measured from, though the gazetteer gave it the area of the same name (Nabatieh governorate).
     */
    private static boolean namedAsTown(SentenceScope s, Endpoint e) {
        return calledA(s, e, TOWN_NOUNS);
    }

    /** Whether one of {@code nouns} stands before "of" and the name, or right after the name. */
    private static boolean calledA(SentenceScope s, Endpoint e, Set<String> nouns) {
        return s.wordBefore(e.start()).equals("of") && nouns.contains(s.wordBefore(s.wordStart(s.backSpaces(e.start()))))
                || nouns.contains(s.wordAt(e.end()));
    }

    /**
     * "Neighbouring Darwin and Goose Green form a kind of double community – the two settlements are only about two
     * miles apart": "the two" and a plural place noun before the verb of an "apart" distance stand for the last two
     * names of the sentence before them that "and" joins. Null when the words are not so or no such pair precedes.
     */
    private static SubjectFinder.Subject theTwoNamedBefore(SentenceScope s, Quantity q) {
        Matcher two = THE_TWO.matcher(s.text).region(s.range.start(), q.start());
        if (!two.find()) {
            return null;
        }
        List<Mention> before = s.mentions().stream().filter(m -> m.end() <= two.start() && m.form() == Mention.Form.NAME)
                .toList();
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention first = before.get(i);
            Matcher and = AND_NEXT.matcher(s.text).region(first.end(), two.start());
            Endpoint second = and.lookingAt() ? s.nameAt(and.end()) : null; // the second may be a name nobody resolved
            if (second != null && second.end() <= two.start()) {
                return new SubjectFinder.Subject(List.of(SentenceScope.endpoint(first), second), true, true);
            }
        }
        return null;
    }

    private static final Pattern AND_NEXT = Pattern.compile("\\s+and\\s+");

    /** "the two settlements are only about": "the two", a plural place noun, a verb and up to three hedge words. */
    private static final Pattern THE_TWO = Pattern.compile("\\bthe\\s+two\\s+(?:towns|cities|villages|settlements|places"
            + "|communities|sites|islands|capitals|ports|camps|bases|airports|countries|neighbours|neighbors)\\s+"
            + "(?:are|were|lie|lay|sit|stand)\\s+(?:\\p{Ll}+\\s+){0,3}$", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * "The town of Cassino, about 85 miles southeast of Rome, was a mile east of Monte Cassino": the name before the
     * verb ends an aside that gave the earlier subject's distance (Rome), so the verb, and the distance after it, is
     * the earlier subject's (Cassino). Only for an aside that opens right after that subject's comma and closes with a
     * comma right before the verb; {@code subject} otherwise.
     */
    private static List<Endpoint> pastOwnAside(SentenceScope s, List<Found> found, List<Endpoint> subject, Quantity q) {
        if (subject.size() != 1 || found.isEmpty()) {
            return subject;
        }
        Found f = found.getLast();
        Endpoint named = subject.getFirst();
        if (f.toLine() != null || f.to().start() != named.start() || f.from().end() > f.quantity().start()
                || named.end() > q.start()) {
            return subject;
        }
        boolean opens = ASIDE_OPENING.matcher(s.text.substring(f.from().end(), f.quantity().start())).matches();
        boolean closes = ASIDE_CLOSING_VERB.matcher(s.text.substring(named.end(), q.start())).matches();
        return opens && closes ? List.of(f.from()) : subject;
    }

    /** After a subject, its aside's opening: a comma and at most three lower-case words ("about", "some", "just"). */
    private static final Pattern ASIDE_OPENING = Pattern.compile("\\s*,\\s*(?:\\p{Ll}+\\s+){0,3}",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The aside's closing comma, then a copula or locative verb and at most three lower-case words before the distance. */
    private static final Pattern ASIDE_CLOSING_VERB = Pattern.compile(
            "\\s*,\\s*(?:is|was|are|were|lies|lay|sits|sat|stands|stood)\\s+(?:\\p{Ll}+\\s+){0,3}",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The subject of the claim already found whose target {@code reference} is, else {@code reference}: "the town of
     * Gharyan, 50 miles … south of Tripoli, against a militia from al-Asabia, about 10 miles … to the southwest" is
     * to the southwest of Gharyan, the place the sentence is about, not of Tripoli, named only to locate it.
     */
    private static Endpoint subjectMeasuredTo(List<Found> found, Endpoint reference) {
        if (reference == null) {
            return null;
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.toLine() == null && f.to().start() == reference.start() && f.from().start() < reference.start()) {
                return f.from();
            }
        }
        return reference;
    }

    /** Whether another distance of the same list follows target {@code t} of quantity {@code qi}. */
    private static boolean listGoesOn(SentenceScope s, TargetFinder.Target t, List<Quantity> quantities, int qi) {
        if (qi + 1 >= quantities.size()) {
            return false;
        }
        return joinedAsList(s, t.end(), quantities.get(qi + 1).start());
    }

    /** {@link #continuesList} of the text from {@code from} to {@code to}; false when they overlap. */
    private static boolean joinedAsList(SentenceScope s, int from, int to) {
        return from <= to && continuesList(s.text.substring(from, to));
    }

    private static boolean isOneOf(Endpoint e, List<Endpoint> places) {
        return places.stream().anyMatch(p -> p.start() == e.start());
    }

    /** "the inland city of Homs, some thirty kilometers to the southeast" after "the Homs Gap": one place twice. */
    private static boolean samePlace(Endpoint a, Endpoint b) {
        return a.place() != null && b.place() != null && a.place().id().equals(b.place().id());
    }


    /** The words naming a line, as an end of a claim: "Lebanese border" (a leading "the" left out). */
    private static Endpoint lineEndpoint(SentenceScope s, LineRef line) {
        int start = line.start();
        if (s.wordAt(start).equals("the")) {
            start = s.skipSpaces(s.afterWord(start));
        }
        start = Math.min(start, line.end());
        return new Endpoint(s.text.substring(start, line.end()), start, line.end(), null, line.kind());
    }

    /** "50 miles from Tartus and 80 from Latakia": the second number is in miles too. */
    private static Quantity inheritUnit(Quantity q, Quantity previous) {
        if (q.hasUnit() || previous == null || !previous.hasUnit()) {
            return q;
        }
        CitedDistance c = q.cited();
        CitedDistance withUnit = new CitedDistance(c.low(), c.high(), previous.cited().unit(), c.hedge(), c.hedgeText());
        return new Quantity(withUnit, q.start(), q.numberStart(), q.end());
    }

    /**
     * Adds the claim from {@code from} to {@code to}, unless it could never be one: both ends the same words, or the same
     * place under the same name ("the far eastern suburb of Portland (16-mile from downtown Portland)"; "Jabalia Camp …
     * north of Jabalia" names a camp the gazetteer only knows as the town), or a country and a place inside it
     * ("in the heart of southern Lebanon, approximately 100 kilometers from the capital, Beirut": the distance is of
     * something unnamed in the country, not of the country). A province may share its name with the town the text
     * means ("Mubende district", "Desierto de Sonora"), so a region and a place in it stay a claim.
     */
    private static void add(SentenceScope s, List<Found> out, Endpoint from, Endpoint to, Quantity q, int end) {
        boolean sameNamedPlace = samePlace(from, to) && from.name().equalsIgnoreCase(to.name())
                && !SentenceScope.isFeatureWord(s.wordAt(from.end())) && !SentenceScope.isFeatureWord(s.wordAt(to.end()));
        if (from.start() != to.start() && !sameNamedPlace && !areaHolding(from, to)) {
            out.add(new Found(from, to, q, q.start(), end));
        }
    }

    /** Whether {@code area} is a country that holds the place {@code inside}. */
    private static boolean areaHolding(Endpoint area, Endpoint inside) {
        Place a = area.place();
        Place p = inside.place();
        if (a == null || p == null || a.countryCode().isEmpty() || !a.countryCode().equals(p.countryCode())
                || p.kind() == PlaceKind.COUNTRY) {
            return false;
        }
        return a.kind() == PlaceKind.COUNTRY;
    }
}
