package org.disputehub.hub.neo4j;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A persistent Neo4j running inside the hub's JVM, reachable over Bolt on localhost only. */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final URI boltUri;

    public EmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
        java.nio.file.Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        this.service = new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
            // Neo4j 5.26's in-JVM Bolt channel breaks on the Netty 4.2 that Boot 4 brings.
            .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
            // Neo4j's own HTTP server cannot run beside Boot 4; the hub speaks Bolt only.
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCacheSize()))
            .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
            .build();
        GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = database.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
        this.boltUri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
        log.info("Embedded Neo4j started in {} with Bolt at {}", dataDir, boltUri);
    }

    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        service.shutdown();
    }

}
