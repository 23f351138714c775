package io.dyadline.feed;

import io.dyadline.article.ArticleConfig;
import io.dyadline.article.ArticleFormat;
import io.dyadline.article.ArticleService;
import io.dyadline.article.ParsedArticle;
import io.dyadline.article.Submission;
import io.dyadline.common.ProblemException;
import io.dyadline.ingest.Ingestion;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls one feed: claims it in the database (so that of several instances sharing the feeds only one polls it),
 * fetches it conditionally, and turns each item it has not listed before into an article: from the item's own
 * content when the feed carries the full text, else from the linked page read by the HTML parser. An item whose
 * canonical link another feed already brought, or whose content is stored already, is a duplicate, not a new article.
 * The feed's counts, status and next poll (after an exponential, capped backoff on failure) are written at the end.
 */
@ApplicationScoped
public class FeedPoller {

    static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
            + "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";
    static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private final FeedConfig config;
    private final ArticleConfig articles;
    private final PoliteFetcher fetcher;
    private final ArticleService articleService;
    private final Ingestion ingestion;

    public FeedPoller(FeedConfig config, ArticleConfig articles, PoliteFetcher fetcher, ArticleService articleService,
                      Ingestion ingestion) {
        this.config = config;
        this.articles = articles;
        this.fetcher = fetcher;
        this.articleService = articleService;
        this.ingestion = ingestion;
    }

    /** What one poll did. */
    public record Outcome(int status, int newItems, int created, int duplicates, int errors, String error) {
    }

