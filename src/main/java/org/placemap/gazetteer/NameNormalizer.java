package org.placemap.gazetteer;

import java.text.Normalizer;

/**
 * Turns place names into lookup keys at two strengths.
 *
 * <p>{@link #fold(String)} gives the <em>exact key</em>: what a reader would call "the same spelling".
 * {@link #variant(String)} gives the <em>variant key</em>: a deliberately lossy key under which the
 * usual romanisations of one Arabic or Russian name meet. The gazetteer looks up both and ranks exact
 * matches above variant matches, so the variant key may be generous.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>fold: compatibility-decompose (NFKD), drop combining marks, expand the letters that do not
 *       decompose (ß, æ, ø, ł, đ, ħ, ı …), lower-case; delete apostrophes, ʿayn/hamza signs and
 *       other modifier letters (they mark a sound, not a word break: Dar'a → dara, Vovchans'k →
 *       vovchansk); every other non-letter, non-digit becomes one space (Al-Safira → al safira).</li>
 *   <li>variant: from the fold, drop Arabic article tokens ({@code al}, {@code el} before any word;
 *       {@code as}, {@code ar}, {@code ad}, {@code an}, {@code at}, {@code az}, {@code ash}, {@code adh},
 *       {@code es}, {@code ez}, {@code ed} … only before a word starting with the assimilated
 *       consonant, As Safirah, Ar Raqqah; glued to a later word, Deir Ezzor → Deir Zor), join the words (hyphen/space variants), then in one pass:
 *       kh→h, gh→g, dh→d, ph→f, ck→k, q→k, ou/oo→u, ee→i, ei/ey→ai, y→i, w→u, and collapse runs of
 *       one letter (Lattakia → latakia, Kuweires/Kweires → kuaires); finally a word-final
 *       vowel+h loses the h and final -ie becomes -ia (-iyah, -iyeh, -iya, -ia all end in -ia).</li>
 * </ol>
 *
 * <h2>Limitations</h2>
 * Vowel changes other than those above (Homs/Hims, Humaymim/Hmeimim) do not meet in the variant key;
 * the {@linkplain #skeletonOfVariant skeleton} (consonants only) brings them together as a last-resort
 * match. Non-Latin scripts are folded but not transliterated.
 *
 * <h2>Thread safety</h2>
 * Stateless; all methods are safe to call from any thread.
 */
public final class NameNormalizer {

    private NameNormalizer() {}

