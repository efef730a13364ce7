package org.disputehub.connector.hotline;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the hotline's work orders come from. Each transport is switched on by setting its location: {@code files}
 * for the JSON Lines drop folder, {@code http.base-url} for the live API.
 *
 * @param files            folder watched for {@code *.jsonl} exports; unset means no file route
 * @param filePollInterval how often the folder is scanned
 * @param batchSize        records handed to the sink per call
 */
@ConfigurationProperties("hub.sources.hotline")
public record HotlineProperties(
        String files,
        @DefaultValue("5s") Duration filePollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue Http http) {

    public HotlineProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("hub.sources.hotline.batch-size must be at least 1, was " + batchSize);
        }
    }

    /**
     * The work-order API (SOURCES.md §1).
     *
     * @param baseUrl          API root, e.g. {@code https://hotline.example/}; unset means no HTTP route
     * @param token            bearer token sent with every request
     * @param pollInterval     pause between the end of one catch-up and the start of the next
     * @param pageSize         {@code limit} asked per page, 1..500
     * @param initialWatermark {@code updatedAfter} of the very first poll, before any watermark was saved
     * @param maxRetries       retries of one page fetch after a transient failure or a 429
     * @param backoff          first pause before a retry; doubles with each further retry
     * @param maxBackoff       longest pause between retries (a 429's Retry-After may ask for longer and is honoured)
     * @param timeout          connect and read timeout of one request
     */
    public record Http(
            String baseUrl,
            String token,
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("200") int pageSize,
            @DefaultValue("1970-01-01T00:00:00+08:00") OffsetDateTime initialWatermark,
            @DefaultValue("5") int maxRetries,
            @DefaultValue("1s") Duration backoff,
            @DefaultValue("60s") Duration maxBackoff,
            @DefaultValue("10s") Duration timeout) {

        public Http {
            if (pageSize < 1 || pageSize > 500) {
                throw new IllegalArgumentException(
                        "hub.sources.hotline.http.page-size must be within 1..500, was " + pageSize);
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException(
                        "hub.sources.hotline.http.max-retries must not be negative, was " + maxRetries);
            }
            if (backoff != null && maxBackoff != null && maxBackoff.compareTo(backoff) < 0) {
                throw new IllegalArgumentException("hub.sources.hotline.http.max-backoff (" + maxBackoff
                        + ") must not be shorter than hub.sources.hotline.http.backoff (" + backoff + ")");
            }
        }
    }
}
