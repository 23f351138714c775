package io.dyadline.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.extraction.Document;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Extractor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whole-article behaviour: each JSON file under corpus/golden/en gives a text, its publication date and the events
 * expected from it; every required event must be found, nothing beyond the optional ones, no forbidden pair.
 */
class GoldenArticleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("seed_iran_russia_telecom.json", "iran_iraq_electricity.json",
            "joint_statement_deliverables.json");

    @TestFactory
    Stream<DynamicTest> goldenArticles() {
        Extractor extractor = Extractor.load();
        return FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            JsonNode gold = read(name);
            LocalDate published = gold.hasNonNull("published") ? LocalDate.parse(gold.get("published").asText())
                    : null;
            Document doc = new Document(gold.path("title").asText(null), gold.get("text").asText(), published);
            List<ExtractedEvent> events = extractor.extract(doc).events();
            List<EventScorer.Scored> scored = new ArrayList<>();
            events.forEach(e -> scored.add(EventScorer.Scored.of(e)));
            EventScorer.Result r = EventScorer.score(gold, scored);
            String details = String.join("\n", r.details());
            assertEquals(0, r.fn(), "missed:\n" + details);
            assertEquals(0, r.fp(), "extra:\n" + details);
            assertEquals(0, r.forbidden(), "forbidden pair:\n" + details);
            assertEquals(r.tp(), r.statusOk(), "status:\n" + details);
        }));
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = GoldenArticleTest.class.getResourceAsStream("/corpus/golden/en/" + name)) {
            return JSON.readTree(in);
        }
    }
}
