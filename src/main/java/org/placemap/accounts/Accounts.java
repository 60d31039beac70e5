package org.placemap.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The team's accounts and API tokens, in the database ({@code accounts}, {@code api_tokens}).
 *
 * <ul>
 *   <li>Passwords are stored as bcrypt hashes (strength 10) and checked with
 *       {@link #passwordEncoder()}; a password must have at least {@value #MIN_PASSWORD} characters.</li>
 *   <li>A token is {@code pm_} and 32 random bytes (base64url), made by {@link SecureRandom}; only its
 *       SHA-256 is stored, so the token is shown once, when it is made, and a copy of the database does
 *       not give it away. A fast hash is enough for a 256-bit random secret.</li>
 * </ul>
 * Thread safety: stateless apart from the database; safe for concurrent use.
 */
@Service
public class Accounts {
    public static final int MIN_PASSWORD = 10;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account as stored (the hash, never the password). */
    public record Account(String name, String passwordHash, Role role) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(10);

    public Accounts(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** The encoder that made the stored hashes; Spring Security checks logins with it. */
    public PasswordEncoder passwordEncoder() {
        return encoder;
    }

    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM accounts").query(Integer.class).single() == 0;
    }

    public Optional<Account> find(String name) {
        return jdbc.sql("SELECT name, password_hash, role FROM accounts WHERE name = ?").param(name)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
    }

    /**
     * Makes an account.
     *
     * @throws IllegalArgumentException with a message for the user: a bad name, a short password, or a
     *                                  name that is taken
     */
    public Account create(String name, String password, Role role) {
        checkName(name);
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("A password must have at least " + MIN_PASSWORD + " characters.");
        }
        String hash = encoder.encode(password);
        try {
            jdbc.sql("INSERT INTO accounts (name, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
                    .param(name).param(hash).param(role.name()).param(now()).update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("There is already an account named " + name + ".");
        }
        return new Account(name, hash, role);
    }

    /**
     * Makes an API token named {@code name} with {@code role}; returns the token, which is not stored
     * and cannot be shown again.
     *
     * @throws IllegalArgumentException for a bad name or one already used by another token
     */
    public String createToken(String name, Role role) {
        checkName(name);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "pm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            jdbc.sql("INSERT INTO api_tokens (token_sha256, name, role, created_at) VALUES (?, ?, ?, ?)")
                    .param(sha256(token)).param(name).param(role.name()).param(now()).update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("There is already a token named " + name + ".");
        }
        return token;
    }

    /** The name and role of the token, when it is one of ours. */
    public Optional<Account> byToken(String token) {
        if (token == null || !token.startsWith("pm_") || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT name, role FROM api_tokens WHERE token_sha256 = ?").param(sha256(token))
                .query((rs, n) -> new Account("token:" + rs.getString(1), "", Role.valueOf(rs.getString(2))))
                .optional();
    }

    /** Removes a token by name; false when there is none. */
    public boolean revokeToken(String name) {
        return jdbc.sql("DELETE FROM api_tokens WHERE name = ?").param(name).update() > 0;
    }

    /** A random password of 20 characters (about 119 bits), for the first admin and new accounts. */
    public static String randomPassword() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A name is 1 to 100 letters, digits or . _ @ - (got \"" + name + "\").");
        }
    }

    private static SqlParameterValue now() {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.now(ZoneOffset.UTC));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
