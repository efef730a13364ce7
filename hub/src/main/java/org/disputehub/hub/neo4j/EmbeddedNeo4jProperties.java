package org.disputehub.hub.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process Neo4j used when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir        where the graph is kept between runs
 * @param boltPort       Bolt port on localhost; 0 picks a free one
 * @param pageCacheSize  Neo4j page cache, e.g. {@code 256m}
 * @param transactionTimeout a transaction running longer is stopped by the database (runaway reads)
 */
@ConfigurationProperties("hub.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("./data/neo4j") Path dataDir,
        @DefaultValue("0") int boltPort,
        @DefaultValue("256m") String pageCacheSize,
        @DefaultValue("120s") java.time.Duration transactionTimeout) {
}
