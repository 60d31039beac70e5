package org.placemap.accounts;

/**
 * What the person behind the current request may do: the UI asks before it shows or runs a write, the
 * security configuration enforces the same rules on every URL. In {@code local} mode everyone may do
 * everything; in {@code team} mode reading needs an account (unless reading is public) and writing needs
 * the editor role.
 */
public interface Access {
    /** Whether logins exist at all ({@code team} mode). */
    boolean accountsEnabled();

    /** The logged-in account, or null (anonymous, or {@code local} mode). */
    String userName();

    boolean canRead();

    boolean canWrite();

    /** One line for a user who may not write, e.g. "Log in as an editor to add articles." */
    default String whyNoWrite() {
        return userName() == null ? "Log in as an editor to change the library."
                : "Your account (" + userName() + ") may read but not change the library.";
    }
}
