package org.disputehub.connector.hotline.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.hotline.HotlineTestApp;
import org.disputehub.connector.hotline.InMemorySourceStateStore;
import org.disputehub.connector.hotline.InMemorySourceStateStore.Failed;
import org.disputehub.connector.hotline.http.FakeHotlineApi.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = HotlineTestApp.class, properties = {
        "hub.sources.hotline.http.token=revoked-token",
        "hub.sources.hotline.http.poll-interval=100ms" })
@DirtiesContext
class HotlinePollRouteAccessDeniedTest {

    static final FakeHotlineApi api = FakeHotlineApi.start();

    static {
        api.respondInTurn(Response.status(401));
    }

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
    void refusedTokenStopsTheRoute() throws InterruptedException {
        await().atMost(Duration.ofSeconds(10))
            .until(() -> camel.getRouteController().getRouteStatus(HotlinePollRoute.ROUTE_ID).isStopped());

        assertThat(state.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(Source.HOTLINE);
            assertThat(failure.transport()).isEqualTo("http");
            assertThat(failure.stopped()).isTrue();
        });
        assertThat(state.polls()).isEmpty();

        Thread.sleep(500); // five poll intervals
        assertThat(api.requests()).hasSize(1);
        assertThat(state.failures()).extracting(Failed::stopped).containsExactly(true);
    }
}
