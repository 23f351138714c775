package io.dyadline.extraction.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Summaries read like an analyst's headline: who, with role, does what with whom. */
class SummaryTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    private static String summary(String text) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, LocalDate.of(2023, 9, 24))).events();
        assertEquals(1, events.size(), () -> text + " gave " + events);
        return events.get(0).summary();
    }

    @Test
    void officialsWithTheirRoles() {
        assertEquals("Iranian telecoms minister Issa Zarepour meets Alexander Shoitov, Russian deputy minister",
                summary("Iranian telecoms minister Issa Zarepour met Alexander Shoitov, the Russian Deputy "
                        + "Minister, on Sunday."));
    }

    @Test
    void theVisitorComesFirst() {
        assertEquals("Iraqi President Jalal Talabani visits Iran",
                summary("Iraqi President Jalal Talabani visited Iran on Sunday."));
    }

    @Test
    void countriesAloneAndTheTopic() {
        assertEquals("Iran and Russia sign agreement on energy",
                summary("Iran and Russia signed an energy agreement on Sunday."));
    }
}
