package org.placemap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flat gold/baseline format and the WikToR JSON lines, on lines copied from the corpora. */
class FlatFormatTest {

    @Test
    void readsLglGoldWithItsSeventhField() {
        List<Toponym> t = FlatFormat.parseLine("Alexandria,,Alexandria,,31.3113,,-92.4451,,0,,10,,265.262147091||"
                + "Rapides Parish,,Rapides Parish,,31.1669,,-92.4835,,247,,261,,7037.852739||");
        assertThat(t).containsExactly(
                new Toponym(0, 10, "Alexandria", "Alexandria", 31.3113, -92.4451),
                new Toponym(247, 261, "Rapides Parish", "Rapides Parish", 31.1669, -92.4835));
    }

    @Test
    void emptyCoordinatesMeanNoPointAndCommasMayAppearInText() {
        List<Toponym> t = FlatFormat.parseLine("No Gaz,,Sioux Falls, S.D.,,,,,,534,,551||");
        assertThat(t).hasSize(1);
        assertThat(t.get(0).text()).isEqualTo("Sioux Falls, S.D.");
        assertThat(t.get(0).hasPoint()).isFalse();
    }

    @Test
    void anEmptyLineIsADocumentWithoutToponyms() {
        assertThat(FlatFormat.parseLine("")).isEmpty();
    }

    @Test
    void formatThenParseGivesTheSameToponyms() {
        List<Toponym> t = List.of(new Toponym(3, 8, "Paris", "Paris", 48.85341, 2.3488),
                new Toponym(20, 27, "Nowhere", "x", Double.NaN, Double.NaN));
        assertThat(FlatFormat.parseLine(FlatFormat.format(t))).isEqualTo(t);
    }

    @Test
    void aMalformedEntryIsAClearError() {
        assertThatThrownBy(() -> FlatFormat.parseLine("Paris,,Paris,,48.8||")).hasMessageContaining("6 or 7 fields");
        assertThatThrownBy(() -> FlatFormat.parseLine("Paris,,Paris,,north,,2,,0,,5||")).hasMessageContaining("bad number");
    }

    @Test
    void jsonLinesDecodeEscapes() {
        Map<String, String> o = JsonLines.parseObject("{\"doc\": 12, \"text\": \"Santa Mar\\u00eda \\\"BBQ\\\"\\nline\"}");
        assertThat(o).containsEntry("doc", "12").containsEntry("text", "Santa María \"BBQ\"\nline");
        assertThatThrownBy(() -> JsonLines.parseObject("{\"doc\": 1")).isInstanceOf(IllegalArgumentException.class);
    }
}
