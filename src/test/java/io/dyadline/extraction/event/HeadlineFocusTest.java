package io.dyadline.extraction.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pair a headline names is the pair in focus: an official the text places nowhere belongs to its other side. */
class HeadlineFocusTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    @Test
    void anUnplacedOfficialActingTowardsOneSideIsTheOthers() {
        List<ExtractedEvent> events = EXTRACTOR.extract(new Document("Iran to Expand Ties With Oman",
                "Bitaraf told Omani Deputy Prime Minister Fahad bin Mahmoud al-Saeed that a power plant can be "
                        + "built.", null)).events();
        assertEquals(1, events.size(), events::toString);
        assertEquals("IR-OM", events.get(0).pair());
    }

    @Test
    void withoutAHeadlinePairNothingIsGuessed() {
        List<ExtractedEvent> events = EXTRACTOR.extract(new Document(null,
                "Bitaraf told Omani Deputy Prime Minister Fahad bin Mahmoud al-Saeed that a power plant can be "
                        + "built.", null)).events();
        assertEquals(List.of(), events);
    }

    @Test
    void destinationsListedInTheHeadlineAreNoPair() {
        String text = "They also discussed shared commitments, such as efforts to combat climate change.";
        for (String title : List.of("Readout of Jon Finer's Travel to Gabon and Nigeria",
                "Readout of the Secretary's Meetings with the Gabon and Nigeria", "Visit to Panama and Colombia")) {
            List<ExtractedEvent> events = EXTRACTOR.extract(new Document(title, text,
                    java.time.LocalDate.of(2023, 8, 2))).events();
            assertEquals(List.of(), events, title);
        }
    }

    @Test
    void aHeadlinePairThatActsIsInFocus() {
        String text = "They also discussed shared commitments, such as efforts to combat climate change.";
        List<ExtractedEvent> events = EXTRACTOR.extract(new Document("Gabon and Nigeria Hold Talks in Abuja", text,
                java.time.LocalDate.of(2023, 8, 2))).events();
        assertEquals(List.of("GA-NG"), events.stream().map(ExtractedEvent::pair).distinct().toList(),
                events::toString);
    }

    @Test
    void theMembersOfAGroupingAreNoPairInFocus() {
        String text = "President Biden met President Xi in Bali. The President also discussed how we align our "
                + "steps with those that other G7 members are taking.";
        List<ExtractedEvent> events = EXTRACTOR.extract(new Document("China and the United States at the G20", text,
                java.time.LocalDate.of(2023, 5, 20))).events();
        assertEquals(1, events.size(), events::toString);
        assertEquals(1, events.get(0).evidence().size(), events::toString);
    }
}
