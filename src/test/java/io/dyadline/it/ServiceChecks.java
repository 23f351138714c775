package io.dyadline.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service started as its own process, and what tests check of its stored articles and events. */
abstract class ServiceChecks {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] PAIRS = {"Iranian and Omani officials met in Muscat",
            "Chilean and Peruvian officials met in Lima", "Kazakh and Qatari officials met in Astana"};

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The database the service runs on. */
    abstract ServiceProcess.Database database();

    static Map<String, String> article(String tag) {
        String text = PAIRS[Math.floorMod(tag.hashCode(), PAIRS.length)]
                + " on Sunday to discuss trade and energy cooperation, according to " + tag + " of the wire.";
        return Map.of("title", "Talks, " + tag, "publishedAt", "2023-09-24", "text", text);
    }

    void post(ServiceProcess service, String tag, Map<Long, String> acknowledged, AtomicInteger errors)
            throws IOException, InterruptedException {
        Map<String, String> article = article(tag);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(service.uri("/api/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", ServiceProcess.editorAuthorization())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) {
            acknowledged.put(JSON.readTree(r.body()).get("id").asLong(), article.get("title"));
        } else {
            errors.incrementAndGet();
        }
    }

    /** Every acknowledged article is there, with its title and the event it reports. */
    void assertSurvived(ServiceProcess service, Map<Long, String> acknowledged) throws Exception {
        for (Map.Entry<Long, String> a : acknowledged.entrySet()) {
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(service.uri("/api/articles/" + a.getKey()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), "acknowledged article " + a.getKey() + " is gone");
            JsonNode article = JSON.readTree(read.body());
            assertEquals(a.getValue(), article.get("title").asText());
            assertEquals(1, article.get("events").size(), "article " + a.getKey() + " kept its event");
        }
    }

    /** The ids of every stored article, each once. */
    Set<Long> articleIds(ServiceProcess service) throws Exception {
        Set<Long> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode list = JSON.readTree(get(service, "/api/articles?size=500&page=" + page));
            for (JsonNode a : list.get("items")) {
                assertTrue(ids.add(a.get("id").asLong()));
                assertTrue(titles.add(a.get("title").asText()), "stored twice: " + a.get("title").asText());
            }
            if (list.get("items").size() < 500) {
                return ids;
            }
        }
    }

    /**
     * Events and articles agree: the sources of all events are exactly the stored articles (each reports one
     * event), and each article is a source of one event only.
     */
    void assertEventsAgreeWithArticles(ServiceProcess service) throws Exception {
        Set<Long> articles = articleIds(service);
        Map<Long, Integer> sourceOf = new HashMap<>();
        JsonNode events = JSON.readTree(get(service, "/api/events?size=500"));
        assertTrue(events.get("total").asInt() <= PAIRS.length, "one event per pair: " + events.get("total"));
        for (JsonNode e : events.get("items")) {
            JsonNode event = JSON.readTree(get(service, "/api/events/" + e.get("id").asLong()));
            for (JsonNode s : event.get("sources")) {
                sourceOf.merge(s.get("articleId").asLong(), 1, Integer::sum);
            }
        }
        assertEquals(articles, sourceOf.keySet(), "every article reports an event, and no event cites a missing article");
        assertTrue(sourceOf.values().stream().allMatch(n -> n == 1), "each article is the source of one event");
    }

    String get(ServiceProcess service, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(service.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }
}
