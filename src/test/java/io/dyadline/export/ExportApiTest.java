package io.dyadline.export;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.dyadline.event.EventStore;
import io.dyadline.extraction.Actor;
import io.dyadline.extraction.EventDate;
import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.Evidence;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Precision;
import io.dyadline.extraction.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.dyadline.Api.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every export of one query, read back with the library its format is read with elsewhere. */
@QuarkusTest
public class ExportApiTest {

    @Inject
    EventStore store;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article whose own text yields no event, so that the test's events are the only ones. */
    static long article(String title, String published, String url) {
        String text = "Fixture text with nothing to extract, " + UUID.randomUUID();
        return editor().contentType(ContentType.JSON)
                .body(Map.of("title", title, "publishedAt", published, "text", text, "url", url))
                .post("/api/articles").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    static ExtractedEvent event(EventType type, EventStatus status, String a, String b, LocalDate start,
                                Precision precision, Set<String> sectors, String sentence, Actor... actors) {
        LocalDate end = switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
        String edtf = switch (precision) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> start.toString().substring(0, 4);
        };
        Evidence ev = new Evidence(Span.Field.TEXT, sentence, 0, sentence.length(),
                List.of(new Span(Span.Field.TEXT, 0, 3, "trigger", "trigger.test", type.name())));
        return new ExtractedEvent(type, status, "043", List.of(a, b), new EventDate(start, end, precision, edtf, "test"),
                List.of(actors), sectors, null, sentence, 0.9, List.of(ev));
    }

    void record(long articleId, ExtractedEvent... events) {
        QuarkusTransaction.requiringNew().run(() -> store.record(articleId, List.of(events)));
    }

    /** PLOVER codes countries with three letters. */
    @Test
    void ploverCountryCodesHaveThreeLetters() {
        assertEquals("IRN", PloverRecords.alpha3("IR"));
        assertEquals("RUS", PloverRecords.alpha3("RU"));
        assertEquals("EU", PloverRecords.alpha3("EU"), "a code without a 3-letter form is kept");
    }

    /** Three events of one pair (user-assigned codes, which no other test's events have): a day, a planned month and a year; the sentence of the first has commas and quotes. */
    private void threeEvents(String a, String b) {
        long article = article("Fixture exports " + a + b, "2023-03-03", "https://news.example/" + a + b);
        record(article,
                event(EventType.MEETING, EventStatus.OCCURRED, a, b, LocalDate.of(2023, 3, 2), Precision.DAY,
                        Set.of("telecom"), "The ministers met, and said \"we agree\", on 2 March.",
                        new Actor("Lotay Tshering", "prime minister", a)),
                event(EventType.VISIT, EventStatus.PLANNED, a, b, LocalDate.of(2023, 5, 1), Precision.MONTH,
                        Set.of("energy"), "The minister will visit in May."),
                event(EventType.AGREEMENT, EventStatus.OCCURRED, a, b, LocalDate.of(2016, 1, 1), Precision.YEAR,
                        Set.of("trade"), "They signed a trade agreement in 2016."));
    }

