package io.dyadline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import io.dyadline.web.Chromium;

import java.io.BufferedWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.dyadline.bench.VolumeBenchmark.load;
import static io.dyadline.bench.VolumeBenchmark.say;

/**
 * The scale phases of {@link VolumeBenchmark} (issue 16): {@code scale-fill} imports the {@link SkewedArchive} in bulk
 * up to {@code --events} (resuming where a kept store left off), {@code scale-read} measures the timeline's reads at
 * {@code --connections}: the histogram for all pairs, the busiest pair and one country, a window of 2,000 events, the
 * start page, and the busiest pair's timeline made ready in Chromium ({@code --page-loads} times).
 */
final class ScaleRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COUNTRY = "IR";

    private final VolumeBenchmark bench;
    private final SkewedArchive archive;

    ScaleRun(VolumeBenchmark bench, long events) {
        this.bench = bench;
        this.archive = new SkewedArchive(events);
    }

    // ---- the fill

    void fill(VolumeBenchmark.Service service) throws Exception {
        Path progress = service.dir.resolve("scale-progress");
        int day = Files.exists(progress) ? Integer.parseInt(Files.readString(progress).strip()) : 0;
        long stored = service.total("/api/events?size=1");
        if (day == 0) {
            check(service);
        }
        int batchEvents = Integer.parseInt(bench.optionOr("scale-batch", "50000"));
        say("scale-fill: skewed archive to %d events (busiest pair %s), %d-sentence articles, batches of about %d "
                + "events; from day %d of %d (newest first); %d events stored; load %s", eventsTotal(),
                SkewedArchive.busiestPair(), SkewedArchive.PER_ARTICLE, batchEvents, day, SkewedArchive.DAYS, stored,
                load());
        long t0 = System.nanoTime();
        double importSeconds = 0;
        long articles = 0;
        long bytes = 0;
        while (day < SkewedArchive.DAYS) {
            Path jsonl = bench.work().resolve("scale-batch.jsonl");
            int first = day;
            long generated = 0;
            try (BufferedWriter out = Files.newBufferedWriter(jsonl)) {
                while (day < SkewedArchive.DAYS && generated < batchEvents) {
                    for (ObjectNode a : archive.articlesOfDay(day)) {
                        out.write(JSON.writeValueAsString(a));
                        out.write('\n');
                    }
                    generated += archive.eventsOnDay(day);
                    day++;
                }
            }
            long size = Files.size(jsonl);
            long s0 = System.nanoTime();
            JsonNode job = service.bulk(jsonl, "scale");
            double s = (System.nanoTime() - s0) / 1e9;
            Files.delete(jsonl);
            importSeconds += s;
            articles += job.path("created").asInt();
            bytes += size;
            long now = service.total("/api/events?size=1");
            Files.writeString(progress, Integer.toString(day));
            say("   days %d-%d (%s back to %s): %d events generated, %d stored (+%d) from %d articles, %.1f MB in %.1f "
                            + "s = %.0f events/s; failed %d; load %s", first, day - 1, SkewedArchive.LAST.minusDays(first),
                    SkewedArchive.LAST.minusDays(day - 1), generated, now, now - stored, job.path("created").asInt(),
                    size / 1e6, s, (now - stored) / s, job.path("failed").asInt(), load());
            stored = now;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        say("   filled: %d events stored, %d articles (%.0f MB) imported in %.0f s of bulk imports (%.0f s wall) = %.0f "
                + "articles/s, %.2f MB/s; %d generated events left out (a day's names ran out); load %s", stored,
                articles, bytes / 1e6, importSeconds, wall, articles / Math.max(importSeconds, 1e-9),
                bytes / 1e6 / Math.max(importSeconds, 1e-9), archive.leftOut, load());
        long v0 = System.nanoTime();
        bench.vacuum();
        say("   store size: %s (%.0f s after the fill)", storeSize(service), (System.nanoTime() - v0) / 1e9);
    }

    private long eventsTotal() {
        long n = 0;
        for (int d = 0; d < SkewedArchive.DAYS; d++) {
            n += archive.eventsOnDay(d);
        }
        return n;
    }

    /** Every sentence of a generated article must be one event, or the store would not reach the count generated. */
    private void check(VolumeBenchmark.Service service) throws Exception {
        ObjectNode sample = archive.articlesOfDay(0).get(0);
        int sentences = sample.path("text").asText().split("\n\n").length;
        JsonNode found = service.extract(sample);
        if (found.path("events").size() != sentences) {
            throw new IllegalStateException("A generated article of " + sentences + " sentences yields "
                    + found.path("events").size() + " events: " + found);
        }
    }

    String storeSize(VolumeBenchmark.Service service) throws Exception {
        try (java.sql.Connection pg = bench.postgres()) {
            if (pg != null) {
                try (var rs = pg.createStatement().executeQuery("select pg_database_size(current_database()), "
                        + "pg_total_relation_size('event'), pg_total_relation_size('event_evidence'), "
                        + "pg_total_relation_size('article')")) {
                    rs.next();
                    return String.format(java.util.Locale.ROOT, "PostgreSQL database %.0f MB (event %.0f MB, "
                                    + "event_evidence %.0f MB, article %.0f MB, each with its indexes)",
                            rs.getLong(1) / 1e6, rs.getLong(2) / 1e6, rs.getLong(3) / 1e6, rs.getLong(4) / 1e6);
                }
            }
        }
        long size = 0;
        try (Stream<Path> files = Files.walk(service.dir.resolve("db"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                size += Files.size(p);
            }
        }
        return String.format(java.util.Locale.ROOT, "H2 files %.0f MB", size / 1e6);
    }

    // ---- the reads

    void read(VolumeBenchmark.Service service) throws Exception {
        String busy = SkewedArchive.busiestPair();
        long total = service.total("/api/events?size=1");
        long busyTotal = service.total("/api/events?size=1&pair=" + busy);
        long countryTotal = service.total("/api/events?size=1&country=" + COUNTRY);
        long pairs = service.total("/api/pairs?size=1");
        say("scale-read: %d events in %d pairs; %s %d; country=%s %d; store %s; load %s", total, pairs, busy, busyTotal,
                COUNTRY, countryTotal, storeSize(service), load());
        List<LocalDate[]> windows = windows(service, busy, 2000);
        LocalDate[] window = windows.get(0);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("histogram all pairs, year", "/api/events/histogram?interval=year&by=pair");
        queries.put("histogram all pairs, month", "/api/events/histogram?interval=month&by=pair");
        queries.put("histogram " + busy + ", month", "/api/events/histogram?pair=" + busy + "&interval=month&by=pair");
        queries.put("histogram " + busy + ", month, by pair,sector", "/api/events/histogram?pair=" + busy
                + "&interval=month&by=pair,sector");
        queries.put("histogram " + busy + ", day", "/api/events/histogram?pair=" + busy + "&interval=day&by=pair");
        queries.put("histogram country=" + COUNTRY + ", month", "/api/events/histogram?country=" + COUNTRY
                + "&interval=month&by=pair");
        queries.put("window of 2,000 (" + busy + ")", windowPath(busy, window));
        queries.put("activity " + busy, "/api/pairs/" + busy + "/activity?by=month");
        queries.put("start page /", "/");
        queries.put("timeline page HTML", "/timeline?pair=" + busy);
        // --only REGEX: measure only the queries whose names match (to iterate on a few)
        String only = bench.optionOr("only", "");
        if (!only.isEmpty()) {
            java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(only);
            queries.keySet().removeIf(name -> !wanted.matcher(name).find());
        }
        // the first answer after the start: nothing of these is remembered yet
        say("   first request of each (after the service's start, one at a time; Accept-Encoding: %s):",
                bench.optionOr("accept-encoding", "gzip"));
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            long s0 = System.nanoTime();
            HttpResponse<byte[]> r = service.http.send(service.reader(q.getValue()).timeout(Duration.ofMinutes(5))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            double ms = (System.nanoTime() - s0) / 1e6;
            String coding = r.headers().firstValue("Content-Encoding").orElse("identity");
            long written = r.body().length;
            if (coding.equals("gzip")) {
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                    written = in.readAllBytes().length;
                }
            }
            say("   %-44s %8.0f ms  %s, %,d bytes on the wire (%s), %,d as written", q.getKey(), ms, r.statusCode(),
                    r.body().length, coding, written);
            if (r.statusCode() != 200) {
                refused.add(q.getKey());
            }
        }
        refused.forEach(queries::remove);
        pageReady(service, busy);
        int connections = Integer.parseInt(bench.option("connections"));
        int requests = Integer.parseInt(bench.option("requests"));
        Duration limit = Duration.ofSeconds(Long.parseLong(bench.option("seconds")));
        for (String path : queries.values()) {
            VolumeBenchmark.Load.run(service, path, connections, connections * 4, Duration.ofSeconds(30));
        }
        say("   repeated (warm: answers remembered until events change), %d connections, up to %d requests or %d s:",
                connections, requests, limit.toSeconds());
        say("   %-44s %8s %8s %8s %8s %7s  %s", "query", "p50 ms", "p99 ms", "max ms", "req/s", "n", "load");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            report(q.getKey(), VolumeBenchmark.Load.run(service, q.getValue(), connections, requests, limit));
        }
        // each request a different one, so that nothing is remembered: a 'to' past every event changes no count
        int once = Math.min(requests, Integer.parseInt(bench.optionOr("once", "200")));
        if (once == 0) {
            return;
        }
        Map<String, List<String>> cold = new LinkedHashMap<>();
        cold.put("histogram all pairs, year", distinct("/api/events/histogram?interval=year&by=pair", once));
        cold.put("histogram " + busy + ", month, by pair,sector", distinct("/api/events/histogram?pair=" + busy
                + "&interval=month&by=pair,sector", once));
        cold.put("histogram country=" + COUNTRY + ", month", distinct("/api/events/histogram?country=" + COUNTRY
                + "&interval=month&by=pair", once));
        List<String> windowPaths = new ArrayList<>();
        for (LocalDate[] w : windows.subList(1, Math.min(windows.size(), once + 1))) {
            windowPaths.add(windowPath(busy, w));
        }
        cold.put("window of 2,000 (" + busy + "), each another", windowPaths);
        say("   asked once each (every request another, nothing remembered), up to %d requests or %d s:", once,
                limit.toSeconds());
        for (Map.Entry<String, List<String>> q : cold.entrySet()) {
            try {
                report(q.getKey(), VolumeBenchmark.Load.run(service, q.getValue(), connections, q.getValue().size(),
                        limit));
            } catch (java.util.concurrent.ExecutionException e) {
                // 32 different counts of all events at once can outlast the client's 60 s
                say("   %-44s failed: %s; load %s", q.getKey(), e.getCause(), load());
            }
        }
    }

    private static void report(String name, VolumeBenchmark.Load.Result r) {
        say("   %-44s %8.1f %8.1f %8.1f %8.0f %7d  %s", name, r.percentile(50), r.percentile(99), r.percentile(100),
                r.perSecond(), r.count(), load());
    }

    private static List<String> distinct(String path, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(path + "&to=" + SkewedArchive.LAST.plusDays(1 + i));
        }
        return out;
    }

    private static String windowPath(String pair, LocalDate[] w) {
        return "/timeline/events?pair=" + pair + "&from=" + w[0] + "&to=" + w[1] + "&limit=5000";
    }

    /** Windows of consecutive days holding at least {@code size} events of the pair, from random first days. */
    private static List<LocalDate[]> windows(VolumeBenchmark.Service service, String pair, int size) throws Exception {
        JsonNode buckets = service.get("/api/events/histogram?pair=" + pair + "&interval=day&by=pair").path("buckets");
        List<LocalDate> days = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        buckets.forEach(b -> {
            days.add(LocalDate.parse(b.path("start").asText()));
            counts.add(b.path("count").asLong());
        });
        Random random = new Random(16);
        List<LocalDate[]> out = new ArrayList<>();
        for (int tries = 0; out.size() < 1001 && tries < 10_000; tries++) {
            int i = random.nextInt(days.size());
            long n = 0;
            int j = i;
            while (j < days.size() && n < size) {
                n += counts.get(j++);
            }
            if (n >= size) {
                out.add(new LocalDate[]{days.get(i), days.get(j - 1)});
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(pair + " has fewer than " + size + " events");
        }
        return out;
    }

    /**
     * The busiest pair's timeline in Chromium, from navigation to ready: the page has drawn its first view from the
     * histogram, loaded the events of the window if few enough, and states the window ({@code data-window-*}).
     */
    private void pageReady(VolumeBenchmark.Service service, String pair) throws Exception {
        if (!Chromium.available()) {
            say("   timeline in Chromium: skipped, %s is missing", Chromium.EXECUTABLE);
            return;
        }
        int loads = Integer.parseInt(bench.optionOr("page-loads", "9"));
        double[] ms = new double[loads];
        String caption = "";
        String figures = "";
        try (Chromium chromium = Chromium.launch()) {
            for (int i = 0; i < loads; i++) {
                Page page = chromium.anonymousPage();
                long t0 = System.nanoTime();
                page.navigate(service.uri("/timeline?pair=" + pair).toString());
                page.waitForFunction("() => document.getElementById('timeline').dataset.ready === 'true'"
                        + " && !!document.getElementById('chart').dataset.windowStart", null,
                        new Page.WaitForFunctionOptions().setTimeout(120_000).setPollingInterval(10));
                ms[i] = (System.nanoTime() - t0) / 1e6;
                page.waitForFunction("() => document.getElementById('chart-caption').textContent.length > 0");
                caption = page.textContent("#chart-caption");
                figures = String.valueOf(page.evaluate("() => { const d = document.getElementById('timeline').dataset;"
                        + " return 'histogram ' + d.histogramMs + ' ms, first draw ' + d.firstRenderMs + ' ms, loaded in '"
                        + " + d.loadMs + ' ms; window ' + document.getElementById('chart').dataset.windowStart + ' to '"
                        + " + document.getElementById('chart').dataset.windowEnd; }"));
                page.close();
            }
        }
        double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        say("   timeline?pair=%s ready in Chromium: first load %.0f ms; the next %d: median %.0f ms, worst %.0f ms "
                        + "(all: %s); caption \"%s\"; page's own figures (last load): %s; load %s", pair, ms[0],
                warm.length, warm.length == 0 ? Double.NaN : warm[warm.length / 2],
                warm.length == 0 ? Double.NaN : warm[warm.length - 1], Arrays.toString(Arrays.stream(ms)
                        .map(Math::rint).toArray()), caption, figures, load());
    }
}
