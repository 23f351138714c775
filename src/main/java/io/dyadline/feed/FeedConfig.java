package io.dyadline.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How feeds are followed, and how politely. */
@ConfigMapping(prefix = "dyadline.feeds")
public interface FeedConfig {

    /** Lets feeds and article links point at loopback, private and link-local addresses (tests, this machine). */
    @WithDefault("false")
    boolean allowPrivate();

    /** Whether this instance polls due feeds by itself; {@code POST /api/feeds/{id}/poll} works either way. */
    @WithDefault("true")
    boolean scheduled();

    /** The User-Agent sent to the sites polled; its product token is what robots.txt is matched against. */
    @WithDefault("Dyadline/0.1 (feed reader; set dyadline.feeds.user-agent to add a contact)")
    String userAgent();

    /** The robots.txt user-agent token. */
    @WithDefault("dyadline")
    String robotsName();

    @WithDefault("PT10S")
    Duration connectTimeout();

    /** The longest a request may take, body included. */
    @WithDefault("PT30S")
    Duration requestTimeout();

    /** At most one request per host in this time (robots.txt may ask for more). */
    @WithDefault("PT1S")
    Duration hostInterval();

    @WithDefault("5")
    int maxRedirects();

    /** The largest feed document read, in bytes (an article page is bounded by dyadline.articles.max-bytes). */
    @WithDefault("5242880")
    long maxFeedBytes();

    /** The shortest interval between polls a feed may ask for. */
    @WithDefault("PT5M")
    Duration minInterval();

    /** The longest wait after failures: the backoff doubles with each failed poll up to this. */
    @WithDefault("PT24H")
    Duration maxBackoff();

    /** How long a poll holds its feed; a poll that crashed frees it after this. */
    @WithDefault("PT10M")
    Duration lease();

    /** New items read in one poll at most; the rest wait for the next poll. */
    @WithDefault("50")
    int maxItemsPerPoll();

    /** An item whose content has at least this many characters of text is stored from the feed, not fetched. */
    @WithDefault("500")
    int fullContentChars();

    /** How long a host's robots.txt is kept. */
    @WithDefault("PT1H")
    Duration robotsTtl();

    /** How often this instance looks for due feeds (a Quarkus scheduler period such as 30s). */
    @WithDefault("30s")
    String tick();

    /** How long after start-up it first looks. */
    @WithDefault("20s")
    String firstTick();
}
