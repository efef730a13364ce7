package org.disputehub.connector.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.disputehub.connector.api.QuarantinedRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = {
        "hub.sources.petition.poll-interval=100ms",
        "hub.sources.petition.read-lock-check-interval=100ms",
        "hub.sources.petition.batch-size=20"})
class PetitionFileRouteTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dropFolder;

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("hub.sources.petition.files", dropFolder::toString);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        CollectingSink caseSink() {
            return new CollectingSink();
        }
    }

    @Autowired
    CollectingSink sink;

    @Autowired
    CamelContext camel;

    @BeforeEach
    void resetSink() {
        sink.reset();
    }

    @Test
    void readsADroppedExportAndMovesItToDone() throws IOException {
        Path ignored = Files.writeString(dropFolder.resolve("readme.txt"), "not an export");
        drop("petitions-2026-03-11.csv");

        Path done = dropFolder.resolve("done/petitions-2026-03-11.csv");
        await().atMost(WAIT).until(() -> Files.exists(done));

        assertThat(camel.getRoute(PetitionFileRoute.ROUTE_ID)).isNotNull();
        // 60 petitions and one wrong_column_count row, as in PetitionCsvReaderTest
        assertThat(sink.cases).hasSize(60);
        assertThat(sink.quarantined).extracting(QuarantinedRecord::reason)
            .containsExactly(QuarantinedRecord.WRONG_COLUMN_COUNT);
        assertThat(Files.exists(dropFolder.resolve("petitions-2026-03-11.csv"))).isFalse();
        assertThat(ignored).exists();
    }

    @Test
    void movesAFileToFailedWhenTheSinkFails() throws IOException {
        sink.failing = true;
        String csv = "信访件编号,登记日期,更新时间\r\nXF2026040100001,2026-04-01,2026-04-01 10:00:00\r\n";
        Files.write(dropFolder.resolve("petitions-2026-04-01.csv"), csv.getBytes(Charset.forName("GB18030")));

        Path failed = dropFolder.resolve("failed/petitions-2026-04-01.csv");
        await().atMost(WAIT).until(() -> Files.exists(failed));

        assertThat(sink.cases).isEmpty();
        assertThat(dropFolder.resolve("done/petitions-2026-04-01.csv")).doesNotExist();
    }

    private static void drop(String fixture) throws IOException {
        try (InputStream input = PetitionFileRouteTest.class.getResourceAsStream("/petition/" + fixture)) {
            Files.copy(input, dropFolder.resolve(fixture), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
