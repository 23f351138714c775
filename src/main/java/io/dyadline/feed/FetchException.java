package io.dyadline.feed;

/**
 * A fetch that failed, with a reason fit to show an analyst, the HTTP status when there was one, and whether trying
 * again later may succeed (no answer in time, no connection, a 5xx or 429) or not (a 404, a page too large, an address
 * or path that is not followed).
 */
public class FetchException extends RuntimeException {

    private final Integer status;
    private final boolean passing;

    private FetchException(String reason, Integer status, boolean passing) {
        super(reason);
        this.status = status;
        this.passing = passing;
    }

    /** Dyadline will not fetch this, or cannot use what came: asking again will not help. */
    public static FetchException refused(String reason) {
        return new FetchException(reason, null, false);
    }

    /** No answer, or none in time: the site may answer later. */
    public static FetchException unreachable(String reason) {
        return new FetchException(reason, null, true);
    }

    /** An answer with an error status. */
    public static FetchException http(int status, String reason) {
        return new FetchException(reason, status, status >= 500 || status == 429);
    }

    /** The HTTP status of the answer, or null when none came. */
    public Integer status() {
        return status;
    }

    /** Whether the same request may succeed later. */
    public boolean passing() {
        return passing;
    }
}
