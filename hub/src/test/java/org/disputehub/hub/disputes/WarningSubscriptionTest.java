package org.disputehub.hub.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.disputehub.hub.warnings.WarningFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/** A live dashboard subscribed over WebSocket hears of a dispute turning hot and red as ingest commits it. */
@HubTest
class WarningSubscriptionTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @Autowired
    WarningFeed feed;

    @Value("${local.server.port}")
    int port;

    @Test
    @SuppressWarnings("rawtypes")
    void aThirdPoliceCallWithinThirtyDaysRaisesALiveAlert() throws Exception {
        graph.clear();
        sink.accept(List.of(police("JQ700", MARCH, party(1, "梁玉兰", "99661119780815700X", "红星村3组12号"))));
        sink.accept(List.of(police("JQ701", MARCH.plusDays(7), party(1, "梁玉兰", "99661119780815700X", null))));

        WebSocketGraphQlTester tester = WebSocketGraphQlTester
            .builder(URI.create("ws://localhost:" + port + "/graphql"), new StandardWebSocketClient())
            .headers(graph::asAdmin)
            .build();
        CompletableFuture<Map> alert = tester.documentName("warningRaised")
            .variable("areaCode", "996611")
            .variable("atLeast", "red")
            .executeSubscription()
            .toFlux("warningRaised", Map.class)
            .next()
            .timeout(Duration.ofSeconds(30))
            .toFuture();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (feed.subscribers() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(feed.subscribers()).as("subscriptions listening").isPositive();

        sink.accept(List.of(police("JQ702", MARCH.plusDays(20), party(1, "梁玉兰", "99661119780815700X", null))));

        Map received = alert.get(30, TimeUnit.SECONDS);
        assertThat(received.get("level")).isEqualTo("red");
        assertThat(received.get("turnedHot")).isEqualTo(true);
        assertThat((List<?>) received.get("reasons")).anySatisfy(
                reason -> assertThat(reason.toString()).contains("3 police incidents within 30 days"));
        assertThat(((Map) received.get("dispute")).get("caseCount")).isEqualTo(3);
        tester.stop().block(Duration.ofSeconds(5));
    }
}
