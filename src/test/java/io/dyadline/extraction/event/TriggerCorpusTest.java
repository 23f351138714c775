package io.dyadline.extraction.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggerCorpusTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvFileSource(resources = "/corpus/event/en/triggers.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void findsTypeAndStatus(String text, LocalDate published, EventType type, EventStatus status) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, published)).events();
        assertFalse(events.isEmpty(), text);
        assertTrue(events.stream().anyMatch(e -> e.type() == type), () -> text + " gave " + events);
        ExtractedEvent e = events.stream().filter(x -> x.type() == type).findFirst().orElseThrow();
        assertEquals(status, e.status(), text);
    }

    @ParameterizedTest(name = "{0} -> nothing")
    @CsvFileSource(resources = "/corpus/event/en/no_events.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void findsNoEvent(String text, LocalDate published) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, published)).events();
        assertEquals(List.of(), events, text);
    }

    @org.junit.jupiter.api.Test
    void whatLeadersAgreeToGoOnDoingIsPartOfTheirCall() {
        String text = "President Biden spoke today with President El-Sisi of Egypt about Gaza. The two leaders agreed "
                + "to remain in close contact through their teams.";
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, LocalDate.of(2024, 8, 6))).events();
        assertEquals(1, events.size(), () -> "gave " + events);
        assertEquals(EventType.CALL, events.get(0).type());
        assertEquals(2, events.get(0).evidence().size(), () -> "evidence " + events.get(0).evidence());
    }
}
