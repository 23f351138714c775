package io.dyadline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Volume benchmark of the packaged service (issue 6): bulk import of Reuters-21578, single posts from 4 clients, and
 * read latencies at 100,000+ events. It starts target/quarkus-app/quarkus-run.jar as a separate JVM on a free port
 * with a fresh database, talks to it over HTTP on localhost only, and stops it at the end. Not part of the build.
 * <pre>
 * ./mvnw -DskipTests package
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath io.dyadline.bench.VolumeBenchmark"
 * </pre>
 * Options: {@code --corpus DIR} (../shared/corpora/reuters21578), {@code --xmx 768m} (the service heap),
 * {@code --events 100000} (events to reach before the read test), {@code --requests 2000} (per read query, bounded
 * also by {@code --seconds 20}), {@code --connections 32}, {@code --singles 3000} (stories posted one by one),
 * {@code --phases bulk,single,read,mixed} (mixed: 60 s of reads and writes, {@code --mixed-seconds}), {@code --jar PATH},
 * {@code --accept-encoding gzip} (what the reads accept, as a browser; {@code identity} for answers as written), {@code --keep true} (keep the temp dir with the database and log), and for PostgreSQL {@code --pg JDBC_URL} with
 * {@code --pg-user}/{@code --pg-password} (dyadline/dyadline); the jar must then be built with
 * {@code -Dquarkus.profile=pg}, and the benchmark wipes that database (Flyway clean) at each start.
 */
public final class VolumeBenchmark {

    private static final String PASSWORD = "volume-benchmark";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> options;
    private final Path work;

