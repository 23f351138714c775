package io.dyadline.extraction.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mentions of one real-world event make one event, those of two stay two (corpus/event/en/mentions.tsv). */
class MentionsCorpusTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    @ParameterizedTest(name = "{2} {3} x{4}: {0}")
    @CsvFileSource(resources = "/corpus/event/en/mentions.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void tellsEachEventOnce(String text, LocalDate published, String pair, EventType type, int count) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, published)).events();
        List<ExtractedEvent> told = events.stream()
                .filter(e -> e.type() == type && e.pair().equals(pair)).toList();
        assertEquals(count, told.size(), () -> text + " gave " + events);
    }
}
