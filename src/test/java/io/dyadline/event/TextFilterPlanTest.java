package io.dyadline.event;

import io.dyadline.extraction.EventStatus;
import io.dyadline.extraction.EventType;
import io.dyadline.extraction.ExtractedEvent;
import io.dyadline.extraction.Precision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dyadline.event.EventApiTest.article;
import static io.dyadline.event.EventApiTest.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The two ways of looking up the words of q find the same events; the cheaper one is chosen. */
@QuarkusTest
public class TextFilterPlanTest {

    @Inject
    EventStore store;

    @Inject
    EventQueryPlanner planner;

    @Inject
    EntityManager em;

    /** Thirty events share a word, and one of them also has a rare one. */
    @BeforeEach
    void record() {
        if (QuarkusTransaction.requiringNew().call(() -> em.createQuery("select count(e) from Event e where e.pair = 'KE-UG'",
                Long.class).getSingleResult()) > 0) {
            return;
        }
        long a = article("Fixture P1", "2015-06-30");
        List<ExtractedEvent> events = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            events.add(event(EventType.CALL, EventStatus.OCCURRED, "KE", "UG", LocalDate.of(2015, 6, day), Precision.DAY,
                    Set.of("trade"), "Kenya phoned Uganda about zebrafoo tariffs, round " + day
                            + (day == 17 ? " on quokkabar imports." : ".")));
        }
        QuarkusTransaction.requiringNew().run(() -> store.record(a, events));
    }

    @Test
    void bothLookupsFindTheSameEventsInTheSameOrder() {
        for (String q : List.of("zebrafoo", "zebra", "zebrafoo quokkabar", "quokka tariff", "tariffs round",
                "zebrafoo nothingsuch", "Kenya")) {
            List<String> words = SearchWords.query(q);
            List<Long> alongDates = ids(q, null);
            for (String driving : words) {
                assertEquals(alongDates, ids(q, driving), "q=" + q + ", read from the index first: " + driving);
            }
        }
        // several words: the events that have all of them, listed from the word index, are the same events
        for (String q : List.of("zebrafoo quokkabar", "quokka tariff", "tariffs round", "zebrafoo nothingsuch",
                "kenya uganda zebrafoo")) {
            List<Long> listed = QuarkusTransaction.requiringNew().call(() -> planner.textMatches(query(q)));
            List<Long> alongDates = new java.util.ArrayList<>(ids(q, null));
            alongDates.sort(null);
            assertEquals(alongDates, listed, "q=" + q);
            assertEquals(ids(q, null), idsFor(q), "q=" + q + " through whereFor");
        }
        assertNull(QuarkusTransaction.requiringNew().call(() -> planner.textMatches(query("zebrafoo"))));
        assertEquals(30, ids("zebrafoo", null).size());
        assertEquals(1, ids("zebra quokkabar", "quokkabar").size());
        assertEquals(0, ids("zebrafoo nothingsuch", "nothingsuch").size());
    }

    @Test
    void aRareWordIsReadFromTheIndexAndACommonOneAlongTheDates() {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("quokkabar", planner.drivingWord(query("zebrafoo quokkabar"), 50));
            assertEquals("nothingsuch", planner.drivingWord(query("zebrafoo nothingsuch"), 50));
            // one event wanted, a word that thirty share: the first match is near in date order
            assertNull(planner.drivingWord(query("zebrafoo"), 1));
            assertNull(planner.drivingWord(query("!!!"), 50));
        });
    }

    private static EventQuery query(String q) {
        return new EventQuery("KE-UG", List.of(), List.of(), List.of(), null, null, null, q, null, 0, 50, true);
    }

    private List<Long> idsFor(String q) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Object> params = new HashMap<>();
            String where = planner.whereFor(query(q), params, 50);
            TypedQuery<Long> select = em.createQuery("select e.id from Event e where " + where
                    + " order by e.dateStart asc nulls last, e.id asc", Long.class);
            params.forEach(select::setParameter);
            return select.getResultList();
        });
    }

    private List<Long> ids(String q, String driving) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Object> params = new HashMap<>();
            String where = EventJpql.where(query(q), params, driving);
            TypedQuery<Long> select = em.createQuery("select e.id from Event e where " + where
                    + " order by e.dateStart asc nulls last, e.id asc", Long.class);
            params.forEach(select::setParameter);
            return select.getResultList();
        });
    }
}