    private VolumeBenchmark(Map<String, String> options) throws IOException {
        this.options = options;
        // --store keeps the databases of its services there, to measure again without filling again
        this.work = options.containsKey("store") ? Files.createDirectories(Path.of(options.get("store")))
                : Files.createTempDirectory("dyadline-bench");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("corpus", "../shared/corpora/reuters21578");
        options.put("xmx", "768m");
        options.put("events", "100000");
        options.put("requests", "2000");
        options.put("seconds", "20");
        options.put("connections", "32");
        options.put("singles", "3000");
        options.put("phases", "bulk,single,read");
        options.put("jar", "target/quarkus-app/quarkus-run.jar");
        options.put("pg-user", "dyadline");
        options.put("pg-password", "dyadline");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options are --name value: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        VolumeBenchmark benchmark = new VolumeBenchmark(options);
        try {
            benchmark.run();
        } finally {
            if (!options.containsKey("store") && !Boolean.parseBoolean(options.getOrDefault("keep", "false"))) {
                try (Stream<Path> files = Files.walk(benchmark.work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } else {
                say("kept %s", benchmark.work);
            }
        }
    }

    private void run() throws Exception {
        List<String> phases = Arrays.asList(options.get("phases").split(","));
        say("Dyadline volume benchmark; database: %s; service -Xmx%s; %d cores; load %s", database(), options.get("xmx"),
                Runtime.getRuntime().availableProcessors(), load());
        if (phases.contains("scale-fill") || phases.contains("scale-read")) {
            ScaleRun scale = new ScaleRun(this, Long.parseLong(options.get("events")));
            Service stopped;
            try (Service service = new Service("scale")) {
                stopped = service;
                if (phases.contains("scale-fill")) {
                    scale.fill(service);
                }
                if (phases.contains("scale-read")) {
                    scale.read(service);
                }
                say("peak RSS of the service: VmHWM %d MB", service.hwmKb() / 1024);
            }
            say("store after the stop: %s", scale.storeSize(stopped));
            if (phases.stream().allMatch(p -> p.startsWith("scale-"))) {
                return;
            }
        }
        List<ReutersCorpus.Story> stories = ReutersCorpus.read(Path.of(options.get("corpus")));
        say("Reuters-21578: %d stories with text", stories.size());
        if (phases.contains("bulk") || phases.contains("read")) {
            try (Service service = new Service("bulk")) {
                if (phases.contains("bulk")) {
                    bulkReuters(service, stories);
                }
                if (phases.contains("read")) {
                    fill(service, Integer.parseInt(options.get("events")));
                    vacuum();
                    read(service);
                }
                say("peak RSS of the service: VmHWM %d MB (sampled VmRSS max %d MB)", service.hwmKb() / 1024,
                        service.memory.maxRssKb.get() / 1024);
            }
        }
        if (phases.contains("mixed")) {
            try (Service service = new Service("mixed")) {
                mixed(service, stories);
                say("peak RSS of the service: VmHWM %d MB", service.hwmKb() / 1024);
            }
        }
        if (phases.contains("single")) {
            try (Service service = new Service("single")) {
                singles(service, stories.subList(0, Math.min(stories.size(), Integer.parseInt(options.get("singles")))));
                say("peak RSS of the service: VmHWM %d MB", service.hwmKb() / 1024);
            }
        }
    }

    // ---- a. bulk import of Reuters

    private void bulkReuters(Service service, List<ReutersCorpus.Story> stories) throws Exception {
        Path jsonl = work.resolve("reuters.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(jsonl)) {
            for (ReutersCorpus.Story s : stories) {
                out.write(JSON.writeValueAsString(article(s)));
                out.write('\n');
            }
        }
        for (int round = 1; round <= 1; round++) {
            String loadBefore = load();
            long t0 = System.nanoTime();
            JsonNode job = service.bulk(jsonl, "reuters");
            double s = (System.nanoTime() - t0) / 1e9;
            int created = job.path("created").asInt();
            say("a. bulk import of Reuters: %d lines, %d new, %d duplicates, %d failed in %.1f s = %.0f articles/s "
                            + "(%.0f lines/s); status %s; load before %s, after %s", job.path("total").asInt(), created,
                    job.path("duplicates").asInt(), job.path("failed").asInt(), s, created / s,
                    job.path("processed").asInt() / s, job.path("status").asText(), loadBefore, load());
        }
        say("   events found in Reuters: %d; pairs: %d; RSS now %d MB, VmHWM %d MB", service.total("/api/events?size=1"),
                service.total("/api/pairs?size=1"), service.rssKb() / 1024, service.hwmKb() / 1024);
    }

    private static ObjectNode article(ReutersCorpus.Story s) {
        ObjectNode a = JSON.createObjectNode();
        a.put("title", s.title());
        a.put("publishedAt", s.date() == null ? null : s.date().toString());
        a.put("source", "Reuters");
        a.put("text", s.text());
        return a;
    }

    // ---- b. single posts from 4 clients

    private void singles(Service service, List<ReutersCorpus.Story> stories) throws Exception {
        int clients = 4;
        // a short warm-up on other stories than those measured
        List<ReutersCorpus.Story> warm = stories.subList(0, Math.min(200, stories.size() / 10));
        List<ReutersCorpus.Story> measured = stories.subList(warm.size(), stories.size());
        post(service, warm, clients);
        String loadBefore = load();
        long t0 = System.nanoTime();
        int created = post(service, measured, clients);
        double s = (System.nanoTime() - t0) / 1e9;
        say("b. single posts, %d clients: %d articles (%d new) in %.1f s = %.0f articles/s; load before %s, after %s",
                clients, measured.size(), created, s, measured.size() / s, loadBefore, load());
    }

    private int post(Service service, List<ReutersCorpus.Story> stories, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < stories.size()) {
                    int status = service.postArticle(JSON.writeValueAsString(article(stories.get(i))));
                    if (status == 201) {
                        created.incrementAndGet();
                    } else if (status != 200) {
                        throw new IllegalStateException("POST /api/articles answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return created.get();
    }

    // ---- d. mixed reads and writes for a fixed time

    /**
     * A closed-loop mix at {@code --connections} connections for {@code --mixed-seconds} (60): three in four requests
     * read (event lists with filters, one event, pairs, sectors, articles), the rest write (new articles, the same
     * article again, the extractor). Every answer must be the one expected (200, or 201 for a new article): any other
     * status or a failed exchange counts as an error.
     */
    private void mixed(Service service, List<ReutersCorpus.Story> stories) throws Exception {
        int preload = Math.min(2000, stories.size() / 2);
        Path jsonl = work.resolve("mixed-preload.jsonl");
        try (var out = Files.newBufferedWriter(jsonl)) {
            for (ReutersCorpus.Story story : stories.subList(0, preload)) {
                out.write(JSON.writeValueAsString(article(story)));
                out.write('\n');
            }
        }
        service.bulk(jsonl, "mixed-preload");
        List<ReutersCorpus.Story> fresh = stories.subList(preload, stories.size());
        String pair = service.get("/api/pairs?size=1").path("items").path(0).path("pair").asText("FR-US");
        long someEvent = service.get("/api/events?size=1").path("items").path(0).path("id").asLong(1);
        List<String> reads = List.of("/api/events", "/api/events?pair=" + pair, "/api/events?country=US&sector=trade",
                "/api/events?type=MEETING&from=1987-01-01&to=1987-12-31", "/api/events?q=talks&sort=-date",
                "/api/events/" + someEvent, "/api/pairs", "/api/sectors", "/api/articles?page=3", "/api/events?page=20");
        int connections = Integer.parseInt(options.get("connections"));
        Duration length = Duration.ofSeconds(Long.parseLong(options.getOrDefault("mixed-seconds", "60")));
        AtomicInteger nextStory = new AtomicInteger();
        Map<String, List<Long>> times = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new java.util.concurrent.ConcurrentHashMap<>();
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> done = new ArrayList<>();
        String loadBefore = load();
        long t0 = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            long seed = c;
            done.add(pool.submit(() -> {
                java.util.Random random = new java.util.Random(seed);
                while (System.nanoTime() < deadline) {
                    int dice = random.nextInt(100);
                    String kind;
                    HttpRequest request;
                    java.util.Set<Integer> expected;
                    if (dice < 75) {
                        kind = "read";
                        request = HttpRequest.newBuilder(service.uri(reads.get(random.nextInt(reads.size()))))
                                .timeout(Duration.ofSeconds(60)).build();
                        expected = java.util.Set.of(200);
                    } else if (dice < 90) {
                        int i = nextStory.getAndIncrement() % fresh.size();
                        kind = "new article";
                        request = service.editor("/api/articles").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article(fresh.get(i))))).build();
                        expected = java.util.Set.of(201, 200);
                    } else if (dice < 95) {
                        kind = "same article again";
                        request = service.editor("/api/articles").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                        article(stories.get(random.nextInt(preload)))))).build();
                        expected = java.util.Set.of(200);
                    } else {
                        kind = "extract";
                        request = HttpRequest.newBuilder(service.uri("/api/extract")).timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                        article(stories.get(random.nextInt(preload)))))).build();
                        expected = java.util.Set.of(200);
                    }
                    long s0 = System.nanoTime();
                    try {
                        int status = service.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (!expected.contains(status)) {
                            errors.computeIfAbsent(kind + " " + status, k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    }
                    times.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - s0);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long all = times.values().stream().mapToLong(List::size).sum();
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        say("d. mixed load, %d connections for %.0f s: %d requests (%.0f/s), %d errors %s; load before %s, after %s",
                connections, seconds, all, all / seconds, errorCount, errors, loadBefore, load());
        for (Map.Entry<String, List<Long>> e : new java.util.TreeMap<>(times).entrySet()) {
            long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            Load.Result r = new Load.Result(sorted, seconds);
            say("   %-20s %7d requests  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms", e.getKey(), sorted.length,
                    r.percentile(50), r.percentile(99), r.percentile(100));
        }
    }

