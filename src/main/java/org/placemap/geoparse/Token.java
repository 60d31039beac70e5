package org.placemap.geoparse;

/**
 * A word of the text. {@code start}/{@code end} are UTF-16 offsets; a possessive "’s" is not part of the
 * token but recorded in {@code possessive}.
 *
 * @param capitalised   starts with a capital, or with an Arabic article and a capital ("al-Safira")
 * @param spaceBefore   only horizontal spaces separate it from the previous token (no punctuation,
 *                      no line break), so the two can belong to one name
 * @param sentenceStart first word of its sentence: capitalisation there says nothing
 * @param headline      on a title-case line (headline, subheading, caption): capitalisation says nothing
 */
record Token(int start, int end, String text, boolean capitalised, boolean possessive,
             boolean spaceBefore, boolean sentenceStart, boolean headline) {

    /** Capitalisation is not evidence of a name here. */
    boolean ambiguousCase() {
        return sentenceStart || headline;
    }

    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
