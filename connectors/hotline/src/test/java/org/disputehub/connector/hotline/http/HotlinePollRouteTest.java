package org.disputehub.connector.hotline.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.hotline.HotlineTestApp;
import org.disputehub.connector.hotline.InMemorySourceStateStore;
import org.disputehub.connector.hotline.InMemorySourceStateStore.Polled;
import org.disputehub.connector.hotline.RecordingCaseSink;
import org.disputehub.connector.hotline.file.HotlineFileRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = HotlineTestApp.class, properties = {
        "hub.sources.hotline.http.token=secret-token",
        "hub.sources.hotline.http.poll-interval=100ms",
        "hub.sources.hotline.http.page-size=2",
        "hub.sources.hotline.http.backoff=50ms" })
@DirtiesContext
class HotlinePollRouteTest {

    static final FakeHotlineApi api = FakeHotlineApi.start();
    static final PagedWorkOrders orders = new PagedWorkOrders()
        .add("RX1", 1, "2026-03-16T08:00:00+08:00")
        .add("RX2", 1, "2026-03-16T09:00:00+08:00")
        .add("RX3", 2, "2026-03-16T10:00:00+08:00")
        .add("RX4", 1, "2026-03-16T11:00:00+08:00")
        .add("RX5", 3, "2026-03-16T12:00:00+08:00");

    static {
        api.respond(orders);
    }

    @Autowired
    RecordingCaseSink sink;

    @Autowired
    InMemorySourceStateStore state;

    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("hub.sources.hotline.http.base-url", api::baseUrl);
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @Test
    void catchesUpAcrossPagesThenPollsOnlyWhatChangedAfterTheWatermark() {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> sink.received().size() >= 5 && state.polls().size() >= 2);

        assertThat(sink.received()).extracting(CaseRecord::sourceId)
            .containsExactly("RX1", "RX2", "RX3", "RX4", "RX5");
        assertThat(state.watermark(HotlinePoller.WATERMARK)).contains("2026-03-16T12:00:00+08:00");
        assertThat(state.polls()).startsWith(
                new Polled(Source.HOTLINE, "http", 5), new Polled(Source.HOTLINE, "http", 0));

        var requests = api.requests();
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer secret-token");
            assertThat(request.param("limit")).isEqualTo("2");
        });
        // first poll: the default initial watermark, three pages
        assertThat(requests.subList(0, 3)).extracting(request -> request.param("updatedAfter"))
            .containsOnly("1970-01-01T00:00:00+08:00");
        assertThat(requests.subList(0, 3)).extracting(request -> request.param("cursor"))
            .containsExactly(null, "o2", "o4");
        // the next poll asks only for what changed after the saved watermark
        assertThat(requests.get(3).param("updatedAfter")).isEqualTo("2026-03-16T12:00:00+08:00");
        assertThat(requests.get(3).param("cursor")).isNull();

        // an order changed at the source arrives with a later poll
        orders.add("RX2", 2, "2026-03-16T13:00:00+08:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> sink.versions().get("HOTLINE:RX2") == 2L);
        assertThat(state.watermark(HotlinePoller.WATERMARK)).contains("2026-03-16T13:00:00+08:00");
    }

    @Test
    void onlyThePollRouteRunsWithoutAFolder() {
        assertThat(camel.getRoute(HotlinePollRoute.ROUTE_ID)).isNotNull();
        assertThat(camel.getRoute(HotlineFileRoute.ROUTE_ID)).isNull();
    }
}
