package org.placemap.accounts;

import java.util.Locale;

/** What an account or token may do in {@code team} mode. */
public enum Role {
    /** Sees the map, the articles and the exports. */
    READER,
    /** Also adds, reparses and deletes articles. */
    EDITOR;

    /** The Spring Security authority, {@code ROLE_READER} or {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** {@code reader} or {@code editor}, as users type it. */
    public static Role parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("The role must be reader or editor, not \"" + s + "\".");
        }
    }
}
