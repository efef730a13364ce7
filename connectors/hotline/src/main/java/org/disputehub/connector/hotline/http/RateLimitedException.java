package org.disputehub.connector.hotline.http;

import java.time.Duration;

/** HTTP 429: the API asks the hub to wait {@link #retryAfter()} before the next request. */
public class RateLimitedException extends TransientHotlineException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("Hotline API rate limit reached (HTTP 429), asked to retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
