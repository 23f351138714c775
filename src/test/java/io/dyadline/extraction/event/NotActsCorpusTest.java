package io.dyadline.extraction.event;

import io.dyadline.extraction.Decision;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extraction;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions, negations, possibilities, conditions, hearsay, unnamed parties, lists of partners, gatherings of many
 * and dates far from the article's are no events, each dropped by its rule; the acts they talk about are kept.
 */
class NotActsCorpusTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    @ParameterizedTest(name = "{0} -> dropped by {2}")
    @CsvFileSource(resources = "/corpus/event/en/not_acts.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void dropsTalkAboutEvents(String text, LocalDate published, String rule) {
        Extraction x = EXTRACTOR.extract(Document.of(text, published));
        assertEquals(List.of(), x.events(), text);
        assertTrue(x.dropped().stream().map(Decision::rule).anyMatch(rule::equals),
                () -> text + " was dropped by " + x.dropped());
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvFileSource(resources = "/corpus/event/en/acts.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void keepsActs(String text, LocalDate published, String pair, String type) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, published)).events();
        if (type.equals("NONE")) {
            assertTrue(events.stream().noneMatch(e -> e.pair().equals(pair)), () -> text + " gave " + events);
            return;
        }
        assertTrue(events.stream().anyMatch(e -> e.pair().equals(pair) && e.type().name().equals(type)),
                () -> text + " gave " + events);
    }

    @Test
    void everyKeptEventTellsWhy() {
        Extraction x = EXTRACTOR.extract(Document.of(
                "Iranian Foreign Minister Araghchi met his Russian counterpart Lavrov in Moscow on Monday.",
                LocalDate.of(2025, 4, 9)));
        assertFalse(x.events().isEmpty());
        List<String> stages = x.events().get(0).provenance().stream().map(Decision::stage).toList();
        assertTrue(stages.containsAll(List.of("trigger", "party", "date", "status", "sector")), stages::toString);
    }
}
