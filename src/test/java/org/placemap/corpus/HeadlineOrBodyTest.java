package org.placemap.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 1: no article text is thrown away. Whether a short capitalised line is the headline (and
 * everything above it page furniture) or just a subheading, a pull quote or a wrapped line of the body.
 *
 * <p>The texts are real news shapes. Quoted sentences are kept short; each names the page it is from.
 * Connecting sentences and subheadings not attributed to a page were written for these tests.
 */
class HeadlineOrBodyTest {

    private static final String ID = "pasted.txt";

    private static Article load(String text) {
        return CorpusLoader.article(ID, text);
    }

    /** No title: the file name stands in, the title range is empty and nothing at all is boilerplate. */
    private static void assertNoTitleAndNothingHidden(Article a) {
        assertEquals(ID, a.title(), "title");
        assertEquals(new TextRange(0, 0), a.titleRange(), "title range");
        assertEquals(List.of(), a.boilerplate(), "boilerplate");
    }

    @Test
    void aSubheadingBelowOpeningBodyTextIsNotTheTitleAndHidesNothingAboveIt() {
        // First and last paragraph from
        // https://uawire.org/syrian-rebels-advance-into-tartus-uncertainty-looms-over-russia-s-naval-base-amid-assad-s-fall
        String text = "Russia had originally planned to remain in Tartus until 2066. The collapse of the regime in "
                + "Damascus has put that plan in doubt.\n\n"
                + "Moscow also flies supplies for its forces in Africa through the Khmeimim airbase near Latakia.\n\n"
                + "What Happens to Khmeimim\n\n"
                + "Russian forces are withdrawing ships from Tartus and airlifting remaining equipment from Khmeimim.\n";
        Article a = load(text);

        assertNoTitleAndNothingHidden(a);
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Tartus until 2066")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Latakia")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("What Happens")));
    }

    @Test
    void aOneLinePullQuoteMidArticleIsNotTheTitle() {
        // Opening sentence and the quote from https://menafocus.qa/us-skeptical-of-russian-withdrawal-from-syria/
        String text = "The US expressed skepticism on Tuesday regarding Russia’s plan to withdraw troops from Syria. "
                + "Officials in Washington said the Hmeimim air base near Latakia was still in use.\n\n"
                + "“We have to judge Russia by its actions, not its word”\n\n"
                + "Pentagon officials said some aircraft had left Syria for southern Russia, but airstrikes near "
                + "Palmyra continued.\n";
        Article a = load(text);

        assertNoTitleAndNothingHidden(a);
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Syria.")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("“We have")));
    }

    @Test
    void subheadingsOfAnArticleWithoutHeadlineAreBodyText() {
        // Paragraphs and both subheadings from
        // https://smartencyclopedia.org/2024/12/08/syrian-rebels-advance-into-tartus-uncertainty-looms-over-russias-naval-base-amid-assads-fall/
        String text = "The city of Tartus, home to Russia’s only naval base in the Mediterranean, now faces a "
                + "precarious situation.\n"
                + "A Strategic Setback for Russia\n"
                + "Under a 2019 agreement between Moscow and Assad’s government, Russia was granted rights to "
                + "operate the Tartus base until 2066.\n"
                + "Signs of Withdrawal?\n"
                + "Ships have reportedly been moved out of Tartus, and airlifts from Khmeimim are underway.\n";
        Article a = load(text);

        assertNoTitleAndNothingHidden(a);
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Mediterranean")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("A Strategic Setback")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Signs of Withdrawal")));
    }

    @Test
    void subheadingsUnderARealHeadlineStayBodyText() {
        // Subheadings from the smartencyclopedia.org page above; the headline is the uawire.org one.
        String text = "Syrian rebels advance into Tartus: uncertainty looms over Russia's naval base\n\n"
                + "The city of Tartus, home to Russia’s only naval base in the Mediterranean, now faces a "
                + "precarious situation.\n\n"
                + "A Strategic Setback for Russia\n\n"
                + "Moscow had planned to keep the base and the airfield at Khmeimim for decades.\n\n"
                + "Signs of Withdrawal?\n\n"
                + "Ships have reportedly been moved out of Tartus, and airlifts from Khmeimim are underway.\n";
        Article a = load(text);

        assertEquals("Syrian rebels advance into Tartus: uncertainty looms over Russia's naval base", a.title());
        assertEquals(List.of(), a.boilerplate());
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("A Strategic Setback")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Signs of Withdrawal")));
    }

    @Test
    void wireCopyOpeningWithADatelineHasNoTitleEvenWhenAWrappedLineLaterLooksLikeOne() {
        // Dateline sentence from the AP story at
        // http://hosted.ap.org/dynamic/stories/U/US_UNITED_STATES_SYRIA_MILITARY?SITE=SCAND&SECTION=HOME&TEMPLATE=DEFAULT
        // (AP's "--" written as today's em dash); the second paragraph is hard-wrapped as wire feeds are.
        String text = "WASHINGTON (AP) — A U.S. military spokesman says the U.S. has taken extra defensive "
                + "precautions in Syria in anticipation of possible retaliation against American forces for last "
                + "week's cruise missile attack on a Syrian air base.\n\n"
                + "The spokesman told reporters at the\n"
                + "Pentagon that the increased emphasis on defensive measures\n"
                + "to protect troops near Raqqa and Manbij had slowed the campaign.\n";
        Article a = load(text);

        assertNoTitleAndNothingHidden(a);
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Syria")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Pentagon that")));
    }

    @Test
    void aHardWrappedDatelineLineIsBodyNotAHeadline() {
        // Same AP sentence as above, wrapped at about 70 columns.
        String text = "WASHINGTON (AP) — A U.S. military spokesman says the U.S. has taken extra\n"
                + "defensive precautions in Syria in anticipation of possible retaliation\n"
                + "against American forces for last week's cruise missile attack on a Syrian\n"
                + "air base.\n";
        Article a = load(text);

        assertNoTitleAndNothingHidden(a);
    }

    @Test
    void aSavedWirePageWithAMenuAndATimestampStillFindsItsHeadline() {
        // Menu, timestamp, headline, byline and dateline as on the hosted.ap.org page above.
        String text = "Site Map | Archives | Electronic Edition | Mobile Edition | Alerts | RSS | Contact Us | "
                + "Submit News & Photos | Subscriber Services\n"
                + "Apr 10, 2:04 PM EDT\n\n"
                + "Official: US military takes extra precautions in Syria\n\n"
                + "By ROBERT BURNS\n\n"
                + "WASHINGTON (AP) -- A U.S. military spokesman says the U.S. has taken extra defensive "
                + "precautions in Syria.\n";
        Article a = load(text);

        assertEquals("Official: US military takes extra precautions in Syria", a.title());
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("Site Map")));
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("Apr 10")));
        assertEquals(Zone.TITLE, a.zoneAt(text.indexOf("Official")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("precautions in Syria.")));
    }

    @Test
    void sectionNamesAboveAFullerHeadlineAreNavigationNotTheTitle() {
        String text = "World\nMiddle East\n\nRussia Pulls Its Last Warships Out Of Tartus\n\n"
                + "Satellite images show the berths at the port empty.\n";
        Article a = load(text);

        assertEquals("Russia Pulls Its Last Warships Out Of Tartus", a.title());
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("World")));
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("Middle East")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Satellite")));
    }

    @Test
    void aShortHeadlineStandsWhenNoFullerOneFollows() {
        String text = "Tartus Emptied\n\nSatellite images show the berths at the port empty.\n";
        Article a = load(text);

        assertEquals("Tartus Emptied", a.title());
        assertEquals(List.of(), a.boilerplate());
    }

    @Test
    void navigationAdsADateAndAnEditorsNoteAboveTheHeadlineAreFurniture() {
        String text = "Skip to main content\nHome\nWorld\nMiddle East\nAdvertisement\n"
                + "Sunday 8 December 2024 14.32 GMT\n\n"
                + "Editor’s note: This article was updated after the Kremlin confirmed Assad was in Moscow.\n\n"
                + "Russia’s Withdrawal is Message to Syrian Regime\n\n"
                + "Russia’s surprise announcement this week that it will withdraw most of its forces from Syria "
                + "has major implications.\n";
        Article a = load(text);

        assertEquals("Russia’s Withdrawal is Message to Syrian Regime", a.title());
        for (String furniture : new String[] {"Skip", "Home", "World", "Middle East", "Advertisement", "Sunday",
                "Editor’s note"}) {
            assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf(furniture)), furniture);
        }
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Russia’s surprise")));
    }

    @Test
    void anOpenLetterToAPersonIsNotAnEditorsNoteToReaders() {
        String text = "Dear President Putin,\n\n"
                + "We write to you as the families of sailors based at Tartus and Sevastopol. Our sons have not "
                + "been told when they will come home.\n\n"
                + "Bring Them Home\n\n"
                + "We ask you to order the ships back to Novorossiysk before the winter storms.\n";
        Article a = load(text);

        assertNoTitleAndNothingHidden(a);
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Tartus")));
    }

    @Test
    void aNoteToReadersStillEndsAtTheHeadline() {
        // The shape of corpus/004: a salutation to the site's readers, two paragraphs, then the headline.
        String text = "Dear Deeply Readers,\n\n"
                + "Welcome to the archives of Syria Deeply. While we paused regular publication of the site, our "
                + "past reporting remains available here for readers and researchers.\n\n"
                + "We continue to produce events and special projects while we explore where the journalism "
                + "goes next.\n\n"
                + "Russia’s Withdrawal is Message to Syrian Regime\n\n"
                + "In a surprise move on Monday, the Kremlin said it would withdraw most forces from Syria.\n";
        Article a = load(text);

        assertEquals("Russia’s Withdrawal is Message to Syrian Regime", a.title());
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("Welcome")));
        assertEquals(Zone.BOILERPLATE, a.zoneAt(text.indexOf("We continue")));
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("In a surprise")));
    }

    @Test
    void aHeadlineFarBelowTheTopIsNotLookedFor() {
        StringBuilder text = new StringBuilder();
        for (String section : new String[] {"Home", "News", "World", "Europe", "Asia", "Africa", "Americas",
                "Business", "Markets", "Sport", "Culture", "Travel", "Video", "Podcasts", "Opinion", "Science", "Health",
                "Weather", "Newsletters", "Games"}) {
            text.append(section).append('\n');
        }
        text.append("\nRussia Pulls Its Last Warships Out Of Tartus\n\nSatellite images show the port empty.\n");
        Article a = load(text.toString());

        assertNoTitleAndNothingHidden(a);
    }

    // Guards for the rules that tell furniture from a headline: a headline must not be mistaken for them.

    @Test
    void aLowerCaseTimestampUnderAHeadlineIsNotTheRestOfAWrappedSentence() {
        String text = "Russia Nears Deal With New Syria Leaders to Keep Military Bases\nupdated 3 hours ago\n\n"
                + "Moscow wants to keep Tartus and Hmeimim.\n";
        Article a = load(text);

        assertEquals("Russia Nears Deal With New Syria Leaders to Keep Military Bases", a.title());
        assertEquals(Zone.BODY, a.zoneAt(text.indexOf("Tartus")));
    }

    @Test
    void aHeadlineStartingWithAMonthNameIsNotADateLine() {
        Article a = load("May Day Marchers Fill The Streets Of Damascus\n\nThousands gathered on Sunday.\n");

        assertEquals("May Day Marchers Fill The Streets Of Damascus", a.title());
    }

    @Test
    void aHeadlineWithABarAndItsOutletIsNotAMenu() {
        Article a = load("Russia Pulls Its Ships Out Of Tartus | Reuters\n\nThe frigates left on Monday.\n");

        assertEquals("Russia Pulls Its Ships Out Of Tartus", a.title());
        assertEquals("Reuters", a.source());
    }

    @Test
    void aHeadlineStartingWithACapitalisedNameAndADashIsNotAWireDateline() {
        Article a = load("NATO – Russia talks end without a deal\n\nDiplomats left Brussels on Friday.\n");

        assertEquals("NATO – Russia talks end without a deal", a.title());
    }
}
