package org.placemap.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes), as OurAirports writes them. */
final class Csv {

    private final BufferedReader in;
    private long line;
    private long recordStartLine;

    Csv(BufferedReader in) {
        this.in = in;
    }

    /** The next record's fields, or null at end of input. */
    List<String> next() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        recordStartLine = line;
        List<String> fields = new ArrayList<>(20);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return fields;
                }
                String more = in.readLine();
                if (more == null) {
                    throw new IOException("unterminated quoted field starting at line " + recordStartLine);
                }
                line++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
    }

    /** Line number (1-based) where the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordStartLine;
    }
}
