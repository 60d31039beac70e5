package org.placemap.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Just enough JSON to read Natural Earth GeoJSON without a library: objects become {@link Map}s,
 * arrays {@link List}s, numbers {@link Double}s. {@link #forEachFeature} streams the features of a
 * FeatureCollection one at a time so a 40 MB file never sits in memory as one tree.
 */
final class MiniJson {

    private final Reader in;
    private int peeked = -2;
    private long offset;

    private MiniJson(Reader in) {
        this.in = in;
    }

    /** Calls {@code each} with every element of the top-level {@code "features"} array. */
    static void forEachFeature(Reader reader, Consumer<Map<String, Object>> each) throws IOException {
        MiniJson json = new MiniJson(reader);
        json.expect('{');
        if (json.skipSpaceAndPeek() == '}') {
            return;
        }
        while (true) {
            String key = json.readString();
            json.expect(':');
            if (key.equals("features")) {
                json.expect('[');
                if (json.skipSpaceAndPeek() != ']') {
                    while (true) {
                        Object feature = json.readValue();
                        if (!(feature instanceof Map<?, ?>)) {
                            throw json.error("feature is not an object");
                        }
                        @SuppressWarnings("unchecked")
                        Map<String, Object> map = (Map<String, Object>) feature;
                        each.accept(map);
                        if (json.nextSeparator(']')) {
                            break;
                        }
                    }
                } else {
                    json.read();
                }
            } else {
                json.readValue();
            }
            if (json.nextSeparator('}')) {
                return;
            }
        }
    }

    /** Parses one complete JSON value. */
    static Object parse(Reader reader) throws IOException {
        return new MiniJson(reader).readValue();
    }

    private Object readValue() throws IOException {
        int c = skipSpaceAndPeek();
        switch (c) {
            case '{' -> {
                read();
                Map<String, Object> map = new LinkedHashMap<>();
                if (skipSpaceAndPeek() == '}') {
                    read();
                    return map;
                }
                do {
                    String key = readString();
                    expect(':');
                    map.put(key, readValue());
                } while (!nextSeparator('}'));
                return map;
            }
            case '[' -> {
                read();
                List<Object> list = new ArrayList<>();
                if (skipSpaceAndPeek() == ']') {
                    read();
                    return list;
                }
                do {
                    list.add(readValue());
                } while (!nextSeparator(']'));
                return list;
            }
            case '"' -> {
                return readString();
            }
            case 't' -> {
                literal("true");
                return Boolean.TRUE;
            }
            case 'f' -> {
                literal("false");
                return Boolean.FALSE;
            }
            case 'n' -> {
                literal("null");
                return null;
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw error(c < 0 ? "unexpected end of input" : "unexpected character '" + (char) c + "'");
            }
        }
    }

    /** After a member or element: true at the closing bracket, false after a comma. */
    private boolean nextSeparator(char close) throws IOException {
        int c = skipSpaceAndPeek();
        read();
        if (c == ',') {
            return false;
        }
        if (c == close) {
            return true;
        }
        throw error("expected ',' or '" + close + "'");
    }

    private String readString() throws IOException {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) {
                throw error("unterminated string");
            }
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                int e = read();
                switch (e) {
                    case '"', '\\', '/' -> sb.append((char) e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int code = 0;
                        for (int i = 0; i < 4; i++) {
                            int h = Character.digit(read(), 16);
                            if (h < 0) {
                                throw error("bad \\u escape");
                            }
                            code = code * 16 + h;
                        }
                        sb.append((char) code);
                    }
                    default -> throw error("bad escape");
                }
            } else {
                sb.append((char) c);
            }
        }
    }

    private Double readNumber() throws IOException {
        StringBuilder sb = new StringBuilder(24);
        while (true) {
            int c = peek();
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                sb.append((char) read());
            } else {
                break;
            }
        }
        try {
            return Double.valueOf(sb.toString());
        } catch (NumberFormatException e) {
            throw error("bad number " + sb);
        }
    }

    private void literal(String word) throws IOException {
        for (int i = 0; i < word.length(); i++) {
            if (read() != word.charAt(i)) {
                throw error("expected " + word);
            }
        }
    }

    private void expect(char c) throws IOException {
        if (skipSpaceAndPeek() != c) {
            throw error("expected '" + c + "'");
        }
        read();
    }

    private int skipSpaceAndPeek() throws IOException {
        int c = peek();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            read();
            c = peek();
        }
        return c;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        offset++;
        return c;
    }

    private IOException error(String message) {
        return new IOException("JSON error at character " + offset + ": " + message);
    }
}
