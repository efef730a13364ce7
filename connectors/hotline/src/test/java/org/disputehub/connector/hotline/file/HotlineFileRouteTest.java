package org.disputehub.connector.hotline.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.hotline.HotlineTestApp;
import org.disputehub.connector.hotline.RecordingCaseSink;
import org.disputehub.connector.hotline.http.HotlinePollRoute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = HotlineTestApp.class, properties = {
        "hub.sources.hotline.file-poll-interval=100ms",
        "hub.sources.hotline.batch-size=2" })
@DirtiesContext
class HotlineFileRouteTest {

    @TempDir
    static Path drop;

    @Autowired
    RecordingCaseSink sink;

    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void dropFolder(DynamicPropertyRegistry registry) {
        registry.add("hub.sources.hotline.files", drop::toString);
    }

    /** Both exports lie in the folder before the route starts, the later one written first. */
    @BeforeAll
    static void dropExports() throws IOException {
        copy("work-orders-002.jsonl");
        copy("work-orders-001.jsonl");
    }

    @Test
    void readsExportsInNameOrderAndMovesThemToDone() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(drop.resolve("done/work-orders-001.jsonl")).exists();
            assertThat(drop.resolve("done/work-orders-002.jsonl")).exists();
            assertThat(sink.quarantined()).hasSize(3);
        });

        assertThat(drop.resolve("work-orders-001.jsonl")).doesNotExist();
        assertThat(drop.resolve("failed")).doesNotExist();
        assertThat(sink.received()).extracting(CaseRecord::sourceId).containsExactly(
                "RX20260101000002", "RX20260106000052", "RX20260110000031", "RX20260110000031");
        assertThat(sink.received()).extracting(record -> record.origin().resource()).containsExactly(
                "work-orders-001.jsonl", "work-orders-001.jsonl", "work-orders-001.jsonl", "work-orders-002.jsonl");
        assertThat(sink.versions()).containsEntry("HOTLINE:RX20260110000031", 3L);
        assertThat(sink.received().get(1).origin()).isEqualTo(Origin.fileLine("work-orders-001.jsonl", 2));
    }

    @Test
    void quarantinesBrokenLinesWithTheirLineNumber() {
        await().atMost(Duration.ofSeconds(10)).until(() -> sink.quarantined().size() == 3);

        assertThat(sink.quarantined()).extracting(QuarantinedRecord::origin, QuarantinedRecord::reason)
            .containsExactlyInAnyOrder(
                    tuple(Origin.fileLine("work-orders-001.jsonl", 3),
                            QuarantinedRecord.TRUNCATED_JSON),
                    tuple(Origin.fileLine("work-orders-002.jsonl", 2),
                            QuarantinedRecord.MISSING_PRIMARY_KEY),
                    tuple(Origin.fileLine("work-orders-002.jsonl", 3),
                            QuarantinedRecord.UNPARSABLE_DATE));
        assertThat(sink.quarantined().get(0).raw()).startsWith("{\"orderNo\": \"RX20260305000083\"");
    }

    @Test
    void onlyTheFileRouteRunsWithoutAnApiUrl() {
        assertThat(camel.getRoute(HotlineFileRoute.ROUTE_ID)).isNotNull();
        assertThat(camel.getRoute(HotlinePollRoute.ROUTE_ID)).isNull();
    }

    private static void copy(String name) throws IOException {
        // written under another name and renamed, as a careful uploader would
        Path partial = drop.resolve(name + ".part");
        try (InputStream in = HotlineFileRouteTest.class.getResourceAsStream("/hotline/" + name)) {
            Files.copy(in, partial);
        }
        Files.move(partial, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
