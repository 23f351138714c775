package io.dyadline.security;

import io.dyadline.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of generated malformed, oversized, wrongly typed or hostile requests against every endpoint, from a fixed
 * seed so that a failure can be replayed: none may answer 5xx, every error of the API is problem+json, and the
 * service keeps answering.
 */
@QuarkusTest
class HostileInputTest {

    static final long SEED = 20231124L;
    static final int REQUESTS = 3000;

    @TestHTTPResource("/")
    URL base;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Random random = new Random(SEED);
    final String auth = "Basic " + Base64.getEncoder().encodeToString(
            (Api.EDITOR + ":" + Api.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));

    record Sent(String method, String path, String contentType, int status, String responseType, String body) {
    }

    @Test
    void noGeneratedRequestCausesAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Sent s = send(i);
            if (s == null) {
                continue;
            }
            sent++;
            if (s.status >= 500) {
                failures.add(i + ": " + s.method + " " + s.path + " [" + s.contentType + "] -> " + s.status + " " + abbreviate(s.body));
            } else if (s.status >= 400 && s.path.startsWith("/api/") && s.status != 401
                    && !String.valueOf(s.responseType).startsWith("application/problem+json")) {
                failures.add(i + ": " + s.method + " " + s.path + " -> " + s.status + " as " + s.responseType + ", not problem+json");
            } else if (s.status >= 400 && s.body.contains("\tat ")) {
                failures.add(i + ": " + s.method + " " + s.path + " -> a stack trace in the body");
            }
        }
        assertTrue(sent > REQUESTS * 9 / 10, "most generated requests were sent: " + sent);
        assertTrue(failures.isEmpty(), failures.size() + " bad answers (seed " + SEED + "):\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        given().get("/q/health").then().statusCode(200);
        given().get("/api/events").then().statusCode(200);
    }

    private Sent send(int i) throws Exception {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> post("/api/articles", pick("text/plain", "text/markdown", "text/html", "application/json"), randomBytes(), true);
            case 1 -> post("/api/articles", "application/json", hostileJson(), true);
            case 2 -> post("/api/extract", "application/json", hostileJson(), false);
            case 3 -> post("/api/articles/bulk", "application/x-ndjson", hostileJsonLines(), true);
            case 4 -> get("/api/events?" + hostileQuery());
            case 5 -> get(pick("/api/articles", "/api/pairs", "/api/imports") + "?" + hostilePaging());
            case 6 -> get(hostilePath());
            case 7 -> post("/api/imports/folder", "application/json",
                    ("{\"path\":\"" + pick("../..", "/etc", "..\\\\..", "a/../../..", "%2e%2e", "\\u0000", "seeds/../../../tmp") + "\"}")
                            .getBytes(StandardCharsets.UTF_8), true);
            case 8 -> post(pick("/api/articles/1/reextract", "/api/articles/-1/reextract", "/api/articles/abc/reextract",
                    "/api/events", "/api/pairs"), "application/json", randomBytes(), true);
            default -> get(pick("/timeline?", "/?", "/articles/") + hostileQuery());
        };
    }

    private byte[] hostileJson() {
        return switch (random.nextInt(9)) {
            case 0 -> ("[".repeat(5000 + random.nextInt(5000))).getBytes(StandardCharsets.UTF_8);
            case 1 -> ("{\"text\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)).getBytes(StandardCharsets.UTF_8);
            case 2 -> "{\"text\":\"\\ud800\\udc00\\ud800 lone surrogates \\udfff\",\"title\":\"\\ud83d\"}".getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"text\":\"x\",\"publishedAt\":\"" + pick("99999-01-01", "0000-00-00", "2023-02-29", "-2023-01-01",
                    "2023-W39", "1e9", "2023-09-24T25:61:00Z", "Sept 31, 2023", "31/31/2031") + "\"}").getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"text\":" + pick("42", "true", "null", "[]", "{}", "\"\"", "1e99999") + "}").getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"text\":\"Iran\",\"title\":\"" + "T".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 6 -> ("{\"text\":\"<script>alert(1)</script><img src=x onerror=alert(2)>\",\"url\":\"javascript:alert(3)\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case 7 -> ("{\"text\":\"a\"" + ",\"x\":1".repeat(random.nextInt(2000)) + "}").getBytes(StandardCharsets.UTF_8);
            default -> randomBytes();
        };
    }

    private byte[] hostileJsonLines() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            sb.append(new String(hostileJson(), StandardCharsets.UTF_8)).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0) {
            byte[] withJunk = new byte[text.length + 8];
            System.arraycopy(text, 0, withJunk, 0, text.length);
            for (int i = text.length; i < withJunk.length; i++) {
                withJunk[i] = (byte) (0x80 + random.nextInt(0x40));
            }
            return withJunk;
        }
        return text;
    }

    private String hostileQuery() {
        List<String> params = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = pick("pair", "country", "sector", "type", "status", "from", "to", "q", "sort", "page", "size", "event",
                    "after");
            String value = pick("IR-RU", "ir-ru", "IRAN-RU", "XX-XX", "IR-IR", "%27%20OR%201%3D1--", "%00", "9999-99-99",
                    "2023-13-45", "-1", "99999999999", "2147483648", "1e3", "MEETING", "PARTY", "planned", "%3Cscript%3E",
                    "a".repeat(1 + random.nextInt(600)), "%E2%80%AE", "%ED%A0%80", "telecom,,,ai", "", "-date", "title",
                    "LV8xMg", "MjAyMy0wOS0yNF8x", "MjAyMy0xMy00NV8x", "LV9hYmM", "LV8tOTk5OTk5OTk5OTk5OTk5OTk5OTk5", "_-_");
            params.add(name + "=" + value);
        }
        return String.join("&", params);
    }

    private String hostilePaging() {
        return "page=" + pick("-1", "0", "999999999", "2147483647", "9999999999999", "abc", "1.5", "")
                + "&size=" + pick("0", "-5", "1", "500", "501", "2147483647", "x", "");
    }

    private String hostilePath() {
        return pick("/api/articles/..%2F..%2Fetc%2Fpasswd", "/api/articles/%2e%2e/%2e%2e/", "/api/articles/1;jsessionid=x",
                "/api/events/-1", "/api/events/99999999999999999999", "/api/events/%00", "/api/imports/abc",
                "/webjars/../../../etc/passwd", "/css/..%2f..%2fapplication.properties", "/articles/%3Cscript%3E",
                "/articles/-1", "/api/" + "x/".repeat(200), "/api/articles/" + "9".repeat(30), "/q/../api/events",
                "/api/articles?page=0&size=50&" + "x=y&".repeat(300));
    }

    private Sent get(String path) throws Exception {
        return exchange(HttpRequest.newBuilder(uri(path)).GET(), path, null);
    }

    private Sent post(String path, String contentType, byte[] body, boolean asEditor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (asEditor) {
            request.header("Authorization", auth);
        }
        return exchange(request, path, contentType);
    }

    private Sent exchange(HttpRequest.Builder request, String path, String contentType) throws Exception {
        HttpResponse<String> r;
        try {
            r = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
        return new Sent(request.build().method(), path, contentType, r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(null), r.body());
    }

    private URI uri(String path) {
        String root = base.toString().replaceAll("/$", "");
        return URI.create(root + path);
    }

    private byte[] randomBytes() {
        byte[] b = new byte[random.nextInt(4096)];
        random.nextBytes(b);
        return b;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
