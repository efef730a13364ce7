package org.disputehub.connector.hotline.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.disputehub.connector.hotline.http.WorkOrderJson.order;
import static org.disputehub.connector.hotline.http.WorkOrderJson.page;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.hotline.HotlineProperties;
import org.disputehub.connector.hotline.http.FakeHotlineApi.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HotlineApiClientTest {

    private static final OffsetDateTime SINCE = OffsetDateTime.parse("2026-03-15T09:12:33+08:00");

    private final FakeHotlineApi api = FakeHotlineApi.start();
    private final HotlineApiClient client = new HotlineApiClient(http(api.baseUrl() + "/", Duration.ofMillis(500)));

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void asksForOrdersUpdatedAfterWithTheBearerToken() {
        api.respondInTurn(Response.ok(page(null)));

        client.fetch(SINCE, "abc+/=");

        var request = api.requests().get(0);
        assertThat(request.path()).isEqualTo("/api/v1/work-orders");
        assertThat(request.authorization()).isEqualTo("Bearer secret-token");
        assertThat(request.param("updatedAfter")).isEqualTo("2026-03-15T09:12:33+08:00");
        assertThat(request.param("cursor")).isEqualTo("abc+/=");
        assertThat(request.param("limit")).isEqualTo("50");
    }

    @Test
    void firstPageHasNoCursor() {
        api.respondInTurn(Response.ok(page(null)));

        client.fetch(SINCE, null);

        assertThat(api.requests().get(0).query()).containsOnlyKeys("updatedAfter", "limit");
    }

    @Test
    void mapsItemsAndReadsTheNextCursor() {
        api.respondInTurn(Response.ok(page("c2",
                order("RX1", 1, "2026-03-16T08:00:00+08:00"),
                order("RX2", 4, "2026-03-16T09:00:00+08:00"))));

        HotlinePage page = client.fetch(SINCE, "c1");

        assertThat(page.cases()).extracting(CaseRecord::sourceId, CaseRecord::version)
            .containsExactly(tuple("RX1", 1L),
                    tuple("RX2", 4L));
        assertThat(page.cases().get(1).origin()).isEqualTo(
                new Origin("http", api.baseUrl() + "/api/v1/work-orders", "orderNo:RX2@cursor:c1"));
        assertThat(page.quarantined()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo("c2");
        assertThat(page.lastUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-16T09:00:00+08:00"));
    }

    @Test
    void quarantinesABadItemAndKeepsTheRestOfThePage() {
        String noOrderNo = order("", 2, "2026-03-16T08:30:00+08:00");
        String badDate = order("RX3", 1, "2026-03-16T25:00:00+08:00");
        api.respondInTurn(Response.ok(page(null,
                order("RX1", 1, "2026-03-16T08:00:00+08:00"),
                noOrderNo,
                badDate,
                order("RX4", 1, "2026-03-16T10:00:00+08:00"))));

        HotlinePage page = client.fetch(SINCE, null);

        assertThat(page.cases()).extracting(CaseRecord::sourceId).containsExactly("RX1", "RX4");
        assertThat(page.quarantined()).extracting(q -> q.origin().locator(), QuarantinedRecord::reason)
            .containsExactly(
                    tuple("orderNo:?@cursor:-", QuarantinedRecord.MISSING_PRIMARY_KEY),
                    tuple("orderNo:RX3@cursor:-", QuarantinedRecord.UNPARSABLE_DATE));
        assertThat(page.quarantined().get(1).raw()).contains("\"orderNo\":\"RX3\"", "2026-03-16T25:00:00+08:00");
        assertThat(page.quarantined().get(1).origin().transport()).isEqualTo("http");
        assertThat(page.nextCursor()).isNull();
        assertThat(page.size()).isEqualTo(4);
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() {
        api.respondInTurn(Response.status(429).withHeader("Retry-After", "7"));

        assertThatThrownBy(() -> client.fetch(SINCE, null)).isInstanceOfSatisfying(RateLimitedException.class,
                ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void tooManyRequestsWithoutRetryAfterWaitsThirtySeconds() {
        api.respondInTurn(Response.status(429));

        assertThatThrownBy(() -> client.fetch(SINCE, null)).isInstanceOfSatisfying(RateLimitedException.class,
                ex -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void serverErrorIsTransient() {
        api.respondInTurn(Response.status(503));

        assertThatThrownBy(() -> client.fetch(SINCE, null)).isInstanceOf(TransientHotlineException.class)
            .hasMessageContaining("503");
    }

    @Test
    void slowAnswerIsATransientTimeout() {
        api.respondInTurn(Response.ok(page(null)).after(Duration.ofSeconds(2)));

        assertThatThrownBy(() -> client.fetch(SINCE, null)).isInstanceOf(TransientHotlineException.class);
    }

    @Test
    void unreachableApiIsTransient() {
        api.close();

        assertThatThrownBy(() -> client.fetch(SINCE, null)).isInstanceOf(TransientHotlineException.class);
    }

    @Test
    void refusedTokenIsAccessDenied() {
        api.respondInTurn(Response.status(401));
        assertThatThrownBy(() -> client.fetch(SINCE, null)).isInstanceOf(HotlineAccessDeniedException.class);

        api.respondInTurn(Response.status(403));
        assertThatThrownBy(() -> client.fetch(SINCE, null)).isInstanceOf(HotlineAccessDeniedException.class);
    }

    @Test
    void otherClientErrorIsNeitherTransientNorAccessDenied() {
        api.respondInTurn(Response.status(404));

        assertThatThrownBy(() -> client.fetch(SINCE, null)).isExactlyInstanceOf(HotlineApiException.class);
    }

    @Test
    void bodyWithoutItemsIsAnApiError() {
        api.respondInTurn(Response.ok("{\"orders\": []}"));

        assertThatThrownBy(() -> client.fetch(SINCE, null)).isExactlyInstanceOf(HotlineApiException.class)
            .hasMessageContaining("items");
    }

    static HotlineProperties.Http http(String baseUrl, Duration timeout) {
        return new HotlineProperties.Http(baseUrl, "secret-token", Duration.ofMillis(100), 50,
                OffsetDateTime.parse("1970-01-01T00:00:00+08:00"), 5, Duration.ofMillis(50), Duration.ofMillis(200),
                timeout);
    }
}
