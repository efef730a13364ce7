package org.disputehub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * The README's run command, as a test: the demo profile brings sample data in through all three live
 * transports (hotline API simulator over HTTP, police tables over JDBC, petition files) and GraphQL serves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "hub.neo4j.embedded.data-dir=${java.io.tmpdir}/dispute-hub-tests/${random.uuid}",
        "hub.neo4j.embedded.page-cache-size=64m",
        "hub.sources.petition.poll-interval=200ms",
        "hub.sources.police.jdbc.url=jdbc:h2:mem:demo-test;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("demo")
@Import(TestGraph.class)
// Its own context is used by no other test: close it now rather than at JVM exit.
@DirtiesContext
class DemoTest {

    // The hotline connector calls the simulator on the hub's own port, so the port is fixed before start.
    private static final int PORT = TestSocketUtils.findAvailableTcpPort();

    @DynamicPropertySource
    static void portAndFolders(DynamicPropertyRegistry registry) throws IOException {
        registry.add("server.port", () -> PORT);
        // One folder for the whole run: a ${random.uuid} placeholder would differ at each use.
        Path workDir = Files.createTempDirectory("hub-demo");
        registry.add("hub.demo.work-dir", workDir::toString);
    }

    @Autowired
    TestGraph graph;

    @Test
    void demoDataFlowsInThroughEveryLiveTransport() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String source : new String[] { "HOTLINE", "PETITION", "POLICE" }) {
                assertThat(graph.count("MATCH (c:Case {source: $source}) RETURN count(c)", Map.of("source", source)))
                    .as(source).isPositive();
            }
            assertThat(graph.count("MATCH (s:SourceState {name: 'poll:HOTLINE:http'}) WHERE s.lastError IS NULL "
                    + "RETURN count(s)")).isEqualTo(1);
        });
        assertThat(graph.count("MATCH (c:Case {source: 'POLICE'}) RETURN count(c)"))
            .as("every incident in the demo police tables")
            .isEqualTo(300);

        graph.graphQl().document("{ cases(first: 5) { edges { node { id parties { name } } } } }")
            .execute()
            .path("cases.edges").entityList(Object.class).hasSize(5);
    }
}
