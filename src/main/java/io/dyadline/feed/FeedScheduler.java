package io.dyadline.feed;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Polls the feeds that are due, every tick. Several instances may tick at once: each feed is claimed in the database
 * before it is polled, so every poll happens once.
 */
@ApplicationScoped
public class FeedScheduler {

    private final FeedConfig config;
    private final FeedService feeds;

    public FeedScheduler(FeedConfig config, FeedService feeds) {
        this.config = config;
        this.feeds = feeds;
    }

    @Scheduled(every = "${dyadline.feeds.tick:30s}", delayed = "${dyadline.feeds.first-tick:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.scheduled()) {
            return;
        }
        int polled = feeds.pollDue();
        if (polled > 0) {
            Log.debugf("Polled %d feeds", polled);
        }
    }
}
