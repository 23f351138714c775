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
}
