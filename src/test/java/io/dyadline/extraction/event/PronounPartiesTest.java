package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whom "they" and "he" stand for when the pair in focus is another: the officials named together before "they", the
 * official named before a "he" who travels to a country outside the focus, or nobody.
 */
class PronounPartiesTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 11, 10);

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(Document.of(text, PUBLISHED));
    }

    private static void assertDropped(Extraction x, String rule) {
        assertTrue(x.dropped().stream().map(Decision::rule).anyMatch(rule::equals), x.dropped()::toString);
    }

    private static List<String> pairsOf(Extraction x, EventType type) {
        return x.events().stream().filter(e -> e.type() == type).map(ExtractedEvent::pair).toList();
    }

    @Test
    void theyAreTheOfficialsNamedTogetherBeforeIt() {
        Extraction x = extract("President Biden met President Xi of China in Bali on Monday. And that includes "
                + "Egypt's role — President Biden and President Sisi engaged directly last year; and they will "
                + "discuss that on Friday.");
        assertEquals(List.of("CN-US", "EG-US"), pairsOf(x, EventType.MEETING).stream().sorted().toList(),
                x.events()::toString);
        ExtractedEvent planned = x.events().stream().filter(e -> e.pair().equals("EG-US")).findFirst().orElseThrow();
        assertTrue(planned.provenance().stream().map(Decision::rule).anyMatch("party.named_together"::equals),
                planned.provenance()::toString);
    }

    @Test
    void heTravelsWhereTheTextSaysWithTheOfficialNamedBefore() {
        Extraction x = extract("President Biden will meet President Sisi of Egypt in Sharm el-Sheikh on Friday. "
                + "On Saturday, he'll arrive in Cambodia and attend the U.S.-ASEAN Summit.");
        assertEquals(List.of("KH-US"), pairsOf(x, EventType.VISIT), x.events()::toString);
    }

    @Test
    void aVisitByNoOneNamedToACountryOutsideTheFocusIsDropped() {
        Extraction x = extract("Egypt and the United States signed a trade agreement in Cairo on Monday. "
                + "On Saturday, he will arrive in Cambodia.");
        assertEquals(List.of(), pairsOf(x, EventType.VISIT), x.events()::toString);
        assertDropped(x, "party.destination_outside_focus");
    }

    @Test
    void weInATranscriptTurnAreTheLabelledSpeakersSide() {
        Extraction x = extract("National Security Advisor Jake Sullivan spoke in Brindisi. President Putin of Russia "
                + "is isolated.\n\nMR. SULLIVAN:  We have already imposed sanctions on PRC entities.");
        assertEquals(List.of("CN-US"), pairsOf(x, EventType.SANCTION), x.events()::toString);
        assertEquals("US", x.events().get(0).initiator(), x.events()::toString);
    }

    @Test
    void aJourneyToAUsTownIsNoVisitOfThePairInFocus() {
        Extraction x = extract("President Biden met Prime Minister Kishida of Japan in Hiroshima on Friday. Later, "
                + "the President and the First Lady will travel to Wilmington, Delaware.");
        assertEquals(List.of(), pairsOf(x, EventType.VISIT), x.events()::toString);
        assertDropped(x, "party.domestic_destination");
    }

    @Test
    void aMeetingAfterAGroupingsMeetingIsTheGroupings() {
        Extraction x = extract("President Biden met Prime Minister Kishida of Japan in Hiroshima on Friday. He is "
                + "going to have that Quad meeting today, where he is going to be meeting with the leaders.");
        assertEquals(1, x.events().size(), x.events()::toString);
        assertEquals(1, x.events().get(0).evidence().size(), x.events()::toString);
        assertTrue(x.dropped().stream().map(Decision::rule).noneMatch("party.group_members"::equals),
                x.dropped()::toString);
    }
}
