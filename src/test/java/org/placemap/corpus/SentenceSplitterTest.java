package org.placemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, List.of()).stream().map(r -> r.of(text)).toList();
    }

    @Test
    void splitsAtTerminalPunctuation() {
        assertEquals(List.of("It rained.", "Was it cold?", "Yes!"), split("It rained. Was it cold? Yes!"));
    }

    @Test
    void titlesAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Mr. Smith met Dr. Jones and George W. Bush in St. Louis."),
                split("Mr. Smith met Dr. Jones and George W. Bush in St. Louis."));
    }

    @Test
    void acronymsEndASentenceOnlyBeforeATypicalOpener() {
        assertEquals(List.of("Troops left the U.S. Army base.", "The U.S. said nothing."),
                split("Troops left the U.S. Army base. The U.S. said nothing."));
        assertEquals(List.of("They flew to the U.S.", "The talks failed."),
                split("They flew to the U.S. The talks failed."));
    }

    @Test
    void anAbbreviationBeforeANumberDoesNotEndTheSentenceButBeforeAWordItMay() {
        // sample 11 (fresh-sentences-11.tsv): "Rockhampton (pop. 58382 census 2001) is an Australian inland city"
        assertEquals(List.of("Rockhampton (pop. 58382 census 2001) is a city."),
                split("Rockhampton (pop. 58382 census 2001) is a city."));
        assertEquals(List.of("She sang pop.", "Then she left."), split("She sang pop. Then she left."));
    }

    @Test
    void datesWithAbbreviatedMonthsStayWhole() {
        assertEquals(List.of("The attack on Oct. 7, 2023, changed everything."),
                split("The attack on Oct. 7, 2023, changed everything."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("“We will stay,” he said.", "“Nothing changed.”", "Then he left."),
                split("“We will stay,” he said. “Nothing changed.” Then he left."));
    }

    @Test
    void hardWrappedLinesJoinWhenTheNextStartsInLowerCase() {
        String text = "Moscow had hoped to use the port to expand its naval\n\ninfluence in the region. This ambition\n\nnow looks\nfragile.";
        assertEquals(List.of("Moscow had hoped to use the port to expand its naval\n\ninfluence in the region.",
                "This ambition\n\nnow looks\nfragile."), split(text));
    }

    @Test
    void headingsWithoutPunctuationAreTheirOwnSentence() {
        assertEquals(List.of("The Fallout", "Nothing was left."), split("The Fallout\n\nNothing was left."));
    }

    @Test
    void aLineEndingInAFunctionWordContinues() {
        assertEquals(List.of("It was the first time for\nRussia in decades."), split("It was the first time for\nRussia in decades."));
    }

    @Test
    void forcedBreaksSplitEvenMidSentence() {
        String text = "Source link Leave a Reply";
        assertEquals(List.of("Source link", "Leave a Reply"),
                SentenceSplitter.split(text, List.of(11)).stream().map(r -> r.of(text)).toList());
    }
}
