package io.dyadline.feed;

import java.time.Instant;

/**
 * A followed feed as the API shows it.
 *
 * @param interval     the time between polls, ISO 8601 ({@code PT30M})
 * @param state        NEW (not polled yet), OK, POLLING, or FAILING (the last poll failed: see lastError)
 * @param lastStatus   the HTTP status of the last poll (304 when nothing had changed), null when no answer came
 * @param itemsSeen    distinct items the feed has listed
 * @param duplicates   items that were already an article (from another feed, or the same content)
 * @param itemErrors   items whose page could not be read or held no article
 * @param failures     polls in a row that failed; the wait before the next one doubles with each
 * @param lastError    why the last poll failed, or which items could not be read; null when all went well
 */
public record FeedView(long id, String url, String name, String interval, String state, Instant createdAt,
                       Instant lastPolledAt, Instant nextPollAt, Integer lastStatus, long itemsSeen,
                       long articlesCreated, long duplicates, long itemErrors, int failures, String lastError) {

    static FeedView of(Feed f, Instant now) {
        String state = f.claimedUntil != null && f.claimedUntil.isAfter(now) ? "POLLING"
                : f.lastPolledAt == null ? "NEW" : f.failures > 0 ? "FAILING" : "OK";
        return new FeedView(f.id, f.url, f.name, java.time.Duration.ofSeconds(f.pollInterval).toString(), state,
                f.createdAt, f.lastPolledAt, f.nextPollAt, f.lastStatus, f.itemsSeen, f.articlesCreated, f.duplicates,
                f.itemErrors, f.failures, f.lastError);
    }
}
