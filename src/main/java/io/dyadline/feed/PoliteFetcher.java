package io.dyadline.feed;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feeds and article pages as a good citizen: a User-Agent naming Dyadline, robots.txt obeyed (RFC 9309, with
 * its Crawl-delay), at most one request per host per {@link FeedConfig#hostInterval()}, conditional requests
 * (ETag, Last-Modified), gzip, timeouts on connecting and on the whole answer, redirects followed only so far and only
 * to addresses the {@link AddressGuard} allows, and bodies bounded.
 */
@ApplicationScoped
public class PoliteFetcher {

    /** A request's validators from the previous answer, for a conditional GET; nulls when there is none. */
    public record Conditions(String etag, String lastModified) {
        public static final Conditions NONE = new Conditions(null, null);
    }

    /**
     * @param status 200-299, or 304 when the conditions held (then the body is empty)
     * @param url    where the answer came from, after redirects
     */
    public record Fetched(int status, URI url, byte[] body, String contentType, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    private static final long ROBOTS_MAX_BYTES = 500 * 1024;
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    private final FeedConfig config;
    private final AddressGuard guard;
    private final HttpClient http;
    private final Clock clock;
    private final Map<String, Instant> nextRequest = new ConcurrentHashMap<>();
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();

    private record Robots(BaseRobotRules rules, Instant until) {
    }

    public PoliteFetcher(FeedConfig config) {
        this.config = config;
        this.guard = new AddressGuard(config.allowPrivate());
        this.clock = Clock.systemUTC();
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public AddressGuard guard() {
        return guard;
    }

    /** GETs a URL within the rules above; a failure of any kind is a {@link FetchException} with its reason. */
    public Fetched get(URI url, Conditions conditions, long maxBytes, String accept) {
        return get(url, conditions, maxBytes, accept, true);
    }

    private Fetched get(URI start, Conditions conditions, long maxBytes, String accept, boolean obeyRobots) {
        URI url = start;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            if (!visited.add(url)) {
                throw FetchException.refused("redirect loop: " + url + " was reached again");
            }
            if (hop > config.maxRedirects()) {
                throw FetchException.refused("more than " + config.maxRedirects() + " redirects from " + start);
            }
            guard.check(url);
            if (obeyRobots && !allowedByRobots(url)) {
                throw FetchException.refused("robots.txt of " + url.getHost() + " disallows " + url.getRawPath());
            }
            HttpResponse<byte[]> answer = send(url, hop == 0 ? conditions : Conditions.NONE, maxBytes, accept);
            int status = answer.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = answer.headers().firstValue("Location").orElseThrow(
                        () -> FetchException.http(status, "HTTP " + status + " without a Location from " + start));
                try {
                    url = url.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw FetchException.http(status, "HTTP " + status + " to an unreadable Location '" + location + "'");
                }
                continue;
            }
            if (status == 304) {
                return new Fetched(304, url, new byte[0], null, conditions.etag(), conditions.lastModified());
            }
            if (status < 200 || status >= 300) {
                throw FetchException.http(status, "HTTP " + status + " from " + url);
            }
            byte[] body = decoded(answer, maxBytes);
            return new Fetched(status, url, body, answer.headers().firstValue("Content-Type").orElse(null),
                    answer.headers().firstValue("ETag").orElse(null),
                    answer.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private HttpResponse<byte[]> send(URI url, Conditions conditions, long maxBytes, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(config.requestTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip");
        if (conditions.etag() != null) {
            request.header("If-None-Match", conditions.etag());
        }
        if (conditions.lastModified() != null) {
            request.header("If-Modified-Since", conditions.lastModified());
        }
        long delay = awaitTurn(url);
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request.build(), info -> new Bounded(maxBytes));
        try {
            // the request timeout ends at the headers; this bounds the body too
            return answer.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw FetchException.unreachable("no complete answer from " + url.getHost() + " within "
                    + config.requestTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.unreachable("interrupted while fetching " + url);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchException f) {
                throw f;
            }
            if (cause instanceof HttpTimeoutException) {
                throw FetchException.unreachable("no answer from " + url.getHost() + " within "
                        + config.requestTimeout().toSeconds() + " s");
            }
            if (cause != null && cause.getCause() instanceof FetchException f) {
                throw f;
            }
            throw FetchException.unreachable("cannot reach " + url.getHost() + ": " + describe(cause));
        } finally {
            // the next turn comes no sooner than the interval after this answer: a request that went out late
            // (a slow connect) does not bring the next one closer to it at the host
            nextRequest.merge(url.getHost().toLowerCase(Locale.ROOT), clock.instant().plusMillis(delay),
                    (booked, after) -> booked.isAfter(after) ? booked : after);
        }
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    /** The body, ungzipped and still within the bound (a small gzip may unpack to a large page). */
    private static byte[] decoded(HttpResponse<byte[]> answer, long maxBytes) {
        String encoding = answer.headers().firstValue("Content-Encoding").orElse("identity").strip()
                .toLowerCase(Locale.ROOT);
        if (encoding.equals("identity") || encoding.isEmpty()) {
            return answer.body();
        }
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            throw FetchException.refused("unsupported Content-Encoding '" + encoding + "'");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw FetchException.refused("a gzip body that cannot be read: " + describe(e));
        }
    }

    static FetchException tooLarge(long maxBytes) {
        return FetchException.refused("the answer is larger than the limit of " + maxBytes + " bytes");
    }

    /** Waits until the host may be asked again, and books the next turn; the interval between turns. */
    private long awaitTurn(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        Robots r = robots.get(host);
        long delay = Math.max(config.hostInterval().toMillis(),
                r == null || r.rules().getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY ? 0
                        : Math.min(r.rules().getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()));
        Instant[] mine = new Instant[1];
        nextRequest.compute(host, (h, next) -> {
            Instant now = clock.instant();
            Instant turn = next == null || next.isBefore(now) ? now : next;
            mine[0] = turn;
            return turn.plusMillis(delay);
        });
        long wait = Duration.between(clock.instant(), mine[0]).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw FetchException.unreachable("interrupted while waiting to ask " + host + " again");
            }
        }
        return delay;
    }

    /** Whether robots.txt lets Dyadline fetch the URL; the file is read once per host per TTL. */
    private boolean allowedByRobots(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        Robots cached = robots.get(host);
        if (cached == null || cached.until().isBefore(clock.instant())) {
            cached = new Robots(readRobots(url), clock.instant().plus(config.robotsTtl()));
            robots.put(host, cached);
        }
        return cached.rules().isAllowed(url.toString());
    }

    private BaseRobotRules readRobots(URI url) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI robotsUrl = url.resolve("/robots.txt");
        try {
            Fetched f = get(robotsUrl, Conditions.NONE, ROBOTS_MAX_BYTES, "text/plain", false);
            return parser.parseContent(robotsUrl.toString(), f.body(), f.contentType(),
                    List.of(config.robotsName().toLowerCase(Locale.ROOT)));
        } catch (FetchException e) {
            // RFC 9309 2.3.1: a missing file (4xx) allows everything; an unreachable one (5xx, no answer) nothing
            if (e.status() != null && e.status() >= 400 && e.status() < 500) {
                return parser.failedFetch(e.status());
            }
            return parser.failedFetch(503);
        }
    }

    /** Collects a body up to a bound, and gives up as soon as it is passed (also when no length was announced). */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {

        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public java.util.concurrent.CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(tooLarge(max));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
