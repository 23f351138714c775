package io.dyadline.extraction.event;

import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sectors come from the event's sentence first, then its paragraph, then the article (ANNOTATION.md). */
class SectorFallbackTest {

    private static final Extractor EXTRACTOR = Extractor.load();
    private static final LocalDate DAY = LocalDate.of(2023, 9, 24);

    private static ExtractedEvent only(String text) {
        List<ExtractedEvent> events = EXTRACTOR.extract(Document.of(text, DAY)).events();
        assertEquals(1, events.size(), () -> text + " gave " + events);
        return events.get(0);
    }

    @Test
    void aSentenceWithoutSectorTakesItsParagraphs() {
        ExtractedEvent e = only("Iran and Armenia signed an agreement on Sunday. The dam will supply electricity.");
        assertTrue(e.sectors().contains("energy"), e.sectors()::toString);
    }

    @Test
    void theLeadEventTakesTheArticlesDominantSectors() {
        ExtractedEvent e = only("Iran and Russia met on Sunday.\n\nTelecom networks grow. Telecom spectrum is "
                + "scarce.\n\nSatellites and space launches follow. Space research is planned.");
        assertTrue(e.sectors().containsAll(List.of("telecom", "space")), e.sectors()::toString);
    }

    @Test
    void aSentenceListingManyTopicsGivesItsFirstFewMostNamedFirst() {
        ExtractedEvent e = only("Iran and Russia signed an agreement on Sunday on energy, trade, banking, health, "
                + "education and agriculture, and on energy pipelines.");
        assertEquals(List.of("energy", "trade", "finance", "health"), List.copyOf(e.sectors()));
    }

    @Test
    void anEventOutsideTheLeadTakesOnlyTheMostNamedSectorAroundIt() {
        ExtractedEvent e = EXTRACTOR.extract(Document.of("Oil output rose. Oil prices fell.\n\n"
                + "Banks and the central bank met. Trade and tourism grew. Oil exports too.\n\n"
                + "Iran and Armenia signed an agreement on Sunday.", DAY)).events().stream()
                .filter(x -> x.pair().equals("AM-IR")).findFirst().orElseThrow();
        assertEquals(List.of("energy"), List.copyOf(e.sectors()));
        assertTrue(e.provenance().stream().anyMatch(d -> d.rule().equals("sector.article_dominant")),
                e.provenance()::toString);
    }

    @Test
    void theLeadEventTakesOnlyTheArticlesMainTopicsNotItsPassingOnes() {
        ExtractedEvent e = only("Iran and Russia met on Sunday.\n\nTelecom networks grow. Telecom spectrum is "
                + "scarce. Telecom operators merge. Broadband spreads.\n\nTourism grew. Wheat prices rose.");
        assertEquals(List.of("telecom"), List.copyOf(e.sectors()));
    }

    @Test
    void nothingNamedIsDiplomacy() {
        assertEquals(List.of("diplomacy"), List.copyOf(only("Iran and Russia met on Sunday.").sectors()));
    }
}
