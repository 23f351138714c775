package io.dyadline.extraction.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Aid and friction: the type, pair and direction of many surface forms, and the guards that keep others out. */
class FrictionCorpusTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final Set<EventType> COOPERATION = Set.of(EventType.MEETING, EventType.VISIT, EventType.CALL,
            EventType.AGREEMENT, EventType.ANNOUNCEMENT, EventType.WORKING_GROUP, EventType.PROPOSAL);

    @ParameterizedTest(name = "{0} -> {3} {2} by {4}")
    @CsvFileSource(resources = "/corpus/event/en/friction.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void findsWhoActsTowardsWhom(String text, LocalDate published, String pair, EventType type, String initiator) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, published)).events();
        ExtractedEvent e = events.stream().filter(x -> x.type() == type && x.pair().equals(pair)).findFirst()
                .orElse(null);
        assertTrue(e != null, () -> text + " gave " + events);
        assertEquals(initiator, e.initiator(), text);
        assertEquals(List.of(pair.split("-")).stream().filter(c -> !c.equals(initiator)).findFirst().orElseThrow(),
                e.target(), text);
        assertTrue(e.provenance().stream().anyMatch(d -> d.stage().equals("direction")), text);
    }

    @ParameterizedTest(name = "{0} -> only {2}")
    @CsvFileSource(resources = "/corpus/event/en/not_friction.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void keepsOutWhatIsNoAct(String text, LocalDate published, String only) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, published)).events();
        if (only.equals("NONE")) {
            assertEquals(List.of(), events, text);
            return;
        }
        EventType type = EventType.valueOf(only);
        assertTrue(events.stream().anyMatch(e -> e.type() == type), () -> text + " gave " + events);
        assertTrue(events.stream().allMatch(e -> e.type() == type || COOPERATION.contains(e.type())
                        && COOPERATION.contains(type)), () -> text + " gave " + events);
    }

    @org.junit.jupiter.api.Test
    void symmetricEventsHaveNoDirection() {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(
                "Iran and Russia signed an energy agreement in Moscow on Monday.", LocalDate.of(2023, 5, 10))).events();
        assertTrue(!events.isEmpty() && events.stream().allMatch(e -> e.initiator() == null && e.target() == null),
                events::toString);
    }
}
