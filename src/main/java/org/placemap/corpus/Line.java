package org.placemap.corpus;

import java.util.ArrayList;
import java.util.List;

/** One line of an article, without its terminator; {@code start}/{@code end} are offsets into the text. */
record Line(int start, int end, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    String trimmed() {
        return trim(text);
    }

    /** Like {@link String#strip()}, but also removes a byte order mark or no-break space. */
    static String trim(String text) {
        int s = 0;
        int e = text.length();
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(s, e);
    }

    /** Whitespace, plus the byte order mark and no-break space that saved pages carry at line edges. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00A0';
    }

    TextRange range() {
        return new TextRange(start, end);
    }

    /** Splits on \n, \r\n and \r, so offsets stay exact whatever the file's line endings. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(start, i, text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(new Line(start, n, text.substring(start)));
        }
        return lines;
    }

    static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
