package io.dyadline.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A feed to follow, or the fields of one to change (a field left out stays as it is).
 *
 * @param interval ISO 8601 duration between polls, such as PT30M; at least dyadline.feeds.min-interval
 */
public record FeedInput(@Schema(example = "https://www.tehrantimes.com/rss") String url,
                        @Schema(example = "Tehran Times") String name,
                        @Schema(example = "PT30M") String interval) {
}
