package org.disputehub.connector.hotline.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.connector.hotline.http.WorkOrderJson.order;
import static org.disputehub.connector.hotline.http.WorkOrderJson.page;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.hotline.HotlineProperties;
import org.disputehub.connector.hotline.InMemorySourceStateStore;
import org.disputehub.connector.hotline.InMemorySourceStateStore.Failed;
import org.disputehub.connector.hotline.InMemorySourceStateStore.Polled;
import org.disputehub.connector.hotline.RecordingCaseSink;
import org.disputehub.connector.hotline.http.FakeHotlineApi.Request;
import org.disputehub.connector.hotline.http.FakeHotlineApi.Response;
import org.disputehub.connector.hotline.http.HotlinePoller.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HotlinePollerTest {

    private static final String PAGE = page(null, order("RX1", 1, "2026-03-16T08:00:00+08:00"));

    private final FakeHotlineApi api = FakeHotlineApi.start();
    private final RecordingCaseSink sink = new RecordingCaseSink();
    private final InMemorySourceStateStore state = new InMemorySourceStateStore();

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void followsCursorsUntilCaughtUpAndSavesTheWatermark() {
        api.respond(new PagedWorkOrders()
            .add("RX1", 1, "2026-03-16T08:00:00+08:00")
            .add("RX2", 1, "2026-03-16T09:00:00+08:00")
            .add("RX3", 2, "2026-03-16T10:00:00+08:00"));

        assertThat(poller(5).poll()).isEqualTo(Outcome.POLLED);

        assertThat(sink.received()).extracting(CaseRecord::sourceId).containsExactly("RX1", "RX2", "RX3");
        assertThat(api.requests()).extracting(request -> request.param("cursor")).containsExactly(null, "o2");
        assertThat(api.requests()).extracting(request -> request.param("updatedAfter"))
            .containsOnly("1970-01-01T00:00:00+08:00");
        assertThat(state.watermark(HotlinePoller.WATERMARK)).contains("2026-03-16T10:00:00+08:00");
        assertThat(state.polls()).containsExactly(new Polled(Source.HOTLINE, "http", 3));
    }

    @Test
    void startsFromTheSavedWatermarkSoARestartFetchesOnlyWhatIsNew() {
        state.saveWatermark(HotlinePoller.WATERMARK, "2026-03-16T09:00:00+08:00");
        api.respond(new PagedWorkOrders()
            .add("RX1", 1, "2026-03-16T08:00:00+08:00")
            .add("RX2", 1, "2026-03-16T09:00:00+08:00")
            .add("RX3", 2, "2026-03-16T10:00:00+08:00"));

        poller(5).poll();

        assertThat(api.requests().get(0).param("updatedAfter")).isEqualTo("2026-03-16T09:00:00+08:00");
        assertThat(sink.received()).extracting(CaseRecord::sourceId).containsExactly("RX3");
    }

    @Test
    void savesTheWatermarkAfterEveryPageSoAFailureLaterKeepsWhatWasDelivered() {
        api.respond(request -> request.param("cursor") == null
                ? Response.ok(page("c2", order("RX1", 1, "2026-03-16T08:00:00+08:00")))
                : Response.status(500));

        assertThat(poller(1).poll()).isEqualTo(Outcome.FAILED);

        assertThat(sink.received()).extracting(CaseRecord::sourceId).containsExactly("RX1");
        assertThat(state.watermark(HotlinePoller.WATERMARK)).contains("2026-03-16T08:00:00+08:00");
        assertThat(state.polls()).isEmpty();
        assertThat(state.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.stopped()).isFalse();
            assertThat(failure.message()).contains("500");
        });
    }

    @Test
    void honoursRetryAfterThenSucceeds() {
        api.respondInTurn(Response.status(429).withHeader("Retry-After", "1"), Response.ok(PAGE));

        assertThat(poller(5).poll()).isEqualTo(Outcome.POLLED);

        List<Request> requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThat(Duration.ofNanos(requests.get(1).nanos() - requests.get(0).nanos()))
            .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(sink.received()).extracting(CaseRecord::sourceId).containsExactly("RX1");
    }

    @Test
    void retriesServerErrorsWithBackOffThenSucceeds() {
        api.respondInTurn(Response.status(503), Response.status(503), Response.ok(PAGE));

        assertThat(poller(5).poll()).isEqualTo(Outcome.POLLED);

        List<Request> requests = api.requests();
        assertThat(requests).hasSize(3);
        // 50 ms, then doubled
        assertThat(Duration.ofNanos(requests.get(2).nanos() - requests.get(1).nanos()))
            .isGreaterThanOrEqualTo(Duration.ofMillis(90));
        assertThat(sink.received()).extracting(CaseRecord::sourceId).containsExactly("RX1");
        assertThat(state.failures()).isEmpty();
    }

    @Test
    void givesUpAfterMaxRetriesAndTriesAgainNextPoll() {
        api.respondInTurn(Response.status(503));
        HotlinePoller poller = poller(2);

        assertThat(poller.poll()).isEqualTo(Outcome.FAILED);
        assertThat(api.requests()).hasSize(3);
        assertThat(state.failures()).singleElement().extracting(Failed::stopped).isEqualTo(false);
        assertThat(state.watermark(HotlinePoller.WATERMARK)).isEmpty();

        api.respondInTurn(Response.ok(PAGE));
        assertThat(poller.poll()).isEqualTo(Outcome.POLLED);
        assertThat(sink.received()).hasSize(1);
    }

    @Test
    void refusedTokenStopsPollingWithoutRetries() {
        api.respondInTurn(Response.status(401));
        HotlinePoller poller = poller(5);

        assertThat(poller.poll()).isEqualTo(Outcome.ACCESS_DENIED);
        assertThat(poller.poll()).isEqualTo(Outcome.SKIPPED);

        assertThat(api.requests()).hasSize(1);
        assertThat(state.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(Source.HOTLINE);
            assertThat(failure.transport()).isEqualTo("http");
            assertThat(failure.stopped()).isTrue();
            assertThat(failure.message()).contains("401");
        });
    }

    @Test
    void staysQuietWhileStillRateLimitedAfterTheLastRetry() {
        api.respondInTurn(Response.status(429).withHeader("Retry-After", "60"));
        HotlinePoller poller = new HotlinePoller(new HotlineApiClient(http(0)), sink, state, http(0), 10);

        assertThat(poller.poll()).isEqualTo(Outcome.FAILED);
        assertThat(poller.poll()).isEqualTo(Outcome.SKIPPED);

        assertThat(api.requests()).hasSize(1);
    }

    private HotlinePoller poller(int maxRetries) {
        return new HotlinePoller(new HotlineApiClient(http(maxRetries)), sink, state, http(maxRetries), 10);
    }

    private HotlineProperties.Http http(int maxRetries) {
        return new HotlineProperties.Http(api.baseUrl(), "secret-token", Duration.ofMillis(100), 2,
                OffsetDateTime.parse("1970-01-01T00:00:00+08:00"), maxRetries, Duration.ofMillis(50),
                Duration.ofMillis(200), Duration.ofSeconds(2));
    }
}
