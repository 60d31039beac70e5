package org.placemap.gazetteer;

/** The lines a distance can be measured to ({@link Lines}): a land border between countries, or a coast. */
public enum LineKind {
    BORDER,
    COAST;

    /** "border", "coast": the word the claim JSON and the map use. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
