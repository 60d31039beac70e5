package org.placemap.geoparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.placemap.geoparse.Parsing.names;
import static org.placemap.geoparse.Parsing.parse;
import static org.placemap.geoparse.TestPlaces.city;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.placemap.corpus.TextRange;
import org.placemap.gazetteer.Place;

/** The facade: excerpts, odd input. */
class GeoParserTest {

    private static final Place HAMA = city("hama", "Hamah", "SY", 35.13, 36.76, 460_000, "Hama");

    @Test
    void theSentenceOfAMentionIsItsExcerpt() {
        ParsedArticle p = parse("Rebels Advance\n\nThe front moved. Rebels reached the city of Hama\nat dawn. Then quiet.", HAMA);

        Mention hama = p.mentions().get(0);
        TextRange sentence = p.sentenceOf(hama);
        assertEquals("Rebels reached the city of Hama\nat dawn.", sentence.of(p.article().text()));
        assertTrue(sentence.contains(hama.start()));
    }

    @Test
    void oddTextGivesNoMentionsAndNoErrors() {
        for (String text : List.of(" ", "no capitals at all here", "حلب مدينة سورية", "Алеппо — город в Сирии",
                "🙂🙂 Hama 🙂", "A".repeat(100_000), "Hama ".repeat(20_000))) {
            ParsedArticle p = parse(text, HAMA);
            for (Mention m : p.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
        assertEquals(List.of("Hama"), names(parse("🙂🙂 Hama 🙂", HAMA)));
    }

    @Test
    void aGazetteerIsRequired() {
        assertThrows(NullPointerException.class, () -> new GeoParser(null));
    }
}