    /** The exact lookup key of {@code name}: folded case, diacritics and punctuation; "" for null or blank. */
    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String folded;
            if (c < 128) {
                folded = ASCII[c];
            } else if (c < LATIN_END) {
                folded = LATIN[c - 128];
            } else if (c >= EXTENDED_START && c < EXTENDED_END) {
                folded = EXTENDED[c - EXTENDED_START];
            } else {
                return slowFold(name);
            }
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                if (f == ' ') {
                    pendingSpace = out.length() > 0;
                } else {
                    if (pendingSpace) {
                        out.append(' ');
                        pendingSpace = false;
                    }
                    out.append(f);
                }
            }
        }
        return out.toString();
    }

    /*
     * Names are overwhelmingly Latin script, so each Basic Latin, Latin-1, Latin Extended-A/B and Latin
     * Extended Additional character's fold is computed once by the general path (slowFold of "a" + c + "a",
     * minus the a's) and a lookup replaces Unicode normalisation per character. Other scripts take the
     * general path; both give the same result by construction.
     */
    private static final int LATIN_END = 0x250;
    private static final int EXTENDED_START = 0x1E00;
    private static final int EXTENDED_END = 0x1F00;
    private static final String[] ASCII = table(0, 128);
    private static final String[] LATIN = table(128, LATIN_END);
    private static final String[] EXTENDED = table(EXTENDED_START, EXTENDED_END);

    private static String[] table(int from, int to) {
        String[] t = new String[to - from];
        for (int c = from; c < to; c++) {
            String f = slowFold("a" + (char) c + "a");
            // "a" + X + "a" with X the fold of c; a separator shows as "a a"
            t[c - from] = f.substring(1, f.length() - 1);
        }
        return t;
    }

    /** The general path: Unicode compatibility decomposition, then per-character rules. */
    static String slowFold(String name) {
        String s = isAscii(name) ? name : decompose(name);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                } else if (isAsciiApostrophe(c)) {
                    continue;
                } else if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
                    pendingSpace = out.length() > 0;
                    continue;
                }
            } else if (isSilentMark(c)) {
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                c = Character.toLowerCase(c);
            } else {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The variant lookup key of {@code name} (see the class comment); "" for null or blank. */
    public static String variant(String name) {
        return variantOfFolded(fold(name));
    }

    /** {@link #variant(String)} for a string that is already the result of {@link #fold(String)}. */
    static String variantOfFolded(String folded) {
        if (folded.isEmpty()) {
            return "";
        }
        String joined = joinWithoutArticles(folded);
        StringBuilder out = new StringBuilder(joined.length());
        int n = joined.length();
        for (int i = 0; i < n; i++) {
            char c = joined.charAt(i);
            char next = i + 1 < n ? joined.charAt(i + 1) : 0;
            switch (c) {
                case 'k' -> {
                    if (next == 'h') i++;
                    c = next == 'h' ? 'h' : 'k';
                }
                case 'g', 'd' -> {
                    if (next == 'h') i++;
                }
                case 'p' -> {
                    if (next == 'h') {
                        i++;
                        c = 'f';
                    }
                }
                case 'c' -> {
                    if (next == 'k') {
                        i++;
                        c = 'k';
                    }
                }
                case 'q' -> c = 'k';
                case 'o' -> {
                    if (next == 'u' || next == 'o') {
                        i++;
                        c = 'u';
                    }
                }
                case 'e' -> {
                    if (next == 'e') {
                        i++;
                        c = 'i';
                    } else if (next == 'i' || next == 'y') {
                        i++;
                        appendCollapsed(out, 'a');
                        c = 'i';
                    }
                }
                case 'y' -> c = 'i';
                case 'w' -> c = 'u';
                default -> { }
            }
            appendCollapsed(out, c);
        }
        int len = out.length();
        if (len > 2 && out.charAt(len - 1) == 'h' && isVowel(out.charAt(len - 2))) {
            out.setLength(--len);
        }
        if (len > 2 && out.charAt(len - 2) == 'i' && out.charAt(len - 1) == 'e') {
            out.setCharAt(len - 1, 'a');
        }
        return out.toString();
    }

    /**
     * The <em>skeleton</em> of a variant key: its first letter and then its consonants, in order
     * ({@code humaimim} → {@code hmmm}, {@code hims} and {@code homs} → {@code hms}); "" when that leaves
     * fewer than three letters, since two consonants say too little about a name. Spellings that
     * differ only in vowels (Humaymim/Hmeimim, Hims/Homs) share it; the gazetteer uses it only as a
     * last resort and only together with a small edit distance (see {@link Gazetteer#candidates}).
     */
    static String skeletonOfVariant(String variant) {
        if (variant.length() < 3) {
            return "";
        }
        StringBuilder sb = new StringBuilder(variant.length());
        sb.append(variant.charAt(0));
        for (int i = 1; i < variant.length(); i++) {
            char c = variant.charAt(i);
            if (!isVowel(c)) {
                sb.append(c);
            }
        }
        return sb.length() < 3 ? "" : sb.toString();
    }

    /**
     * Levenshtein distance between {@code a} and {@code b}, or {@code limit + 1} as soon as it must
     * exceed {@code limit}.
     */
    public static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], limit + 1);
    }

    /** Number of space-separated words in a folded key. */
    static int wordCount(String folded) {
        if (folded.isEmpty()) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private static String joinWithoutArticles(String folded) {
        if (folded.indexOf(' ') < 0) {
            return folded;
        }
        String[] words = folded.split(" ");
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            if (!last && isArticle(words[i], words[i + 1])) {
                continue;
            }
            sb.append(i > 0 ? withoutGluedArticle(words[i]) : words[i]);
        }
        return sb.isEmpty() ? folded.replace(" ", "") : sb.toString();
    }

    /**
     * Arabic al- before "sun letters" is written assimilated (as-, ar-, ash- …), so such a token is an
     * article only when the next word starts with its consonant; this keeps English "as"/"at" words.
     */
    private static boolean isArticle(String word, String next) {
        if (word.equals("al") || word.equals("el")) {
            return true;
        }
        if (word.length() < 2 || word.length() > 3 || (word.charAt(0) != 'a' && word.charAt(0) != 'e')) {
            return false;
        }
        String consonant = word.substring(1);
        return switch (consonant) {
            case "s", "r", "d", "n", "t", "z", "sh", "th", "dh" -> next.startsWith(consonant) && next.length() > consonant.length();
            default -> false;
        };
    }

    /**
     * An assimilated article written onto its word (Deir Ezzor, Hay Ettadamon: a or e, then the doubled sun
     * consonant) loses the vowel and the first consonant, as the separate article would (Deir ez-Zor); only for a
     * word after the first, of five letters or more.
     */
    private static String withoutGluedArticle(String word) {
        if (word.length() < 5 || (word.charAt(0) != 'a' && word.charAt(0) != 'e') || word.charAt(1) != word.charAt(2)) {
            return word;
        }
        return switch (word.charAt(1)) {
            case 's', 'r', 'd', 'n', 't', 'z' -> word.substring(2);
            default -> word;
        };
    }

    private static void appendCollapsed(StringBuilder out, char c) {
        int len = out.length();
        if (len == 0 || out.charAt(len - 1) != c) {
            out.append(c);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiApostrophe(char c) {
        return c == '\'' || c == '`' || c == '"';
    }

    /** Apostrophes, ʿayn/hamza, primes and combining marks left over from decomposition. */
    private static boolean isSilentMark(char c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL, Character.FORMAT -> true;
            default -> c == '\u2018' || c == '\u2019' || c == '\u201B' || c == '\u2032' || c == '\u00B4';
        };
    }

    private static String decompose(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case 'ß' -> sb.append("ss");
                case 'ẞ' -> sb.append("SS");
                case 'æ' -> sb.append("ae");
                case 'Æ' -> sb.append("AE");
                case 'œ' -> sb.append("oe");
                case 'Œ' -> sb.append("OE");
                case 'ø' -> sb.append('o');
                case 'Ø' -> sb.append('O');
                case 'ł' -> sb.append('l');
                case 'Ł' -> sb.append('L');
                case 'đ', 'ð' -> sb.append('d');
                case 'Đ', 'Ð' -> sb.append('D');
                case 'ħ' -> sb.append('h');
                case 'Ħ' -> sb.append('H');
                case 'ı' -> sb.append('i');
                case 'þ' -> sb.append("th");
                case 'Þ' -> sb.append("Th");
                default -> sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFKD);
    }
}