    @Test
    void theAtomFeedParsesWithRomeNewestFirstAndLinksEachEntryToTheTimeline() throws Exception {
        threeEvents("XA", "XB");
        Response r = given().queryParam("pair", "XB-XA").queryParam("sector", "telecom,energy,trade")
                .get("/api/events.atom");
        r.then().statusCode(200).contentType(startsWith("application/atom+xml"));
        Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(r.asString())));
        assertEquals("atom_1.0", feed.getFeedType());
        assertNotNull(feed.getId());
        assertNotNull(feed.getUpdated());
        assertTrue(feed.getTitle().contains("XA-XB"), feed.getTitle());
        assertFalse(feed.getAuthors().isEmpty(), "a feed without authors needs them on every entry");
        Link self = feed.getOtherLinks().stream().filter(l -> "self".equals(l.getRel())).findFirst().orElseThrow();
        assertTrue(self.getHref().contains("/api/events.atom?"), self.getHref());
        List<Entry> entries = feed.getEntries();
        assertEquals(3, entries.size());
        assertTrue(entries.get(0).getTitle().startsWith("2023-05 XA-XB VISIT"), entries.get(0).getTitle());
        assertTrue(entries.get(2).getTitle().startsWith("2016 XA-XB AGREEMENT"), entries.get(2).getTitle());
        Set<String> ids = new HashSet<>();
        for (Entry e : entries) {
            assertTrue(ids.add(e.getId()), "entry ids are unique");
            assertNotNull(e.getUpdated(), "every entry has updated");
            String href = e.getAlternateLinks().get(0).getHref();
            assertTrue(href.matches(".*/timeline\\?pair=XA-XB&sector=telecom&sector=energy&sector=trade&event=\\d+"),
                    href);
            assertTrue(e.getId().endsWith("/api/events/" + href.substring(href.lastIndexOf('=') + 1)), e.getId());
        }
        assertEquals("2023-03-03", entries.get(1).getUpdated().toInstant().toString().substring(0, 10),
                "updated is when the latest report was published");
        assertTrue(entries.get(1).getContents().get(0).getValue().contains("we agree"));

        Feed two = (Feed) new WireFeedInput().build(new InputSource(new StringReader(
                given().queryParam("pair", "XA-XB").queryParam("limit", 2).get("/api/events.atom").asString())));
        assertEquals(2, two.getEntries().size());
    }

    @Test
    void theCalendarOpensWithBiweeklyWithAllDaySpansByPrecision() {
        threeEvents("XA", "XC");
        Response r = given().queryParam("pair", "XA-XC").get("/api/events.ics");
        r.then().statusCode(200).contentType(startsWith("text/calendar"));
        ICalendar ical = Biweekly.parse(r.asString()).first();
        assertNotNull(ical, r.asString());
        List<VEvent> events = ical.getEvents();
        assertEquals(3, events.size());
        // oldest first: the year, the day, the planned month
        assertSpan(events.get(0), LocalDate.of(2016, 1, 1), LocalDate.of(2017, 1, 1));
        assertSpan(events.get(1), LocalDate.of(2023, 3, 2), LocalDate.of(2023, 3, 3));
        assertSpan(events.get(2), LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1));
        assertEquals("TENTATIVE", events.get(2).getStatus().getValue());
        assertEquals("CONFIRMED", events.get(1).getStatus().getValue());
        assertTrue(events.get(1).getDescription().getValue().contains("we agree"));
        assertTrue(events.get(1).getUrl().getValue().contains("/timeline?pair=XA-XC&event="));
        assertTrue(events.get(1).getUid().getValue().matches("event-\\d+@dyadline"));
    }

    private static void assertSpan(VEvent e, LocalDate start, LocalDate endExclusive) {
        assertFalse(e.getDateStart().getValue().hasTime(), "all-day");
        assertFalse(e.getDateEnd().getValue().hasTime(), "all-day");
        assertEquals(start, e.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
        assertEquals(endExclusive, e.getDateEnd().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    @Test
    void theCsvParsesWithAHeaderAndKeepsCommasAndQuotesInACell() throws Exception {
        threeEvents("XA", "XD");
        Response r = given().queryParam("pair", "XA-XD").get("/api/events.csv");
        r.then().statusCode(200).contentType(startsWith("text/csv"));
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.asString())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(3, rows.size());
        assertEquals("2016-01-01", rows.get(0).get("date_start"));
        assertEquals("2016-12-31", rows.get(0).get("date_end"));
        assertEquals("YEAR", rows.get(0).get("precision"));
        Map<String, String> day = rows.get(1);
        assertEquals("The ministers met, and said \"we agree\", on 2 March.", day.get("evidence"));
        assertEquals("XA;XD", day.get("countries"));
        assertEquals("telecom", day.get("sectors"));
        assertEquals("https://news.example/XAXD", day.get("source_url"));
        assertTrue(day.get("link").contains("/timeline?pair=XA-XD&event=" + day.get("id")));
    }

    @Test
    void streamedExportsHoldTheWholeResultAcrossManyBatchesInOrder() throws Exception {
        long article = article("Fixture exports many", "2024-01-31", "https://news.example/many");
        List<ExtractedEvent> many = new ArrayList<>();
        for (int day = 1; day <= 11; day++) {
            many.add(event(EventType.CALL, EventStatus.OCCURRED, "XA", "XE", LocalDate.of(2024, 1, day), Precision.DAY,
                    Set.of("diplomacy"), "The two foreign ministers spoke by phone on January " + day + "."));
        }
        record(article, many.toArray(ExtractedEvent[]::new));
        int total = given().queryParam("pair", "XA-XE").get("/api/events").then().extract().path("total");
        assertEquals(11, total);

        Response r = given().queryParam("pair", "XA-XE").get("/api/events.jsonl");
        r.then().statusCode(200).contentType(startsWith("application/x-ndjson"));
        List<JsonNode> lines = lines(r.asString());
        assertEquals(11, lines.size(), "every event, across batches of 3");
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(ids.add(lines.get(i).path("id").asLong()), "no event twice");
            assertEquals(LocalDate.of(2024, 1, i + 1).toString(), lines.get(i).path("date").path("start").asText());
            assertEquals("XA-XE", lines.get(i).path("pair").asText());
        }
        List<JsonNode> newest = lines(given().queryParam("pair", "XA-XE").queryParam("sort", "-date")
                .get("/api/events.jsonl").asString());
        assertEquals("2024-01-11", newest.get(0).path("date").path("start").asText());
        assertEquals(11, newest.size());

        // the calendar and the CSV stream the same way, batch after batch
        ICalendar ical = Biweekly.parse(given().queryParam("pair", "XA-XE").get("/api/events.ics").asString()).first();
        assertEquals(11, ical.getEvents().size());
        assertEquals(12, given().queryParam("pair", "XA-XE").get("/api/events.csv").asString().strip().lines().count(),
                "a header and 11 rows");
    }

    @Test
    void ploverRecordsCarryEventActorRecipientDateAndTheirTextAndCitation() throws Exception {
        threeEvents("XA", "XF");
        List<JsonNode> records = lines(given().queryParam("pair", "XA-XF").queryParam("format", "plover")
                .get("/api/events.jsonl").then().statusCode(200).extract().asString());
        assertEquals(3, records.size());
        JsonNode agreement = records.get(0);
        assertEquals("SUPPORT", agreement.path("event").path(0).asText(), "signing an agreement (CAMEO 057)");
        assertEquals("2016-01-01", agreement.path("date").asText());
        assertEquals("2016-12-31", agreement.path("enddate").asText());
        JsonNode meeting = records.get(1);
        assertTrue(meeting.path("id").asText().startsWith("dyadline-"));
        assertEquals("CONSULT", meeting.path("event").path(0).asText());
        assertEquals("XA", meeting.path("actor").path(0).path("code").asText(), "no 3-letter code: kept");
        assertEquals("XF", meeting.path("actor").path(1).path("country").asText());
        assertEquals("Lotay Tshering", meeting.path("actor").path(0).path("entity_text").asText());
        assertEquals(0, meeting.path("recipient").size(), "a symmetric event has all its parties as actors");
        assertEquals("The ministers met, and said \"we agree\", on 2 March.",
                meeting.path("text_info").path("sentence").asText());
        assertEquals("https://news.example/XAXF", meeting.path("cite_info").path("url").asText());
        assertEquals("plover.meeting", meeting.path("comment").asText());
        JsonNode plannedVisit = records.get(2);
        assertEquals("AGREE", plannedVisit.path("event").path(0).asText(), "planned cooperation is an intent");
        assertEquals("plover.visit_planned", plannedVisit.path("comment").asText());
    }

    @Test
    void everyExportRefusesABadFilterWithAProblem() {
        for (String path : List.of("/api/events.atom", "/api/events.ics", "/api/events.csv", "/api/events.jsonl")) {
            given().queryParam("pair", "IR").get(path).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("violations[0].field", equalTo("pair"));
        }
        given().queryParam("format", "xml").get("/api/events.jsonl").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
        given().queryParam("limit", 0).get("/api/events.atom").then().statusCode(400);
    }

    @Test
    void anEmptyResultIsAValidEmptyExport() throws Exception {
        String query = "pair=XA-XZ";
        Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(
                given().get("/api/events.atom?" + query).asString())));
        assertEquals(0, feed.getEntries().size());
        assertNotNull(Biweekly.parse(given().get("/api/events.ics?" + query).asString()).first());
        assertEquals(1, given().get("/api/events.csv?" + query).asString().strip().lines().count(), "the header");
        assertEquals("", given().get("/api/events.jsonl?" + query).asString());
    }

    private static List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                out.add(JSON.readTree(line));
            }
        }
        assertNull(body.isEmpty() || body.endsWith("\n") ? null : "the last line ends with a newline");
        return out;
    }
}
