package org.disputehub.connector.hotline.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.api.SourceStateStore;
import org.disputehub.connector.hotline.HotlineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * One poll of the work-order API: catches up from the saved watermark, page by page, until the API says there
 * is nothing more. The watermark (the latest {@code updatedAt} handed to the sink) is saved after every page,
 * so a restart, or a failure half-way, resumes where delivery stopped instead of fetching everything again.
 * Items at exactly the watermark may come again on the next poll; the sink ignores versions it already has.
 */
public class HotlinePoller {

    /** Name of the watermark in the {@link SourceStateStore}. */
    public static final String WATERMARK = "hotline.http";
    static final String TRANSPORT = "http";

    /** What a poll came to. */
    public enum Outcome {
        /** Caught up. */
        POLLED,
        /** Failed; the next poll tries again from the watermark. */
        FAILED,
        /** The API refused the token; this and every later poll does nothing. */
        ACCESS_DENIED,
        /** Nothing was asked: polling stopped earlier, or the API's Retry-After has not passed yet. */
        SKIPPED
    }

    private static final Logger log = LoggerFactory.getLogger(HotlinePoller.class);

    private final HotlineApiClient client;
    private final CaseSink sink;
    private final SourceStateStore state;
    private final HotlineProperties.Http http;
    private final int batchSize;
    private volatile boolean accessDenied;
    private volatile Instant quietUntil = Instant.MIN;

    public HotlinePoller(HotlineApiClient client, CaseSink sink, SourceStateStore state,
            HotlineProperties.Http http, int batchSize) {
        this.client = client;
        this.sink = sink;
        this.state = state;
        this.http = http;
        this.batchSize = batchSize;
    }

    public Outcome poll() {
        if (accessDenied || Instant.now().isBefore(quietUntil)) {
            return Outcome.SKIPPED;
        }
        try {
            int received = catchUp();
            state.polled(Source.HOTLINE, TRANSPORT, received);
            return Outcome.POLLED;
        }
        catch (HotlineAccessDeniedException ex) {
            accessDenied = true;
            log.error("{}; hotline polling stops until the token is fixed and the connector restarted",
                    ex.getMessage());
            state.failed(Source.HOTLINE, TRANSPORT, ex.getMessage(), true);
            return Outcome.ACCESS_DENIED;
        }
        catch (RuntimeException ex) {
            if (ex instanceof RateLimitedException limited) {
                // retries used up while rate limited: later polls stay quiet until the API allows again
                quietUntil = Instant.now().plus(limited.retryAfter());
            }
            log.warn("Hotline poll failed, next poll resumes from the watermark: {}", ex.getMessage());
            state.failed(Source.HOTLINE, TRANSPORT, String.valueOf(ex.getMessage()), false);
            return Outcome.FAILED;
        }
    }

    private int catchUp() {
        OffsetDateTime updatedAfter = state.watermark(WATERMARK)
            .map(OffsetDateTime::parse)
            .orElse(http.initialWatermark());
        OffsetDateTime watermark = updatedAfter;
        int received = 0;
        String cursor = null;
        do {
            HotlinePage page = fetchWithRetries(updatedAfter, cursor);
            deliver(page);
            received += page.size();
            if (page.lastUpdatedAt() != null && page.lastUpdatedAt().isAfter(watermark)) {
                watermark = page.lastUpdatedAt();
                state.saveWatermark(WATERMARK, format(watermark));
            }
            if (page.nextCursor() != null && page.nextCursor().equals(cursor)) {
                log.warn("Hotline API returned the same cursor {} again; ending this poll", cursor);
                break;
            }
            cursor = page.nextCursor();
        }
        while (cursor != null);
        if (received > 0) {
            log.info("Hotline poll received {} work orders, watermark now {}", received, format(watermark));
        }
        return received;
    }

    private static String format(OffsetDateTime watermark) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(watermark);
    }

    private HotlinePage fetchWithRetries(OffsetDateTime updatedAfter, String cursor) {
        // a fresh policy per fetch: it carries the Retry-After of this fetch's last failure
        var retries = new RetryTemplate(new HotlineRetryPolicy(http.maxRetries(), http.backoff(), http.maxBackoff()));
        retries.setRetryListener(RETRY_LOG);
        return retries.invoke(() -> client.fetch(updatedAfter, cursor));
    }

    private void deliver(HotlinePage page) {
        var batches = new BatchingSink(sink, batchSize);
        page.cases().forEach(batches::add);
        page.quarantined().forEach(batches::quarantine);
        batches.flush();
    }

    private static final RetryListener RETRY_LOG = new RetryListener() {

        @Override
        public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
            log.warn("Hotline API call failed, retry {} of the page: {}", state.getRetryCount(),
                    state.getLastException().getMessage());
        }
    };
}
