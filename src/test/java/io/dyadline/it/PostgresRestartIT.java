package io.dyadline.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PostgreSQL server stopped under load and started again: while it is down, reads and writes answer 503
 * problem+json with Retry-After within a bounded time and readiness is DOWN; once it is back the service recovers
 * by itself, and no acknowledged write is lost. The server is the Debian cluster named by
 * {@code DYADLINE_TEST_POSTGRES_CLUSTER} ("15 main"), which .ci/run starts.
 */
@EnabledIfEnvironmentVariable(named = ServiceProcess.POSTGRES_URL, matches = ".+")
@EnabledIfEnvironmentVariable(named = "DYADLINE_TEST_POSTGRES_CLUSTER", matches = "\\S+ \\S+")
class PostgresRestartIT extends ServiceChecks {

    @Override
    ServiceProcess.Database database() {
        return ServiceProcess.Database.POSTGRES;
    }

    @Test
    void theServiceAnswers503WhileTheDatabaseIsDownAndRecoversByItself(@TempDir Path dir) throws Exception {
        try (ServiceProcess service = new ServiceProcess(dir, Files.createDirectories(dir.resolve("no-seeds")), database())) {
            service.start();
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> badAnswers = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger slowest = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
                int who = c;
                load.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        long start = System.nanoTime();
                        HttpResponse<String> r = who % 2 == 0
                                ? client.send(HttpRequest.newBuilder(service.uri("/api/articles"))
                                        .header("Content-Type", "application/json")
                                        .header("Authorization", ServiceProcess.editorAuthorization())
                                        .timeout(Duration.ofSeconds(30))
                                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                                article("outage " + who + "-" + i)))).build(),
                                        HttpResponse.BodyHandlers.ofString())
                                : client.send(HttpRequest.newBuilder(service.uri("/api/events?pair=IR-OM"))
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        slowest.accumulateAndGet((int) ((System.nanoTime() - start) / 1_000_000), Math::max);
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 201) {
                            acknowledged.put(JSON.readTree(r.body()).get("id").asLong(), "Talks, outage " + who + "-" + i);
                        } else if (r.statusCode() == 503) {
                            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                                    || r.headers().firstValue("Retry-After").isEmpty()) {
                                badAnswers.add("503 without problem body or Retry-After");
                            }
                        } else if (r.statusCode() != 200) {
                            badAnswers.add(r.statusCode() + " " + r.body());
                        }
                        Thread.sleep(20);
                    }
                    return null;
                });
            }
            Thread.sleep(1500);
            int before = acknowledged.size();
            postgres("stop", "-m", "fast");
            try {
                Thread.sleep(4000);
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(service.uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, ready.statusCode(), "readiness is DOWN while the database is");
                assertTrue(ready.body().contains("DOWN"), ready.body());
                assertTrue(statuses.containsKey(503), "requests answered 503 while the database was down: " + statuses);
            } finally {
                postgres("start");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int afterRestart = acknowledged.size();
            while (acknowledged.size() < afterRestart + 20 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            stop.set(true);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(acknowledged.size() >= afterRestart + 20, "writes succeed again without a restart: " + statuses);
            assertTrue(before > 0);
            assertTrue(badAnswers.isEmpty(), () -> badAnswers.size() + " answers neither 2xx nor 503: " + badAnswers.get(0));
            assertTrue(slowest.get() < 15_000, "no request hung: the slowest took " + slowest.get() + " ms");
            HttpResponse<String> ready = client.send(HttpRequest.newBuilder(service.uri("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
            assertSurvived(service, acknowledged);
            assertEventsAgreeWithArticles(service);
        }
    }

    private static void postgres(String... action) throws Exception {
        String[] cluster = System.getenv("DYADLINE_TEST_POSTGRES_CLUSTER").split(" ");
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", cluster[0], cluster[1]));
        command.addAll(List.of(action));
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pg_ctlcluster " + String.join(" ", action));
        assertEquals(0, p.exitValue(), "pg_ctlcluster " + String.join(" ", action));
    }
}
