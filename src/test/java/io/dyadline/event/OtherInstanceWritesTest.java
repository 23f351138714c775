package io.dyadline.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Counts are remembered until events change; a change made by another instance on the same database (here: rows
 * written past this instance's event store) is seen through the change log, within the check interval of the test
 * profile (200 ms).
 */
@QuarkusTest
public class OtherInstanceWritesTest {

    @Inject
    EntityManager em;

    @AfterEach
    void removeTheEvents() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("select e from Event e where e.pair = 'CV-ST'", Event.class).getResultList().forEach(em::remove);
            em.persist(new EventChange());
        });
    }

    @Test
    void countsFollowTheChangeLogOfOtherInstances() throws InterruptedException {
        // the log as this instance last saw it includes the writes of the tests before
        Thread.sleep(300);
        given().get("/api/sectors").then().statusCode(200);
        assertEquals(0, pairCount());
        QuarkusTransaction.requiringNew().run(() -> em.persist(event(LocalDate.of(2012, 5, 1))));
        // the event table changed but nobody logged it: the remembered figures stand, however long one waits
        Thread.sleep(600);
        given().get("/api/sectors").then().statusCode(200);
        assertEquals(0, pairCount());

        QuarkusTransaction.requiringNew().run(() -> {
            em.persist(event(LocalDate.of(2012, 6, 1)));
            em.persist(new EventChange());
        });
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (pairCount() != 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, pairCount());
        given().queryParam("pair", "CV-ST").get("/api/events").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2));
    }

    private static int pairCount() {
        Integer n = given().queryParam("size", 500).get("/api/pairs").then().statusCode(200).extract()
                .path("items.find { it.pair == 'CV-ST' }.events");
        return n == null ? 0 : n;
    }

    private static Event event(LocalDate day) {
        Event e = new Event();
        e.type = "MEETING";
        e.status = "OCCURRED";
        e.pair = "CV-ST";
        e.countryA = "CV";
        e.countryB = "ST";
        e.dateStart = day;
        e.dateEnd = day;
        e.precision = "DAY";
        e.edtf = day.toString();
        e.confidence = 0.8;
        e.actors = "[]";
        e.createdAt = Instant.now();
        e.sectors.add("diplomacy");
        return e;
    }
}
