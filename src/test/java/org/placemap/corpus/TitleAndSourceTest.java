package org.placemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Titles and outlets as saved web pages present them. */
class TitleAndSourceTest {

    @Test
    void outletAfterADashIsTheSource() {
        Article a = CorpusLoader.article("f.txt", "Floods Cut Off Northern Villages – Reuters\n\nBody text.");

        assertEquals("Floods Cut Off Northern Villages", a.title());
        assertEquals("Reuters", a.source());
    }

    @Test
    void adsAndNavigationAboveTheHeadlineAreSkippedAndMarked() {
        String text = "Online Advertising Network\nSkip to main content\nnews\n\nThe Harbour Reopens After Storm\n\nBody.";
        Article a = CorpusLoader.article("f.txt", text);

        assertEquals("The Harbour Reopens After Storm", a.title());
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("Skip")));
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("news")));
        assertEquals(Zone.TITLE, a.zoneAt(text.indexOf("Harbour")));
    }

    @Test
    void salutationAndEditorsNoteAreNotTheTitle() {
        String text = "Dear Valued Readers,\n\nWelcome to our archive. We stopped publishing in 2019.\n\n"
                + "Harvest Festival Draws Record Crowds\n\nBody.";
        Article a = CorpusLoader.article("f.txt", text);

        assertEquals("Harvest Festival Draws Record Crowds", a.title());
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("Welcome")));
    }

    @Test
    void sourceLineNamesTheOutletWhenTheTitleDoesNot() {
        Article a = CorpusLoader.article("f.txt", "What the storm means for farmers\n\nSource: Daily Planet\n\nBody.");

        assertEquals("Daily Planet", a.source());
    }

    @Test
    void fileNameIsTheSourceWhenNothingElseIs() {
        Article a = CorpusLoader.article("f.txt", "What the storm means for farmers\n\nBody.");

        assertEquals("f.txt", a.source());
    }

    @Test
    void questionHeadlinesCount() {
        Article a = CorpusLoader.article("f.txt", "Is The Bridge Safe To Cross?\n\nEngineers say yes.");

        assertEquals("Is The Bridge Safe To Cross?", a.title());
    }
}