    /**
     * Holds the feed for this instance until the lease ends, if nobody holds it and (unless {@code evenIfNotDue}) it
     * is due: one UPDATE whose row count says whether this instance won.
     */
    public boolean claim(long feedId, boolean evenIfNotDue) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> Feed.getEntityManager().createQuery(
                        "update Feed f set f.claimedUntil = :until where f.id = :id"
                                + " and (f.claimedUntil is null or f.claimedUntil < :now)"
                                + (evenIfNotDue ? "" : " and f.nextPollAt <= :now"))
                .setParameter("until", now.plus(config.lease()))
                .setParameter("id", feedId)
                .setParameter("now", now)
                .executeUpdate()) == 1;
    }

    /** Polls a feed this instance has claimed, and frees it. */
    public Outcome poll(long feedId) {
        Feed feed = QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findById(feedId));
        if (feed == null) {
            return new Outcome(0, 0, 0, 0, 0, "the feed was removed");
        }
        Outcome outcome;
        PoliteFetcher.Fetched fetched = null;
        try {
            fetched = fetcher.get(URI.create(feed.url), new PoliteFetcher.Conditions(feed.etag, feed.lastModified),
                    config.maxFeedBytes(), FEED_TYPES);
            outcome = fetched.notModified() ? new Outcome(304, 0, 0, 0, 0, null) : items(feed, fetched);
        } catch (FetchException e) {
            outcome = new Outcome(e.status() == null ? 0 : e.status(), 0, 0, 0, 0, e.getMessage());
        } catch (RuntimeException e) {
            Log.errorf(e, "Poll of feed %d (%s) failed", feedId, feed.url);
            outcome = new Outcome(0, 0, 0, 0, 0, "internal error: " + e.getClass().getSimpleName());
        }
        finish(feedId, fetched, outcome);
        return outcome;
    }

    private Outcome items(Feed feed, PoliteFetcher.Fetched fetched) {
        FeedDocument doc = FeedDocument.read(fetched.body(), fetched.contentType(), fetched.url());
        int fresh = 0;
        int created = 0;
        int duplicates = 0;
        int errors = 0;
        String lastItemError = null;
        String source = feed.name != null ? feed.name : doc.title();
        for (FeedDocument.Item item : doc.items()) {
            if (fresh >= config.maxItemsPerPoll()) {
                break;
            }
            String canonical = key(item);
            if (canonical == null) {
                continue;
            }
            String hash = CanonicalUrl.hash(canonical);
            if (seen(feed.id, hash)) {
                continue;
            }
            fresh++;
            Long known = articleOf(hash);
            if (known != null) {
                remember(feed.id, hash, canonical, known);
                duplicates++;
                continue;
            }
            try {
                Ingestion.Ingested in = ingestion.ingest(submission(item, canonical, source));
                remember(feed.id, hash, canonical, in.article().id);
                if (in.created()) {
                    created++;
                } else {
                    duplicates++;
                }
            } catch (FetchException e) {
                errors++;
                lastItemError = e.getMessage();
                if (!e.passing()) {
                    remember(feed.id, hash, canonical, null);
                }
            } catch (ProblemException e) {
                errors++;
                lastItemError = canonical + ": " + e.getMessage();
                remember(feed.id, hash, canonical, null);
            }
        }
        String error = errors == 0 ? null : errors + (errors == 1 ? " item" : " items")
                + " could not be read; the last: " + lastItemError;
        return new Outcome(fetched.status(), fresh, created, duplicates, errors, error);
    }

    /** The item's canonical link; an item without one is known by its content. */
    private static String key(FeedDocument.Item item) {
        if (item.link() != null && item.link().matches("(?i)https?://.+")) {
            return CanonicalUrl.of(item.link());
        }
        if (item.content() == null && item.summary() == null) {
            return null;
        }
        return "urn:dyadline:item:" + CanonicalUrl.hash(item.title() + "\u0000" + item.published() + "\u0000"
                + (item.content() != null ? item.content() : item.summary()));
    }

    /** The article an item becomes: the feed's full content, else the linked page; the item's title and date win. */
    private Submission submission(FeedDocument.Item item, String canonical, String source) {
        ParsedArticle parsed = null;
        String raw = null;
        if (item.content() != null) {
            raw = "<html><head><title>" + Entities.escape(item.title() == null ? "" : item.title())
                    + "</title></head><body><article>" + item.content() + "</article></body></html>";
            parsed = ArticleFormat.HTML.parse(raw);
            if (parsed.text() == null || parsed.text().strip().length() < config.fullContentChars()) {
                parsed = null;
            }
        }
        if (parsed == null) {
            if (item.link() == null) {
                throw ProblemException.unprocessable("link", "the item has neither a link nor its full content");
            }
            PoliteFetcher.Fetched page = fetcher.get(URI.create(item.link()), PoliteFetcher.Conditions.NONE,
                    articles.maxBytes(), PAGE_TYPES);
            raw = html(page);
            parsed = ArticleFormat.HTML.parse(raw);
        }
        ParsedArticle article = new ParsedArticle(
                item.title() != null ? item.title() : parsed.title(),
                item.published() != null ? item.published() : parsed.publishedAt(),
                parsed.source() != null ? parsed.source() : source,
                canonical.startsWith("urn:") ? parsed.url() : canonical,
                parsed.text());
        return articleService.submission(article, raw, ArticleFormat.HTML);
    }

    /** A page's HTML as text, in the charset its header or markup names (jsoup looks at the markup). */
    private static String html(PoliteFetcher.Fetched page) {
        String charset = null;
        if (page.contentType() != null) {
            Matcher m = CHARSET.matcher(page.contentType());
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1)).name();
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    charset = null;
                }
            }
            String base = page.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!base.isEmpty() && !base.contains("html") && !base.equals("text/plain")) {
                throw FetchException.refused(page.url() + " is " + base + ", not an HTML page");
            }
        }
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(page.body()), charset, page.url().toString());
            return doc.outerHtml();
        } catch (IOException e) {
            throw FetchException.refused(page.url() + " cannot be read: " + e.getMessage());
        }
    }

    private static boolean seen(long feedId, String hash) {
        return QuarkusTransaction.requiringNew().call(() ->
                FeedItem.count("feedId = ?1 and urlHash = ?2", feedId, hash) > 0);
    }

    /** The article another feed made of the same link, or null. */
    private static Long articleOf(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> FeedItem.<FeedItem>find(
                        "urlHash = ?1 and articleId is not null", hash).firstResultOptional()
                .map(i -> i.articleId).orElse(null));
    }

    private static void remember(long feedId, String hash, String canonical, Long articleId) {
        QuarkusTransaction.requiringNew().run(() -> {
            FeedItem item = new FeedItem();
            item.feedId = feedId;
            item.urlHash = hash;
            item.canonicalUrl = canonical.length() > 4000 ? canonical.substring(0, 4000) : canonical;
            item.articleId = articleId;
            item.seenAt = Instant.now();
            item.persist();
        });
    }

    /** Writes what the poll did, when to poll next, and frees the feed. */
    private void finish(long feedId, PoliteFetcher.Fetched fetched, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            Feed feed = Feed.findById(feedId);
            if (feed == null) {
                return;
            }
            Instant now = Instant.now();
            feed.lastPolledAt = now;
            feed.lastStatus = outcome.status() == 0 ? null : outcome.status();
            feed.itemsSeen += outcome.newItems();
            feed.articlesCreated += outcome.created();
            feed.duplicates += outcome.duplicates();
            feed.itemErrors += outcome.errors();
            boolean failed = fetched == null || outcome.status() == 0;
            if (failed) {
                feed.failures++;
                feed.nextPollAt = now.plus(backoff(Duration.ofSeconds(feed.pollInterval), feed.failures));
            } else {
                feed.failures = 0;
                feed.nextPollAt = now.plusSeconds(feed.pollInterval);
                if (!fetched.notModified()) {
                    feed.etag = truncate(fetched.etag(), 1000);
                    feed.lastModified = truncate(fetched.lastModified(), 200);
                }
            }
            feed.lastError = truncate(outcome.error(), 2000);
            feed.claimedUntil = null;
        });
    }

    /** The wait after the n-th failure in a row: the interval, doubled for each failure after the first, capped. */
    Duration backoff(Duration interval, int failures) {
        Duration wait = interval;
        for (int i = 1; i < failures && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The feeds due now that nobody holds, the most overdue first. */
    public List<Long> due(int max) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> Feed.getEntityManager().createQuery(
                        "select f.id from Feed f where f.nextPollAt <= :now"
                                + " and (f.claimedUntil is null or f.claimedUntil < :now) order by f.nextPollAt",
                        Long.class)
                .setParameter("now", now).setMaxResults(max).getResultList());
    }
}
