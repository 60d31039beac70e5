package org.placemap.library;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.placemap.library.ArticleRejectedException.Reason;

/** The checks every article passes before it is parsed, and the fingerprint that finds duplicates. */
final class TextChecks {

    /**
     * Share of control characters (other than tab, line feed, carriage return, form feed) above which
     * text is taken for binary that happens to be valid UTF-8.
     */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextChecks() {}

    /** Strict UTF-8 decoding of an upload; {@code name} (a file name, or "The request body") leads every message. */
    static String decode(byte[] bytes, String name, long maxBytes) throws ArticleRejectedException {
        String who = name == null || name.isBlank() ? "The article" : name;
        if (bytes.length > maxBytes) {
            throw tooLarge(who, bytes.length, maxBytes);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = decoder.decode(in);
            text = out.toString();
        } catch (MalformedInputException e) {
            throw new ArticleRejectedException(Reason.NOT_TEXT, who + " is not a UTF-8 text file (invalid bytes); "
                    + "save it as UTF-8 text, Markdown or HTML.");
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(Reason.NOT_TEXT, who + " is not a UTF-8 text file.");
        }
        check(text, who, maxBytes);
        return text;
    }

    /** Rejects empty, binary-looking or oversized text. */
    static void check(String text, String who, long maxBytes) throws ArticleRejectedException {
        if (text == null || text.isBlank()) {
            throw new ArticleRejectedException(Reason.EMPTY, who + " is empty.");
        }
        long bytes = utf8Length(text);
        if (bytes > maxBytes) {
            throw tooLarge(who, bytes, maxBytes);
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ArticleRejectedException(Reason.NOT_TEXT, who + " is a binary file, not text.");
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * text.length()) {
            throw new ArticleRejectedException(Reason.NOT_TEXT, who + " looks like a binary file, not text.");
        }
    }

    /** UTF-8 length of {@code text} in bytes. */
    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static ArticleRejectedException tooLarge(String who, long bytes, long maxBytes) {
        return new ArticleRejectedException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                "%s is too large (%s); the limit is %s per article.", who, size(bytes), size(maxBytes)));
    }

    /** "5 MB", "6.2 MB", "900 KB", "12 bytes" (binary units, as Spring's DataSize reads "5MB"). */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            double mb = bytes / (1024.0 * 1024.0);
            return (mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f", mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    /**
     * The text as stored: a leading byte order mark dropped and line ends made {@code \n}, so that
     * offsets do not depend on the platform the article was saved on.
     */
    static String canonical(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * SHA-256 (hex) of the text with Unicode normalised (NFC), every run of whitespace made one space,
     * and the ends trimmed: the same article pasted from two places is found as a duplicate even when
     * line wrapping or trailing spaces differ. Case and punctuation still count.
     */
    static String fingerprint(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("(?U)\\s+", " ");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
