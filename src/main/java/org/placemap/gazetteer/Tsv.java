package org.placemap.gazetteer;

/** Allocation-light field splitting for the tab-separated files. */
final class Tsv {

    private Tsv() {}

    /**
     * Splits {@code line} at {@code sep} into {@code out}; returns the number of fields found, which may
     * exceed {@code out.length} (the extra fields are counted but not stored).
     */
    static int split(String line, char sep, String[] out) {
        int count = 0;
        int start = 0;
        while (true) {
            int end = line.indexOf(sep, start);
            String field = end < 0 ? line.substring(start) : line.substring(start, end);
            if (count < out.length) {
                out[count] = field;
            }
            count++;
            if (end < 0) {
                return count;
            }
            start = end + 1;
        }
    }
}
