package org.disputehub.hub.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jTest {

    @Test
    void keepsTheGraphAcrossARestart(@TempDir Path dataDir) {
        var properties = new EmbeddedNeo4jProperties(dataDir, 0, "32m", java.time.Duration.ofSeconds(60));
        try (var neo4j = new EmbeddedNeo4j(properties);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
                var session = driver.session()) {
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
            session.run("CREATE (:Marker {name: 'before restart'})").consume();
        }

        try (var neo4j = new EmbeddedNeo4j(properties);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
                var session = driver.session()) {
            assertThat(session.run("MATCH (m:Marker) RETURN m.name").single().get(0).asString())
                .isEqualTo("before restart");
        }
    }
}
