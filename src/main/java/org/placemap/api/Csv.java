package org.placemap.api;

import java.util.List;

/**
 * CSV as RFC 4180 has it (comma separator, CRLF line ends, fields quoted when they contain a comma,
 * quote, CR or LF, quotes doubled), with text cells made safe for spreadsheets.
 *
 * <h2>Formula injection</h2>
 * Spreadsheet programs run a cell that starts with {@code = + - @} (and, in some, tab or carriage return)
 * as a formula, so an article that contains {@code =HYPERLINK(...)} could act when its export is opened.
 * Every text cell that starts with one of these characters gets a leading apostrophe ({@code '=1+1}),
 * which spreadsheets show as text. Numbers the app writes itself (coordinates, distances, a negative
 * deviation) are not text cells and are left alone.
 */
final class Csv {
    private final StringBuilder out = new StringBuilder();

    /** A header or data row; {@link Num} values are written as they are, everything else as neutralised text. */
    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof Num n) {
                out.append(n.text());
            } else if (cell != null) {
                out.append(quoted(neutralised(cell.toString())));
            }
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A number cell, already formatted (never neutralised; empty for null). */
    record Num(String text) {
        static Num of(Number n) {
            return new Num(n == null ? "" : n.toString());
        }

        static Num of(Double d, int decimals) {
            return new Num(d == null ? "" : String.format(java.util.Locale.ROOT, "%." + decimals + "f", d));
        }
    }

    static String neutralised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    static String quoted(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
