package org.placemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Furniture and comments are marked, never removed. The fixture is a made-up blog page. */
class TextCleanerTest {

    private static String fixture() throws IOException {
        try (InputStream in = TextCleanerTest.class.getResourceAsStream("/corpus/blog-page.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void markingKeepsTheTextUnchanged() throws IOException {
        String text = fixture();
        assertEquals(text, CorpusLoader.article("blog-page.txt", text).text());
    }

    @Test
    void siteFurnitureIsBoilerplate() throws IOException {
        String text = fixture();
        Article a = CorpusLoader.article("blog-page.txt", text);

        for (String furniture : new String[] {"Share this:", "Jane Doe / Wire Agency / Photo Desk", "Source link",
                "Leave a Reply", "Your email address will not be published", "FILED UNDER:",
                "Sign up for our weekly newsletter", "The views expressed", "Support our reporting"}) {
            assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf(furniture)), furniture);
        }
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("The council voted")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("close Harbour Street")));
    }

    @Test
    void aRepeatedTeaserIsBoilerplateOnlyTheSecondTime() throws IOException {
        String text = fixture();
        Article a = CorpusLoader.article("blog-page.txt", text);
        String teaser = "Related: the new ferry timetable";

        assertEquals(Zone.BODY, a.zoneAt(text.indexOf(teaser)));
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.lastIndexOf(teaser)));
    }

    @Test
    void readerCommentsStartAtTheFirstNumberedHeader() throws IOException {
        String text = fixture();
        Article a = CorpusLoader.article("blog-page.txt", text);

        assertEquals(1, a.comments().size());
        assertEquals(text.indexOf("  1. Sam Reader says:"), a.comments().get(0).start());
        assertEquals(Zone.COMMENT, a.zoneAt(text.indexOf("I grew up near the harbour")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("The mayor says:")), "a quotation lead-in is not a comment");
    }

    @Test
    void authorBoxIsBoilerplate() throws IOException {
        String text = fixture();
        Article a = CorpusLoader.article("blog-page.txt", text);

        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("About Pat Writer")));
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("Pat Writer has covered")));
    }

    @Test
    void rangesAreSortedAndDisjoint() throws IOException {
        Article a = CorpusLoader.article("blog-page.txt", fixture());
        for (int i = 1; i < a.boilerplate().size(); i++) {
            assertTrue(a.boilerplate().get(i - 1).end() < a.boilerplate().get(i).start());
        }
    }
}
