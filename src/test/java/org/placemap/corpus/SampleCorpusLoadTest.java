package org.placemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped sample articles ({@code corpus/}) load with the titles and outlets a reader would name. */
class SampleCorpusLoadTest {

    @Test
    void titlesAndSourcesOfTheSampleArticles() {
        LoadResult result = new CorpusLoader().load(Path.of("corpus"));

        assertEquals(List.of(), result.problems());
        List<Article> a = result.articles();
        assertEquals("Russia Nears Deal With New Syria Leaders to Keep Military Bases", a.get(0).title());
        assertEquals("Bloomberg", a.get(0).source());
        assertEquals("What the Fall of Aleppo Means for Russia", a.get(1).title());
        assertEquals("‘A personal defeat for Putin’ What the failure to protect Assad could mean for Russia’s future",
                a.get(2).title());
        assertEquals("Meduza", a.get(2).source());
        assertEquals("Is Russia Preparing To Cut Its Losses In Syria?", a.get(3).title());
        assertEquals("Russia’s Withdrawal is Message to Syrian Regime", a.get(4).title());
    }

    @Test
    void readerCommentsOfTheBlogPostAreMarked() {
        Article blog = new CorpusLoader().load(Path.of("corpus")).articles().get(3);
        String text = blog.text();

        assertEquals(Zone.COMMENT, blog.zoneAt(text.indexOf("michael reynolds says:")));
        assertEquals(Zone.BODY, blog.zoneAt(text.indexOf("Indeed, a United Nations report")));
    }
}
