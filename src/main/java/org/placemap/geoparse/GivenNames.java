package org.placemap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common English given names ({@code given-names.txt} beside this class; CC0 data, see its header). A
 * given name followed by another capitalised word is a person ("Scott Peebles", "Chad Walker"), even when
 * both words are also the names of towns.
 */
final class GivenNames {

    private static final Set<String> NAMES = load();

    private GivenNames() {}

    /** Whether {@code word}, as written (capitalised), is a given name. */
    static boolean contains(String word) {
        if (!NAMES.contains(word)) {
            return false;
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return !Words.GEO_MODIFIERS.contains(w) && !Words.isStopWord(w) && !Words.COMMON_NOUNS.contains(w); // "North", "May"
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    out.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
