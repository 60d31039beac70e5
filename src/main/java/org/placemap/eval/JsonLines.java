package org.placemap.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the flat JSON objects of WikToR's {@code wiktor_docs.jsonl} ({@code {"doc": 0, "text": "…"}}):
 * string, number, true/false/null members only, no nesting. Enough for that file; the core stays free of
 * a JSON library.
 */
final class JsonLines {

    private final String s;
    private int i;

    private JsonLines(String s) {
        this.s = s;
    }

    /** The members of a flat JSON object, numbers and literals as their source text. */
    static Map<String, String> parseObject(String line) {
        return new JsonLines(line).object();
    }

    private Map<String, String> object() {
        Map<String, String> out = new HashMap<>();
        skipSpace();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            return out;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            out.put(key, peek() == '"' ? string() : literal());
            skipSpace();
            char c = next();
            if (c == '}') {
                return out;
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw error("short \\u escape");
                    }
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
    }

    private String literal() {
        int from = i;
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        if (from == i) {
            throw error("expected a value");
        }
        return s.substring(from, i);
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        return s.charAt(i);
    }

    private char next() {
        char c = peek();
        i++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at character " + i);
    }
}
