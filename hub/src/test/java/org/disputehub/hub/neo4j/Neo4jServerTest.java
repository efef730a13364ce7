package org.disputehub.hub.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;

import java.util.List;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same hub against a Neo4j server, as docker-compose runs it; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestGraph.class)
class Neo4jServerTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
    }

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @Test
    void storesAndLinksCasesOnAServer() {
        sink.accept(List.of(police("JQ-SERVER", MARCH, party(1, "梁玉兰", "99661119780815700X", null))));

        assertThat(graph.count("MATCH (:Case {key: 'POLICE:JQ-SERVER'})-[:HAS_PARTY]->(:Mention)-[:REFERS_TO]->"
                + "(p:Person) RETURN count(p)")).isEqualTo(1);
    }
}
