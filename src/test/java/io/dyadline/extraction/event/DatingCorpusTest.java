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

/** The status and date of an event come from the tense and the time expression that govern its act. */
class DatingCorpusTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    @ParameterizedTest(name = "{0} -> {3} {4} {5}")
    @CsvFileSource(resources = "/corpus/event/en/dating.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void datesTheAct(String text, LocalDate published, String pair, EventType type, EventStatus status,
                     String date) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, published)).events();
        ExtractedEvent e = events.stream().filter(x -> x.pair().equals(pair) && x.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError(text + " gave " + events));
        assertEquals(status + " " + date, e.status() + " " + (e.date() == null ? null : e.date().edtf()), text);
    }
}
