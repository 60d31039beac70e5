package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.placemap.corpus.Article;
import org.placemap.corpus.TextRange;

/**
 * Splits an article into word tokens. Apostrophes and hyphens inside a word stay in it ("Dar'a",
 * "al-Assad", "Russia-Israel"); dotted acronyms stay whole ("U.S."); a trailing possessive is cut off.
 */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokenize(Article article) {
        String text = article.text();
        boolean[] headlineLine = headlineLines(text);
        List<TextRange> sentences = article.sentences();
        int sentence = 0;
        int lineNo = 0;
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int prevEnd = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineNo++;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            boolean possessive = false;
            int cut = possessiveStart(text, i, end);
            if (cut > 0) {
                possessive = true;
            }
            int tokenEnd = cut > 0 ? cut : end;
            while (sentence < sentences.size() && sentences.get(sentence).end() <= i) {
                sentence++;
            }
            boolean sentenceStart = sentence < sentences.size() && isFirstWord(text, sentences.get(sentence), i);
            String word = text.substring(i, tokenEnd);
            boolean spaceBefore = prevEnd >= 0 && onlySpaces(text, prevEnd, i);
            tokens.add(new Token(i, tokenEnd, word, isCapitalised(word), possessive, spaceBefore,
                    sentenceStart, headlineLine[lineNo]));
            prevEnd = possessive ? -1 : tokenEnd; // a possessive ends any name
            i = end;
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '-' || c == '‐' || c == '‑' || c == '.';
    }

    /** A word runs over letters, digits and marks, and over a joiner that has word characters on both sides. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int e = i;
        while (e < n) {
            char c = text.charAt(e);
            if (isWordChar(c)) {
                e++;
            } else if (isJoiner(c) && e + 1 < n && isWordChar(text.charAt(e + 1))
                    && (c != '.' || isAcronymDot(text, e))) {
                e++;
            } else {
                break;
            }
        }
        // keep the final dot of a dotted acronym: "U.S.", "W.Va."
        if (e < n && text.charAt(e) == '.' && e - i >= 3 && text.substring(i, e).indexOf('.') > 0) {
            e++;
        } else if (e < n && text.charAt(e) == '.' && (SAINT_LIKE.contains(text.substring(i, e))
                || e - i == 1 && Character.isUpperCase(text.charAt(i)))
                && e + 2 < n && text.charAt(e + 1) == ' ' && Character.isUpperCase(text.charAt(e + 2))) {
            e++; // "St. Louis", "Mt. Pleasant", "Keith D. Johnson": the abbreviation joins the name that follows
        }
        return e;
    }

    /**
     * A dot between single letters ("U.S", "B.A"), or after one capital and before a short capitalised
     * abbreviation ending in a dot ("W.Va."), never between longer words ("end.Next").
     */
    private static boolean isAcronymDot(String text, int dot) {
        boolean singleBefore = dot >= 1 && Character.isLetter(text.charAt(dot - 1))
                && (dot == 1 || !isWordChar(text.charAt(dot - 2)) || text.charAt(dot - 2) == '.');
        boolean singleAfter = dot + 2 >= text.length() || !Character.isLetter(text.charAt(dot + 2));
        if (singleBefore && singleAfter && Character.isLetter(text.charAt(dot + 1))) {
            return true;
        }
        if (!singleBefore || !Character.isUpperCase(text.charAt(dot - 1)) || !Character.isUpperCase(text.charAt(dot + 1))) {
            return false;
        }
        int k = dot + 2;
        while (k < text.length() && k - dot - 2 < 4 && Character.isLowerCase(text.charAt(k))) {
            k++;
        }
        return k > dot + 2 && k < text.length() && text.charAt(k) == '.';
    }

    /** Abbreviations that begin place names: "St. Louis", "Mt. Pleasant", "Ft. Worth". */
    private static final java.util.Set<String> SAINT_LIKE = java.util.Set.of("St", "Ste", "Mt", "Ft", "Pt");

    /** Start of a trailing "’s"/"'s" (or the lone apostrophe of "Syrians’"), or 0. */
    private static int possessiveStart(String text, int start, int end) {
        if (end - start >= 3) {
            char a = text.charAt(end - 2);
            char s = text.charAt(end - 1);
            if ((a == '\'' || a == '’') && (s == 's' || s == 'S')) {
                return end - 2;
            }
        }
        return 0;
    }

    static boolean isCapitalised(String word) {
        char c = word.charAt(0);
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen >= 1 && hyphen <= 3 && hyphen + 1 < word.length()
                && Words.ARABIC_ARTICLES.contains(word.substring(0, hyphen))
                && Character.isUpperCase(word.charAt(hyphen + 1));
    }

    private static boolean isFirstWord(String text, TextRange sentence, int offset) {
        if (!sentence.contains(offset)) {
            return false;
        }
        for (int k = sentence.start(); k < offset; k++) {
            if (isWordChar(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Lines where almost every longer word is capitalised and which do not end like a sentence:
     * headlines, subheadings, captions. Capitals there carry no information about names.
     */
    static boolean[] headlineLines(String text) {
        List<Boolean> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(isTitleCase(text.substring(start, i)));
                start = i + 1;
            }
        }
        boolean[] flags = new boolean[out.size() + 1];
        for (int k = 0; k < out.size(); k++) {
            flags[k] = out.get(k);
        }
        return flags;
    }

    static boolean isTitleCase(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.endsWith(".") || s.split("\\s+").length > 25) {
            return false;
        }
        int longWords = 0;
        int capitalised = 0;
        for (String w : s.split("[\\s—–]+")) {
            String word = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (word.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 2 && capitalised >= 0.75 * longWords;
    }
}