    // ---- c. synthetic events, then read latencies

    private static final String[] COUNTRIES = {"France", "Germany", "Japan", "India", "Brazil", "Chile", "Egypt",
            "Kenya", "Iran", "Russia", "China", "Mexico", "Canada", "Italy", "Spain", "Poland", "Greece", "Norway",
            "Sweden", "Finland", "Argentina", "Peru", "Colombia", "Nigeria", "Ghana", "Ethiopia", "Morocco", "Algeria",
            "Tunisia", "Vietnam", "Thailand", "Indonesia", "Malaysia", "Singapore", "Australia", "Pakistan",
            "Bangladesh", "Qatar", "Oman", "Austria"};
    private static final String[] SECTORS = {"trade", "energy", "defense", "agriculture", "telecommunications",
            "health", "education", "transport", "finance", "space"};
    private static final LocalDate BASE = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 3650;
    private static final int[][] PAIRS = pairs(COUNTRIES.length);

    private static int[][] pairs(int n) {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                out.add(new int[]{a, b});
            }
        }
        return out.toArray(new int[0][]);
    }

    /**
     * A generated article of five sentences, each stating one event (agreement, call, planned meeting, working group,
     * announcement). Per sentence the (pair, day) is unique over the first 284,700 articles, so nothing merges.
     */
    static ObjectNode synthetic(int i) {
        int day = (int) ((i * 7919L) % DAYS);
        LocalDate date = BASE.plusDays(day);
        String[] sentences = new String[5];
        for (int j = 0; j < 5; j++) {
            int[] p = PAIRS[(i + j * 156) % PAIRS.length];
            String a = COUNTRIES[p[0]];
            String b = COUNTRIES[p[1]];
            String sector = SECTORS[(i + j) % SECTORS.length];
            sentences[j] = switch (j) {
                case 0 -> a + " and " + b + " signed a " + sector + " agreement on " + day(date) + ".";
                case 1 -> a + " and " + b + " held a phone call on " + day(date) + " about " + sector + ".";
                case 2 -> "The foreign ministers of " + a + " and " + b + " will hold talks on " + sector + " on "
                        + day(date.plusDays(20)) + ".";
                case 3 -> a + " and " + b + " launched a joint working group on " + sector + " on " + day(date) + ".";
                default -> a + " and " + b + " announced a plan for " + sector + " cooperation on " + day(date) + ".";
            };
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("title", "Bilateral digest " + i);
        o.put("publishedAt", date.plusDays(1).toString());
        o.put("source", "Synthetic");
        o.put("text", String.join(" ", sentences));
        return o;
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + " " + d.getYear();
    }

    private void fill(Service service, int target) throws Exception {
        JsonNode sample = service.extract(synthetic(0));
        int perArticle = sample.path("events").size();
        say("c. synthetic articles yield %d events each (POST /api/extract on the first one)", perArticle);
        if (perArticle == 0) {
            throw new IllegalStateException("The synthetic article yields no events: " + sample);
        }
        long events = service.total("/api/events?size=1");
        int next = 0;
        long t0 = System.nanoTime();
        int articles = 0;
        while (events < target) {
            int count = (int) Math.min(20_000, (target - events) / perArticle + 1);
            Path jsonl = work.resolve("synthetic-" + next + ".jsonl");
            try (BufferedWriter out = Files.newBufferedWriter(jsonl)) {
                for (int i = next; i < next + count; i++) {
                    out.write(JSON.writeValueAsString(synthetic(i)));
                    out.write('\n');
                }
            }
            JsonNode job = service.bulk(jsonl, "synthetic");
            Files.delete(jsonl);
            next += count;
            articles += job.path("created").asInt();
            long now = service.total("/api/events?size=1");
            if (now == events) {
                throw new IllegalStateException("A synthetic batch added no events: " + job);
            }
            events = now;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        say("   filled to %d events with %d synthetic articles in %.1f s (%.0f articles/s); load %s", events, articles, s,
                articles / Math.max(s, 1e-9), load());
    }

    /**
     * On PostgreSQL, what autovacuum does some time after a large import, done at once so that it does not run during
     * the measurements: table statistics for the planner and the visibility map for index-only scans.
     */
    void vacuum() throws Exception {
        if (!options.containsKey("pg")) {
            return;
        }
        long t0 = System.nanoTime();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(options.get("pg"), options.get("pg-user"),
                options.get("pg-password")); java.sql.Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE)");
        }
        say("   VACUUM (ANALYZE) after the import: %.1f s", (System.nanoTime() - t0) / 1e9);
    }

    private void read(Service service) throws Exception {
        JsonNode pairs = service.get("/api/pairs?size=1");
        String pair = pairs.path("items").path(0).path("pair").asText("FR-DE");
        String country = pair.substring(0, 2);
        long total = service.total("/api/events?size=1");
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("events (no filter)", "/api/events");
        queries.put("pair=" + pair, "/api/events?pair=" + pair);
        queries.put("country=" + country, "/api/events?country=" + country);
        queries.put("sector=energy", "/api/events?sector=energy");
        queries.put("type=CALL", "/api/events?type=CALL");
        queries.put("status=PLANNED", "/api/events?status=PLANNED");
        queries.put("from/to one month", "/api/events?from=2019-03-01&to=2019-03-31");
        queries.put("q=telecommunications", "/api/events?q=" + URLEncoder.encode("telecommunications", StandardCharsets.UTF_8));
        queries.put("q=agreement ghana", "/api/events?q=" + URLEncoder.encode("agreement ghana", StandardCharsets.UTF_8));
        queries.put("sort=-date", "/api/events?sort=-date");
        queries.put("page=999&size=50", "/api/events?page=999&size=50");
        queries.put("page=999&size=50&sort=-date", "/api/events?page=999&size=50&sort=-date");
        queries.put("country+sector+from", "/api/events?country=" + country + "&sector=trade&from=2018-01-01");
        queries.put("pairs", "/api/pairs");
        queries.put("sectors", "/api/sectors");
        int connections = Integer.parseInt(options.get("connections"));
        int requests = Integer.parseInt(options.get("requests"));
        Duration limit = Duration.ofSeconds(Long.parseLong(options.get("seconds")));
        int warmUp = connections * 16;
        say("c. reads at %d events, %d connections, up to %d requests or %d s per query (after a warm-up round of %d "
                + "requests per query, so that every query is measured on a JIT-compiled service)",
                total, connections, requests, limit.toSeconds(), warmUp);
        for (String path : queries.values()) {
            Load.run(service, path, connections, warmUp, Duration.ofSeconds(30));
        }
        say("   %-30s %8s %8s %8s %8s %7s %10s  %s", "query", "p50 ms", "p99 ms", "max ms", "req/s", "n", "total", "load");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            long matches = service.total(q.getValue());
            Load.Result r = Load.run(service, q.getValue(), connections, requests, limit);
            say("   %-30s %8.1f %8.1f %8.1f %8.0f %7d %10d  %s", q.getKey(), r.percentile(50), r.percentile(99),
                    r.percentile(100), r.perSecond(), r.count(), matches, load());
        }
        coldReads(service, connections, requests, limit);
    }

    /**
     * Queries that are each asked once (the service remembers the pages and totals of a query until events change,
     * so the repeated queries above mostly measure that): every request a different page, a different pair and month,
     * a different set of words.
     */
    /**
     * The cursors of as many pages as requests, spread over the whole list, in shuffled order. The walk that finds
     * them reads pages of 50; the requests ask for 49, so the service has not seen them.
     */
    private static List<String> cursors(Service service, int requests) throws Exception {
        List<String> all = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = service.get("/api/events?size=50" + (next == null ? "" : "&after=" + next));
            next = page.path("next").isTextual() ? page.path("next").asText() : null;
            if (next != null) {
                all.add("/api/events?size=49&after=" + next);
            }
        } while (next != null);
        java.util.Collections.shuffle(all, new Random(7));
        return all.subList(0, Math.min(requests, all.size()));
    }

    private void coldReads(Service service, int connections, int requests, Duration limit) throws Exception {
        Random random = new Random(6);
        List<String> pairs = new ArrayList<>();
        for (int page = 0; pairs.size() < 2000; page++) {
            JsonNode items = service.get("/api/pairs?size=500&page=" + page).path("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(p -> pairs.add(p.path("pair").asText()));
        }
        Map<String, List<String>> cold = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>();
        List<String> pairMonths = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            pages.add("/api/events?page=" + (i * 7 % 2000) + (i % 2 == 0 ? "" : "&sort=-date"));
            LocalDate month = BASE.plusMonths(random.nextInt(120));
            pairMonths.add("/api/events?pair=" + pairs.get(random.nextInt(pairs.size())) + "&from=" + month
                    + "&to=" + month.plusMonths(1).minusDays(1));
            words.add("/api/events?q=" + URLEncoder.encode(COUNTRIES[random.nextInt(COUNTRIES.length)] + " "
                    + COUNTRIES[random.nextInt(COUNTRIES.length)] + " " + SECTORS[i % SECTORS.length], StandardCharsets.UTF_8));
        }
        cold.put("cold: page 0-1999, each once", pages);
        cold.put("cold: after= cursor, each once", cursors(service, requests));
        cold.put("cold: pair + one month", pairMonths);
        cold.put("cold: q=two countries+sector", words);
        say("c. reads asked once each (%d different requests per row; the service has not seen them before)", requests);
        say("   %-30s %8s %8s %8s %8s %7s", "query", "p50 ms", "p99 ms", "max ms", "req/s", "n");
        for (Map.Entry<String, List<String>> q : cold.entrySet()) {
            Load.Result r = Load.run(service, q.getValue(), connections, requests, limit);
            say("   %-30s %8.1f %8.1f %8.1f %8.0f %7d  %s", q.getKey(), r.percentile(50), r.percentile(99),
                    r.percentile(100), r.perSecond(), r.count(), load());
        }
    }

    /** A closed-loop load generator: each connection sends its next request when the answer arrives. */
    static final class Load {
        record Result(long[] nanos, double seconds) {
            int count() {
                return nanos.length;
            }

            double percentile(int p) {
                if (nanos.length == 0) {
                    return Double.NaN;
                }
                int i = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
                return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
            }

            double perSecond() {
                return nanos.length / seconds;
            }
        }

        static Result run(Service service, String path, int connections, int requests, Duration limit) throws Exception {
            return run(service, List.of(path), connections, requests, limit);
        }

        /** Each request takes the next path of the list, round and round. */
        static Result run(Service service, List<String> paths, int connections, int requests, Duration limit)
                throws Exception {
            AtomicInteger issued = new AtomicInteger();
            long deadline = System.nanoTime() + limit.toNanos();
            long[] times = new long[requests];
            AtomicInteger recorded = new AtomicInteger();
            AtomicLong failures = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(connections);
            List<Future<?>> done = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < connections; c++) {
                done.add(pool.submit(() -> {
                    int n;
                    while ((n = issued.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                        String path = paths.get(n % paths.size());
                        HttpRequest request = service.reader(path).timeout(Duration.ofSeconds(60)).build();
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = service.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t = System.nanoTime() - s;
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        times[recorded.getAndIncrement()] = t;
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                // also when a request failed: the pool's threads would keep the JVM (and the build lock) alive
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (failures.get() > 0) {
                throw new IllegalStateException(failures.get() + " requests to " + paths.get(0) + "… failed");
            }
            long[] sorted = Arrays.copyOf(times, recorded.get());
            Arrays.sort(sorted);
            return new Result(sorted, seconds);
        }
    }

    // ---- the service under test

    String option(String name) {
        return options.get(name);
    }

    String optionOr(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    Path work() {
        return work;
    }

    /** A connection to the PostgreSQL database under test, or null on H2. */
    java.sql.Connection postgres() throws java.sql.SQLException {
        return options.containsKey("pg") ? java.sql.DriverManager.getConnection(options.get("pg"),
                options.get("pg-user"), options.get("pg-password")) : null;
    }

    String database() {
        return options.containsKey("pg") ? "PostgreSQL " + options.get("pg") : "H2 file (WRITE_DELAY=0) in a temp dir";
    }

    /** The packaged service in its own JVM, with a fresh database, and a sampler of its resident memory. */
    final class Service implements AutoCloseable {
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final int port;
        final Process process;
        final Memory memory;
        final Path dir;

        Service(String name) throws Exception {
            dir = Files.createDirectories(work.resolve(name));
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path jar = Path.of(options.get("jar")).toAbsolutePath();
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build it with ./mvnw -DskipTests package");
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + options.get("xmx"),
                    "-Dquarkus.http.port=" + port,
                    "-Ddyadline.seeds.dir=" + dir.resolve("no-seeds"),
                    "-Ddyadline.imports.spool-dir=" + dir.resolve("spool"),
                    "-Ddyadline.imports.root=" + dir.resolve("imports"),
                    "-Ddyadline.editor-password=" + PASSWORD));
            if (options.containsKey("pg")) {
                command.addAll(List.of("-Dquarkus.profile=pg",
                        "-Dquarkus.datasource.jdbc.url=" + options.get("pg"),
                        "-Dquarkus.datasource.username=" + options.get("pg-user"),
                        "-Dquarkus.datasource.password=" + options.get("pg-password")));
                if (Boolean.parseBoolean(options.getOrDefault("fresh", Boolean.toString(!options.containsKey("store"))))) {
                    // a fresh database at each start: the benchmark's own database is wiped
                    command.addAll(List.of("-Dquarkus.flyway.clean-at-start=true", "-Dquarkus.flyway.clean-disabled=false"));
                }
            } else {
                command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + dir.resolve("db/dyadline")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            }
            for (String extra : options.getOrDefault("service-args", "").split(" ")) {
                if (!extra.isBlank()) {
                    command.add(extra);
                }
            }
            command.addAll(List.of("-jar", jar.toString()));
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("service.log").toFile()).start();
            memory = new Memory(process.pid());
            long t0 = System.nanoTime();
            long deadline = t0 + Duration.ofSeconds(120).toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The service exited: " + Files.readString(dir.resolve("service.log")));
                }
                try {
                    if (http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The service did not become ready in 120 s");
                }
                Thread.sleep(200);
            }
            say("service '%s' (pid %d) ready on port %d in %.1f s", name, process.pid(), port, (System.nanoTime() - t0) / 1e9);
            memory.start();
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        /**
         * A read as a browser asks it: with {@code Accept-Encoding: gzip} (as {@code --accept-encoding} says; "identity"
         * asks for answers as written), so that what is measured is what crosses the wire to a browser.
         */
        HttpRequest.Builder reader(String path) {
            return HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", options.getOrDefault("accept-encoding",
                    "gzip"));
        }

        HttpRequest.Builder editor(String path) {
            return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(30)).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }

        JsonNode bulk(Path jsonl, String name) throws Exception {
            HttpResponse<String> r = http.send(editor("/api/articles/bulk?wait=true&name=" + name)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(jsonl)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Bulk import answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        }

        int postArticle(String json) throws Exception {
            return http.send(editor("/api/articles").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        JsonNode extract(ObjectNode article) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/extract"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        }

        long total(String path) throws Exception {
            return get(path).path("total").asLong();
        }

        long rssKb() {
            return Memory.status(process.pid(), "VmRSS:");
        }

        long hwmKb() {
            return Memory.status(process.pid(), "VmHWM:");
        }

        @Override
        public void close() throws Exception {
            memory.interrupt();
            long t0 = System.nanoTime();
            process.destroy();
            // H2 compacts its file at a clean stop: minutes for a store of a million events (--stop-seconds)
            if (!process.waitFor(Long.parseLong(options.getOrDefault("stop-seconds", "30")),
                    java.util.concurrent.TimeUnit.SECONDS)) {
                say("the service did not stop in time: killed");
                process.destroyForcibly().waitFor();
            }
            say("service stopped in %.1f s", (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Samples VmRSS of a process from /proc every 100 ms. */
    static final class Memory extends Thread {
        final long pid;
        final AtomicLong maxRssKb = new AtomicLong();

        Memory(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                maxRssKb.accumulateAndGet(status(pid, "VmRSS:"), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        static long status(long pid, String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith(key)) {
                        return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
                    }
                }
            } catch (IOException | NumberFormatException gone) {
                return 0;
            }
            return 0;
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
