package io.dyadline.feed;

import io.dyadline.common.Page;
import io.dyadline.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Follows feeds: adds them once it has read them, changes, removes, lists and polls them. */
@ApplicationScoped
public class FeedService {

    static final int MAX_URL = 2000;
    static final int MAX_NAME = 500;
    static final Duration MAX_INTERVAL = Duration.ofDays(7);
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(30);

    private final FeedConfig config;
    private final PoliteFetcher fetcher;
    private final FeedPoller poller;

    public FeedService(FeedConfig config, PoliteFetcher fetcher, FeedPoller poller) {
        this.config = config;
        this.fetcher = fetcher;
        this.poller = poller;
    }

    /**
     * Follows a feed, once it has been fetched and read as RSS or Atom (a 422 naming url says why not); its first
     * poll is due at once.
     */
    public FeedView add(FeedInput in) {
        if (in == null || in.url() == null || in.url().isBlank()) {
            throw ProblemException.badRequest("url", "A feed needs its url");
        }
        URI url = url(in.url());
        String name = name(in.name());
        Duration interval = in.interval() == null ? DEFAULT_INTERVAL : interval(in.interval());
        String title = readable(url);
        Instant now = Instant.now();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Feed f = new Feed();
                f.url = url.toString();
                f.name = name != null ? name : title;
                f.pollInterval = interval.toSeconds();
                f.createdAt = now;
                f.nextPollAt = now;
                f.persistAndFlush();
                return FeedView.of(f, now);
            });
        } catch (RuntimeException e) {
            Optional<Feed> existing = byUrl(url.toString());
            if (existing.isPresent()) {
                throw new ProblemException(409, "Conflict", "This feed is followed already, as feed "
                        + existing.get().id, List.of());
            }
            throw e;
        }
    }

    /** Changes the fields given; a new url is read first, like a new feed, and polled at once. */
    public FeedView change(long id, FeedInput in) {
        URI url = in == null || in.url() == null ? null : url(in.url());
        String name = in == null ? null : name(in.name());
        Duration interval = in == null || in.interval() == null ? null : interval(in.interval());
        if (url != null) {
            readable(url);
        }
        Instant now = Instant.now();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Feed f = Feed.findById(id);
                if (f == null) {
                    throw ProblemException.notFound("No feed with id " + id);
                }
                if (url != null && !url.toString().equals(f.url)) {
                    f.url = url.toString();
                    f.etag = null;
                    f.lastModified = null;
                    f.failures = 0;
                    f.nextPollAt = now;
                }
                if (name != null) {
                    f.name = name;
                }
                if (interval != null) {
                    // a shorter interval takes effect now, not after the wait the old one set
                    Instant sooner = (f.lastPolledAt == null ? now : f.lastPolledAt).plus(interval);
                    if (f.failures == 0 && sooner.isBefore(f.nextPollAt)) {
                        f.nextPollAt = sooner;
                    }
                    f.pollInterval = interval.toSeconds();
                }
                f.flush();
                return FeedView.of(f, now);
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (url != null && byUrl(url.toString()).filter(f -> f.id != id).isPresent()) {
                throw new ProblemException(409, "Conflict", "Another feed follows " + url, List.of());
            }
            throw e;
        }
    }

    public boolean remove(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FeedItem.delete("feedId", id);
            return Feed.deleteById(id);
        });
    }

    public Optional<FeedView> get(long id) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findByIdOptional(id).map(f -> FeedView.of(f, now)));
    }

    public Page<FeedView> list(int page, int size) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Feed.<Feed>findAll(Sort.ascending("id"));
            List<FeedView> items = query.page(page, size).list().stream().map(f -> FeedView.of(f, now)).toList();
            return new Page<>(items, page, size, query.count());
        });
    }

    /** Polls a feed now, whether due or not; a 409 while another poll of it runs. */
    public FeedView pollNow(long id) {
        if (get(id).isEmpty()) {
            throw ProblemException.notFound("No feed with id " + id);
        }
        if (!poller.claim(id, true)) {
            throw new ProblemException(409, "Conflict", "The feed is being polled now; its state shows when it ends",
                    List.of());
        }
        poller.poll(id);
        return get(id).orElseThrow(() -> ProblemException.notFound("No feed with id " + id));
    }

    /** Polls every feed that is due and that no instance holds, one after the other; returns how many. */
    public int pollDue() {
        int polled = 0;
        for (Long id : poller.due(100)) {
            if (poller.claim(id, false)) {
                poller.poll(id);
                polled++;
            }
        }
        return polled;
    }

    /** Fetches and reads the feed; returns its title. */
    private String readable(URI url) {
        try {
            PoliteFetcher.Fetched f = fetcher.get(url, PoliteFetcher.Conditions.NONE, config.maxFeedBytes(),
                    FeedPoller.FEED_TYPES);
            return FeedDocument.read(f.body(), f.contentType(), f.url()).title();
        } catch (FetchException e) {
            throw ProblemException.unprocessable("url", "The feed cannot be read: " + e.getMessage());
        }
    }

    private URI url(String raw) {
        String s = raw.strip();
        if (s.length() > MAX_URL) {
            throw ProblemException.badRequest("url", "The url is longer than " + MAX_URL + " characters");
        }
        URI url;
        try {
            url = new URI(s);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("url", "Not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.unprocessable("url", "Only http and https feeds are followed");
        }
        if (url.getHost() == null) {
            throw ProblemException.badRequest("url", "The url has no host");
        }
        try {
            fetcher.guard().check(url);
        } catch (FetchException e) {
            throw ProblemException.unprocessable("url", "The feed cannot be followed: " + e.getMessage());
        }
        return url.normalize();
    }

    private static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.length() > MAX_NAME) {
            throw ProblemException.badRequest("name", "The name is longer than " + MAX_NAME + " characters");
        }
        return s;
    }

    private Duration interval(String raw) {
        Duration d;
        try {
            d = Duration.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("interval", "The interval is an ISO 8601 duration, such as PT30M");
        }
        if (d.compareTo(config.minInterval()) < 0 || d.compareTo(MAX_INTERVAL) > 0) {
            throw ProblemException.unprocessable("interval", "The interval is between " + config.minInterval()
                    + " and " + MAX_INTERVAL);
        }
        return d;
    }

    private static Optional<Feed> byUrl(String url) {
        return QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>find("url", url).firstResultOptional());
    }
}
