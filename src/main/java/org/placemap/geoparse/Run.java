package org.placemap.geoparse;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal sequence of capitalised tokens separated only by spaces, with lower-case connectors allowed
 * between them ("Bosnia and Herzegovina", "Republic of the Congo"). Place names are searched inside runs.
 * {@code first} and {@code last} are token indexes, both capitalised.
 */
record Run(int first, int last) {

    /** Connectors in a row, at most: "Republic of the Congo" needs two. */
    private static final int MAX_CONNECTORS = 2;

    static List<Run> all(List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int last = i;
            int k = i + 1;
            while (k < tokens.size() && !tokens.get(k - 1).possessive() && tokens.get(k).spaceBefore()) {
                Token t = tokens.get(k);
                if (t.capitalised()) {
                    last = k;
                    k++;
                    continue;
                }
                int c = k;
                while (c < tokens.size() && c - k < MAX_CONNECTORS && !tokens.get(c).capitalised()
                        && tokens.get(c).spaceBefore() && Words.CONNECTORS.contains(tokens.get(c).lower())) {
                    c++;
                }
                if (c > k && c < tokens.size() && tokens.get(c).capitalised() && tokens.get(c).spaceBefore()) {
                    last = c;
                    k = c + 1;
                } else {
                    break;
                }
            }
            runs.add(new Run(i, last));
            i = last + 1;
        }
        return runs;
    }

    /** The run's words joined by single spaces, as a gazetteer query. */
    String text(List<Token> tokens) {
        return text(tokens, first, last);
    }

    static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
