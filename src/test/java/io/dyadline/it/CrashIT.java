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

/**
 * A crash (kill -9) loses nothing that was acknowledged, and leaves events and articles agreeing: after writes that
 * were all answered, while concurrent posts are in flight, and during a bulk import. On an H2 file whose URL names
 * no write delay; {@code PostgresCrashIT} runs the same on PostgreSQL.
 */
class CrashIT extends ServiceChecks {

    @Override
    ServiceProcess.Database database() {
        return ServiceProcess.Database.H2;
    }

    @Test
    void threeHundredAcknowledgedPostsSurviveAKill(@TempDir Path dir) throws Exception {
        try (ServiceProcess service = new ServiceProcess(dir, Files.createDirectories(dir.resolve("no-seeds")), database())) {
            service.start();
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger errors = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int who = c;
                done.add(clients.submit(() -> {
                    for (int i = 0; i < 75; i++) {
                        post(service, "report " + who + "-" + i, acknowledged, errors);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            clients.shutdown();
            assertEquals(0, errors.get(), "no post failed");
            assertEquals(300, acknowledged.size());
            service.kill();

            service.start();
            assertSurvived(service, acknowledged);
            assertEquals(300, articleIds(service).size(), "nothing lost, nothing twice");
            assertEventsAgreeWithArticles(service);
        }
    }

    @Test
    void aKillWhilePostsAreInFlightLosesNoAcknowledgedOne(@TempDir Path dir) throws Exception {
        try (ServiceProcess service = new ServiceProcess(dir, Files.createDirectories(dir.resolve("no-seeds")), database())) {
            service.start();
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                int who = c;
                clients.submit(() -> {
                    for (int i = 0; !stop.get() && i < 100_000; i++) {
                        try {
                            post(service, "dispatch " + who + "-" + i, acknowledged, errors);
                        } catch (IOException killed) {
                            return null; // the service is gone: this post was never answered
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 150 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            service.kill();
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
            assertEquals(0, errors.get(), "no post was refused before the kill");
            int acked = acknowledged.size();
            assertTrue(acked >= 150, "posts were acknowledged before the kill: " + acked);

            service.start();
            assertSurvived(service, acknowledged);
            Set<Long> stored = articleIds(service);
            System.out.printf("%s: %d posts acknowledged before the kill, %d stored after it%n", database(), acked,
                    stored.size());
            assertTrue(stored.containsAll(acknowledged.keySet()));
            // an article committed just before the kill may have lost only its answer: at most one per client
            assertTrue(stored.size() <= acked + 4, stored.size() + " stored, " + acked + " acknowledged");
            assertEventsAgreeWithArticles(service);
        }
    }

    @Test
    void aBulkImportKilledMidwayResumesWithEveryLineOnceAndEventsAgreeing(@TempDir Path dir) throws Exception {
        int lines = 3000;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            body.append(JSON.writeValueAsString(article("bulk line " + i))).append('\n');
        }
        try (ServiceProcess service = new ServiceProcess(dir, Files.createDirectories(dir.resolve("no-seeds")), database())) {
            service.start();
            HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(service.uri("/api/articles/bulk"))
                    .header("Content-Type", "application/x-ndjson")
                    .header("Authorization", ServiceProcess.editorAuthorization())
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            long job = JSON.readTree(accepted.body()).get("id").asLong();
            int processed = 0;
            for (int i = 0; i < 1500 && processed == 0; i++) {
                Thread.sleep(10);
                processed = JSON.readTree(get(service, "/api/imports/" + job)).get("processed").asInt();
            }
            assertTrue(processed > 0 && processed < lines, "killed in the middle of the import, after " + processed);
            service.kill();
            System.out.printf("%s: bulk import of %d lines killed after %d%n", database(), lines, processed);

            service.start();
            JsonNode done = null;
            for (int i = 0; i < 1200; i++) {
                done = JSON.readTree(get(service, "/api/imports/" + job));
                if (!done.get("status").asText().equals("RUNNING")) {
                    break;
                }
                Thread.sleep(100);
            }
            assertEquals("DONE", done.get("status").asText(), done.toString());
            assertEquals(lines, done.get("processed").asInt(), done.toString());
            assertEquals(0, done.get("failed").asInt(), done.toString());
            assertEquals(lines, articleIds(service).size(), "every acknowledged line stored once, killed after " + processed);
            assertEventsAgreeWithArticles(service);
        }
    }

    @Test
    void curationAcknowledgedRightBeforeAKillIsKept(@TempDir Path dir) throws Exception {
        try (ServiceProcess service = new ServiceProcess(dir, Files.createDirectories(dir.resolve("no-seeds")), database())) {
            service.start();
            long[] events = new long[3];
            for (int i = 0; i < 3; i++) {
                Map<String, String> article = Map.of("title", "Lima talks " + i, "publishedAt", "2023-0" + (i + 3) + "-15",
                        "text", "Chilean and Peruvian officials met in Lima on Sunday to discuss trade, report " + i + ".");
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(service.uri("/api/articles"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", ServiceProcess.editorAuthorization())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, r.statusCode(), r.body());
                events[i] = JSON.readTree(r.body()).get("events").get(0).get("id").asLong();
            }
            assertEquals(200, curate(service, "POST", "/api/events/" + events[0] + "/confirm", "{}"));
            assertEquals(200, curate(service, "POST", "/api/events/" + events[1] + "/reject", "{\"note\":\"no meeting\"}"));
            assertEquals(200, curate(service, "PATCH", "/api/events/" + events[2], "{\"date\":\"2023-05-20\"}"));
            service.kill();

            service.start();
            assertEquals("CONFIRMED", JSON.readTree(get(service, "/api/events/" + events[0])).at("/curation/state").asText());
            assertEquals("REJECTED", JSON.readTree(get(service, "/api/events/" + events[1])).at("/curation/state").asText());
            JsonNode corrected = JSON.readTree(get(service, "/api/events/" + events[2]));
            assertEquals("CORRECTED", corrected.at("/curation/state").asText());
            assertEquals("2023-05-20", corrected.at("/date/start").asText());
            assertEquals(1, JSON.readTree(get(service, "/api/events/" + events[2] + "/history")).size());
        }
    }

    private int curate(ServiceProcess service, String method, String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(service.uri(path))
                .header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                .header("Authorization", ServiceProcess.adminAuthorization())
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
