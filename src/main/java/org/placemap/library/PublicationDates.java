package org.placemap.library;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article's publication date, read from what publishers put in their pages, or from the dateline.
 *
 * <h2>Where a date is looked for, in this order</h2>
 * <ol>
 *   <li>HTML {@code <meta property="article:published_time">} (Open Graph), then {@code itemprop=datePublished},
 *       {@code name=pubdate|publishdate|date|dc.date.issued|dcterms.created}, {@code <time pubdate datetime>};</li>
 *   <li>JSON-LD ({@code <script type="application/ld+json">}): the first {@code datePublished}, also inside
 *       {@code @graph} and arrays;</li>
 *   <li>in plain text, a dateline: a full date (with a year) in the first {@value #DATELINE_CHARS}
 *       characters, written "4 December 2024", "December 4, 2024", "Dec. 4, 2024" or "2024-12-04", that
 *       stands as a dateline: at the start of its line, after at most a label ("Published", "Updated:",
 *       "Posted on", a weekday, "By Jane Doe |"), and followed by the end of the line, a time or a separator
 *       (",", "|", "·", "—", "-"). A date inside a sentence ("paused publication on May 15, 2018, and …") is
 *       about something else.</li>
 * </ol>
 * A value is taken as the calendar date it is written with (the date part of an ISO date-time, whatever its
 * offset: the day the publisher printed). Dates before 1800 or more than a day in the future are ignored, as
 * are numeric forms such as 04/12/2024 whose day and month order cannot be told, and datelines without a year
 * ("BEIRUT, Dec 4 (Reuters)"). Stateless and thread safe.
 */
final class PublicationDates {
    /** How far into a text a dateline is looked for. */
    static final int DATELINE_CHARS = 300;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final String MONTH;

    static {
        StringBuilder alt = new StringBuilder();
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            MONTHS.put(full, m);
            MONTHS.put(full.substring(0, 3), m);
            alt.append(alt.isEmpty() ? "" : "|").append(full).append('|').append(full, 0, 3);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        MONTH = "(" + alt + "|sept)\\.?";
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_IN_TEXT = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private PublicationDates() {}

    /** The date an HTML page says it was published, or null. */
    static LocalDate fromHtml(Document doc, LocalDate today) {
        for (String css : new String[] {"meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
            "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]"}) {
            for (Element e : doc.select(css)) {
                LocalDate d = iso(e.attr("content"), today);
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element e : doc.select("time[pubdate][datetime], [itemprop=datePublished][datetime]")) {
            LocalDate d = iso(e.attr("datetime"), today);
            if (d != null) {
                return d;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode node;
            try {
                node = JSON.readTree(script.data());
            } catch (JacksonException e) {
                continue; // a page's broken JSON-LD is not the article's problem
            }
            LocalDate d = datePublished(node, today, 0);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate datePublished(JsonNode node, LocalDate today, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isObject()) {
            JsonNode v = node.get("datePublished");
            if (v != null && v.isString()) {
                LocalDate d = iso(v.asString(), today);
                if (d != null) {
                    return d;
                }
            }
            for (JsonNode child : node) {
                LocalDate d = datePublished(child, today, depth + 1);
                if (d != null) {
                    return d;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                LocalDate d = datePublished(child, today, depth + 1);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** What may stand before a dateline's date on its line: a label, a weekday, a byline with a bar. */
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:by\\s+[^|·•\\n]{1,60}?\\s*[|·•]\\s*)?"
            + "(?:(?:first\\s+)?published|(?:last\\s+)?updated|posted|date|dated)?\\s*:?\\s*(?:on\\s+)?"
            + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?$");
    /** What may follow it: the end of the line, a time, or a separator. */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:$|[,|·•—–:-]|\\d{1,2}[:.]\\d{2}|\\(|at\\b)");

    /** A full date written as a dateline near the top of {@code text}, or null. */
    static LocalDate fromDateline(String text, LocalDate today) {
        String top = text.substring(0, Math.min(text.length(), DATELINE_CHARS));
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_IN_TEXT}) {
            Matcher m = p.matcher(top);
            while (m.find() && m.start() < bestAt) {
                if (!standsAsDateline(top, m.start(), m.end())) {
                    continue;
                }
                LocalDate d = p == ISO_IN_TEXT ? iso(m.group(), today)
                        : p == DAY_MONTH_YEAR ? date(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1), today)
                        : date(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2), today);
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                }
                break;
            }
        }
        return best;
    }

    private static boolean standsAsDateline(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        return LABEL.matcher(before).matches() && AFTER.matcher(after).find();
    }

    /** The date part of an ISO date or date-time, or null when it is not one or not plausible. */
    static LocalDate iso(String value, LocalDate today) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return plausible(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))), today);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(String year, Month month, String day, LocalDate today) {
        if (month == null) {
            return null;
        }
        try {
            return plausible(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), today);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d, LocalDate today) {
        return d.getYear() >= 1800 && !d.isAfter(today.plusDays(1)) ? d : null;
    }
}
