package io.dyadline.extraction.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Summaries read like an analyst's headline: who, by country, role and short name, does what with whom, with the
 * verb of the type and the visitor first.
 */
class SummaryTest {

    private static final Extractor EXTRACTOR = Extractor.load();

    private static String summary(String text) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, LocalDate.of(2023, 9, 24))).events();
        assertEquals(1, events.size(), () -> text + " gave " + events);
        return events.get(0).summary();
    }

    @ParameterizedTest(name = "{0} @ {1} -> {2}")
    @CsvFileSource(resources = "/corpus/event/en/headlines.tsv", delimiter = '\t', numLinesToSkip = 1,
            quoteCharacter = '\u0000')
    void headlinesNameTheOfficials(String text, LocalDate published, String expected) {
        List<String> summaries = EXTRACTOR.extract(Document.of(text, published)).events().stream()
                .map(ExtractedEvent::summary).toList();
        assertTrue(summaries.contains(expected), () -> text + " gave " + summaries);
    }

    @Test
    void officialsWithTheirRoles() {
        assertEquals("Iranian telecoms minister Zarepour meets Russian Deputy Minister Shoitov",
                summary("Iranian telecoms minister Issa Zarepour met Alexander Shoitov, the Russian Deputy "
                        + "Minister, on Sunday."));
    }

    @Test
    void theVisitorComesFirst() {
        assertEquals("Iraqi President Talabani visits Iran",
                summary("Iraqi President Jalal Talabani visited Iran on Sunday."));
    }

    @Test
    void theVisitorIsWhoGoesWhereTheVisitGoes() {
        // the country after "visited" is where the visit goes, whatever else the sentence names
        List<ExtractedEvent> events = EXTRACTOR.extract(new Document("Press Briefing",
                "When the President visited Israel on October 18th, he said both privately and publicly that the "
                + "United States has learned a vital lesson.", LocalDate.of(2023, 10, 25))).events();
        assertEquals(List.of("US visits Israel"), events.stream().map(ExtractedEvent::summary).toList());
        assertEquals("US", events.get(0).initiator());
    }

    @Test
    void headlineNamesOfTheUsAndFamilyNamesFirst() {
        assertEquals("US President Biden speaks by phone with Chinese President Xi",
                summary("President Joseph R. Biden, Jr. spoke by phone with President Xi Jinping of China today."));
        assertEquals("US Secretary of State Blinken meets South Korean Foreign Minister Park",
                summary("Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin in Seoul "
                        + "on Sunday."));
    }

    @Test
    void namesWithParticlesStayWhole() {
        assertEquals("US President Biden speaks by phone with Egyptian President Abdel Fattah al-Sisi",
                summary("President Biden spoke today with Egyptian President Abdel Fattah al-Sisi."));
    }

    @Test
    void theGuestOfAHostVisitsTheHost() {
        assertEquals("Israeli Prime Minister Netanyahu visits US, meets US President Trump",
                summary("President Donald J. Trump received Israeli Prime Minister Benjamin Netanyahu for a visit "
                        + "on Sunday."));
        assertEquals("Jordanian King Abdullah visits US, meets US President Biden",
                summary("President Biden welcomed Jordanian King Abdullah II for a visit on Sunday."));
    }

    @Test
    void countriesAloneAndTheTopic() {
        assertEquals("Iran and Russia sign agreement on energy",
                summary("Iran and Russia signed an energy agreement on Sunday."));
    }
}
