package org.placemap.corpus;

/**
 * A span of an article's text: {@code start} inclusive, {@code end} exclusive, both counted in UTF-16
 * code units of the text as decoded from UTF-8 (so {@code text.substring(start, end)} is the span).
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** True when this range covers all of {@code other}. */
    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
