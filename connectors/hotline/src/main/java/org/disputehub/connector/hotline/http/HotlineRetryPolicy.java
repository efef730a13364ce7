package org.disputehub.connector.hotline.http;

import java.time.Duration;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Retries transient failures with exponential back-off, and waits at least as long as a 429's
 * {@code Retry-After} asks before the next attempt. A 429 counts as one retry like any other.
 * <p>
 * One instance serves one retried call: it remembers the last failure's requested wait between
 * {@link #shouldRetry} (which RetryTemplate asks right after a failure) and the back-off that follows it.
 */
final class HotlineRetryPolicy implements RetryPolicy {

    private final RetryPolicy exponential;
    private Duration requestedWait = Duration.ZERO;

    HotlineRetryPolicy(int maxRetries, Duration backoff, Duration maxBackoff) {
        this.exponential = RetryPolicy.builder()
            .includes(TransientHotlineException.class)
            .maxRetries(maxRetries)
            .delay(backoff)
            .multiplier(2)
            .maxDelay(maxBackoff)
            .build();
    }

    @Override
    public boolean shouldRetry(Throwable failure) {
        requestedWait = failure instanceof RateLimitedException limited ? limited.retryAfter() : Duration.ZERO;
        return exponential.shouldRetry(failure);
    }

    @Override
    public Duration getTimeout() {
        return exponential.getTimeout();
    }

    @Override
    public BackOff getBackOff() {
        BackOff backOff = exponential.getBackOff();
        return () -> {
            BackOffExecution execution = backOff.start();
            return () -> {
                long next = execution.nextBackOff();
                return next == BackOffExecution.STOP ? BackOffExecution.STOP
                        : Math.max(next, requestedWait.toMillis());
            };
        };
    }
}
