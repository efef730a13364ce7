package org.disputehub.hub.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.LinkScores;
import org.disputehub.hub.support.SharedDataset;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.core.io.FileSystemResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The labelled dev data set end to end: every file through the real file routes, and the police tables through
 * JDBC polling as well (the same incidents twice, which must not duplicate anything). Counts must match the
 * truth exactly, and delivering every file again must change no count.
 */
@HubTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Its own context is used by no other test: close it now rather than at JVM exit.
@DirtiesContext
class DevDatasetIngestTest {

    private static final Path DEV = SharedDataset.dev();
    private static final String POLICE_DB = "jdbc:h2:mem:dev-police;DB_CLOSE_DELAY=-1";
    private static Path inbox;

    @Autowired
    TestGraph graph;

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireDataset() throws IOException {
        Assumptions.assumeTrue(SharedDataset.present(DEV), "../shared/datasets/dev is absent");
    }

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) throws IOException {
        inbox = Files.createTempDirectory("dev-inbox");
        new ResourceDatabasePopulator(new FileSystemResource(DEV.resolve("police/police.sql")))
            .execute(new DriverManagerDataSource(POLICE_DB, "sa", ""));
        for (String source : new String[] { "hotline", "petition", "police" }) {
            Path folder = Files.createDirectories(inbox.resolve(source));
            registry.add("hub.sources." + source + ".files", folder::toString);
        }
        registry.add("hub.sources.hotline.file-poll-interval", () -> "200ms");
        registry.add("hub.sources.petition.poll-interval", () -> "200ms");
        registry.add("hub.sources.police.file-poll-interval", () -> "200ms");
        registry.add("hub.sources.police.jdbc.url", () -> POLICE_DB);
        registry.add("hub.sources.police.jdbc.username", () -> "sa");
        registry.add("hub.sources.police.jdbc.password", () -> "");
        registry.add("hub.sources.police.jdbc.poll-interval", () -> "500ms");
    }

    @Test
    @Order(1)
    void ingestsEveryValidRecordOnceAndQuarantinesEveryBadOne() throws IOException {
        deliverAllFiles();

        Map<String, Long> expectedCases = SharedDataset.countBySource(DEV.resolve("truth/cases.csv"));
        Map<String, Long> expectedBad = SharedDataset.countBySource(DEV.resolve("truth/bad.csv"));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(waitingFiles()).isZero();
            assertThat(casesBySource()).isEqualTo(expectedCases);
        });
        assertThat(quarantinedBySource()).isEqualTo(expectedBad);
        assertThat(graph.count("MATCH (q:Quarantined) WHERE q.reason IS NULL OR q.raw IS NULL RETURN count(q)"))
            .as("every quarantined record has its reason and raw text")
            .isZero();
        assertThat(graph.count("MATCH (c:Case)-[:HAS_PARTY]->(m:Mention) RETURN count(m)"))
            .isEqualTo(SharedDataset.countBySource(DEV.resolve("truth/mentions.csv")).values().stream()
                .mapToLong(Long::longValue).sum());
    }

    @Test
    @Order(2)
    void exportsEveryMentionAndCaseForScoring() throws IOException {
        Assumptions.assumeTrue(graph.count("MATCH (c:Case) RETURN count(c)") > 0, "needs the first delivery");
        var export = WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port + "/export/links")
            .defaultHeaders(graph::asAdmin)
            .responseTimeout(Duration.ofMinutes(1))
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
            .build()
            .get().exchange()
            .expectStatus().isOk()
            .expectBody(Map.class).returnResult().getResponseBody();

        assertThat((List<?>) export.get("mentions")).hasSize((int) graph.count("MATCH (m:Mention) RETURN count(m)"));
        assertThat((List<?>) export.get("cases")).hasSize((int) graph.count("MATCH (c:Case) RETURN count(c)"));

        // Kept for eval_linking.py: python3 ../shared/tools/eval_linking.py --truth … --predicted hub/target/dev-links.json
        Files.writeString(Path.of("target", "dev-links.json"), JsonMapper.builder().build().writeValueAsString(export));
        LinkScores.Scores scores = LinkScores.score(DEV.resolve("truth"), export);
        System.out.printf("Dev set links: persons %s | households %s | disputes %s | hot %s%n", scores.persons(),
                scores.households(), scores.disputes(), scores.hot());
        // Floors just under what linking reaches today, so it can only improve; the household target (0.97) is
        // not met yet, persons (0.98) only just: see the README's figures.
        assertThat(scores.persons().f1()).as("persons F1").isGreaterThanOrEqualTo(0.975);
        assertThat(scores.households().f1()).as("households F1").isGreaterThanOrEqualTo(0.905);
        assertThat(scores.disputes().f1()).as("disputes F1").isGreaterThanOrEqualTo(0.96);
        assertThat(scores.hot().recall()).as("hot disputes recall").isGreaterThanOrEqualTo(0.95);
        assertThat(scores.hot().precision()).as("hot disputes precision").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    @Order(3)
    void deliveringEverythingAgainChangesNothing() throws IOException {
        Assumptions.assumeTrue(graph.count("MATCH (c:Case) RETURN count(c)") > 0, "needs the first delivery");
        Map<String, Long> cases = casesBySource();
        Map<String, Long> quarantined = quarantinedBySource();
        long ingested = graph.count("MATCH (s:SourceState) WHERE s.name STARTS WITH 'ingest:' RETURN sum(s.ingested)");
        long nodes = graph.count("MATCH (n) RETURN count(n)");
        long relationships = graph.count("MATCH ()-[r]->() RETURN count(r)");

        deliverAllFiles();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
            .untilAsserted(() -> assertThat(waitingFiles()).isZero());

        assertThat(casesBySource()).isEqualTo(cases);
        assertThat(quarantinedBySource()).isEqualTo(quarantined);
        assertThat(graph.count("MATCH (s:SourceState) WHERE s.name STARTS WITH 'ingest:' RETURN sum(s.ingested)"))
            .isEqualTo(ingested);
        assertThat(graph.count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(graph.count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    private static void deliverAllFiles() throws IOException {
        for (String source : new String[] { "hotline", "petition", "police" }) {
            try (Stream<Path> files = Files.list(DEV.resolve(source))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jsonl") || f.toString().endsWith(".csv"))
                    .sorted().toList()) {
                    Path partial = inbox.resolve(source).resolve(file.getFileName() + ".part");
                    Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, inbox.resolve(source).resolve(file.getFileName().toString()),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    private static long waitingFiles() throws IOException {
        long waiting = 0;
        for (String source : new String[] { "hotline", "petition", "police" }) {
            try (Stream<Path> files = Files.list(inbox.resolve(source))) {
                waiting += files.filter(Files::isRegularFile).count();
            }
            try (Stream<Path> failed = Files.exists(inbox.resolve(source).resolve("failed"))
                    ? Files.list(inbox.resolve(source).resolve("failed")) : Stream.empty()) {
                assertThat(failed.toList()).as("files that failed to process").isEmpty();
            }
        }
        return waiting;
    }

    private Map<String, Long> casesBySource() {
        return bySource("Case");
    }

    private Map<String, Long> quarantinedBySource() {
        return bySource("Quarantined");
    }

    private Map<String, Long> bySource(String label) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String source : new String[] { "HOTLINE", "PETITION", "POLICE" }) {
            long count = graph.count("MATCH (n:" + label + " {source: $source}) RETURN count(n)",
                    Map.of("source", source));
            if (count > 0) {
                counts.put(source, count);
            }
        }
        return counts;
    }
}
