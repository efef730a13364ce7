package org.disputehub.connector.police;

import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.QuarantinedRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = { PoliceTestApplication.class, PoliceFileRouteTest.Hub.class })
class PoliceFileRouteTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("hub.sources.police.files", folder::toString);
        registry.add("hub.sources.police.file-poll-interval", () -> "100ms");
        registry.add("hub.sources.police.batch-size", () -> "16");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Hub {

        @Bean
        RecordingCaseSink caseSink() {
            return new RecordingCaseSink();
        }
    }

    @Autowired
    CamelContext camel;

    @Autowired
    RecordingCaseSink sink;

    @Test
    void loadsAnExportAndMovesItToDone() throws IOException {
        NotifyBuilder loaded = route("incidents-001.jsonl").whenCompleted(1).create();

        drop("incidents-001.jsonl");

        assertThat(loaded.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(sink.deliveries()).filteredOn(record -> fromFile(record, "incidents-001.jsonl"))
            .hasSize(40)
            .allSatisfy(record -> assertThat(record.parties()).isNotEmpty());
        assertThat(sink.quarantined())
            .filteredOn(bad -> bad.origin().resource().equals("incidents-001.jsonl"))
            .extracting(QuarantinedRecord::reason)
            .containsExactly(QuarantinedRecord.UNPARSABLE_DATE, QuarantinedRecord.TRUNCATED_JSON,
                    QuarantinedRecord.MISSING_PRIMARY_KEY);
        await().atMost(Duration.ofSeconds(5))
            .untilAsserted(() -> assertThat(folder.resolve("done/incidents-001.jsonl")).exists());
        assertThat(folder.resolve("incidents-001.jsonl")).doesNotExist();
    }

    @Test
    void movesAnExportTheHubCouldNotTakeToFailed() throws IOException {
        NotifyBuilder attempted = route("incidents-002.jsonl").whenFailed(1).create();
        sink.failWith("hub database down");
        try {
            drop("incidents-002.jsonl");

            assertThat(attempted.matches(20, TimeUnit.SECONDS)).isTrue();
        }
        finally {
            sink.failWith(null);
        }
        await().atMost(Duration.ofSeconds(5))
            .untilAsserted(() -> assertThat(folder.resolve("failed/incidents-002.jsonl")).exists());
    }

    @Test
    void leavesOtherFilesAlone() throws IOException {
        NotifyBuilder loaded = route("incidents-003.jsonl").whenCompleted(1).create();
        Files.writeString(folder.resolve("readme.txt"), "not an export");

        drop("incidents-003.jsonl");

        assertThat(loaded.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(folder.resolve("readme.txt")).exists();
    }

    /** The route's exchanges of one file only: another test's file may still be finishing. */
    private NotifyBuilder route(String fileName) {
        return new NotifyBuilder(camel).fromRoute(PoliceFileRoute.ROUTE_ID)
            .filter(header(Exchange.FILE_NAME).isEqualTo(fileName));
    }

    private void drop(String name) throws IOException {
        // written beside the folder and moved in, as an SFTP upload with a temporary name would end
        Path staged = Files.createTempFile(folder.getParent(), "police", ".part");
        try (InputStream export = getClass().getResourceAsStream("/police/incidents-sample.jsonl")) {
            Files.copy(export, staged, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(staged, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean fromFile(CaseRecord record, String name) {
        return record.origin().resource().equals(name);
    }
}
