package io.dyadline.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadline.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writers racing each other: every article is stored and its events merged, with no error, however many articles
 * about the same event arrive at once.
 */
@QuarkusTest
public class ConcurrentWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString((Api.EDITOR + ":" + Api.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TestHTTPResource("/api/articles")
    URI articles;

    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

    @Test
    void eightClientsPostingFiftyReportsOfOneMeetingMakeOneEventWithFourHundredSources() throws Exception {
        int clients = 8;
        int each = 50;
        Map<Integer, Integer> statuses = post(clients, each, (c, i) -> article("Mongolian and Bhutanese officials met in "
                + "Ulaanbaatar on Sunday to discuss trade and telecommunication cooperation, according to report "
                + c + "-" + i + " of the wire."));
        assertEquals(Map.of(201, clients * each), statuses, "every article stored, none refused or failed");

        JsonNode page = JSON.readTree(given().queryParam("pair", "BT-MN").get("/api/events").then().statusCode(200)
                .extract().asString());
        assertEquals(1, page.get("total").asInt(), "one meeting, told 400 times");
        JsonNode event = page.get("items").get(0);
        assertEquals("MEETING", event.get("type").asText());
        assertEquals(clients * each, event.get("sourceCount").asInt());
        assertTrue(event.get("evidenceCount").asInt() >= clients * each, "evidence of every article");
        // the document lists the first sources; the event itself has them all
        given().get("/api/events/" + event.get("id").asLong()).then().statusCode(200)
                .body("sources.size()", equalTo(clients * each));
    }

    @Test
    void theSameArticlePostedByEightClientsAtOnceIsStoredOnce() throws Exception {
        String body = article("Kazakh and Qatari ministers met in Astana on Monday to discuss energy cooperation.");
        Map<Integer, Integer> statuses = post(8, 1, (c, i) -> body);
        assertEquals(1, statuses.getOrDefault(201, 0), "one post creates it: " + statuses);
        assertEquals(7, statuses.getOrDefault(200, 0), "the others get the stored article: " + statuses);
        given().queryParam("pair", "KZ-QA").get("/api/events").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].sourceCount", equalTo(1));
    }

    @Test
    void articlesOfManyPairsPostedAtOnceAreAllStored() throws Exception {
        String[][] pairs = {{"Chilean", "Peruvian", "CL-PE"}, {"Peruvian", "Bolivian", "BO-PE"},
                {"Bolivian", "Chilean", "BO-CL"}, {"Chilean", "Uruguayan", "CL-UY"}};
        Map<Integer, Integer> statuses = post(8, 20, (c, i) -> {
            String[] p = pairs[(c + i) % pairs.length];
            return article(p[0] + " and " + p[1] + " officials met in Lima on Tuesday to discuss mining and trade, "
                    + "according to report " + c + "-" + i + " of the wire.");
        });
        assertEquals(Map.of(201, 160), statuses);
        int sources = 0;
        for (String[] p : pairs) {
            JsonNode page = JSON.readTree(given().queryParam("pair", p[2]).get("/api/events").then().statusCode(200)
                    .extract().asString());
            assertEquals(1, page.get("total").asInt(), p[2]);
            sources += page.get("items").get(0).get("sourceCount").asInt();
        }
        assertEquals(160, sources, "every article joined its pair's one event");
    }

    private interface Texts {
        String body(int client, int index);
    }

    /** Posts {@code each} articles from each of {@code clients} threads, all starting together; counts by status. */
    private Map<Integer, Integer> post(int clients, int each, Texts texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int who = c;
            running.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(articles)
                            .header("Content-Type", "application/json").header("Authorization", AUTH)
                            .POST(HttpRequest.BodyPublishers.ofString(texts.body(who, i))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    counts.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    if (r.statusCode() >= 300) {
                        failures.add(r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertTrue(failures.isEmpty(), () -> failures.size() + " failed, first: " + failures.get(0));
        Map<Integer, Integer> out = new java.util.TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static String article(String text) {
        try {
            return JSON.writeValueAsString(Map.of("title", text.substring(0, Math.min(60, text.length())),
                    "publishedAt", "2023-09-24", "text", text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
