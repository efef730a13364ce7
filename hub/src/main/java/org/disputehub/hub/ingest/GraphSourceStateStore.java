package org.disputehub.hub.ingest;

import java.util.Map;
import java.util.Optional;

import org.disputehub.connector.api.Source;
import org.disputehub.connector.api.SourceStateStore;
import org.disputehub.hub.neo4j.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** Watermarks and poll outcomes kept in the graph, so they survive restarts with the data they describe. */
@Component
public class GraphSourceStateStore implements SourceStateStore {

    private final Driver driver;

    public GraphSourceStateStore(Driver driver, SchemaMigrations schema) {
        this.driver = driver;
    }

    @Override
    public Optional<String> watermark(String name) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(SourceStateCypher.READ_WATERMARK, Map.of("name", name))
                .stream()
                .findFirst()
                .map(record -> record.get("watermark"))
                .filter(value -> !value.isNull())
                .map(value -> value.asString()));
        }
    }

    @Override
    public void saveWatermark(String name, String value) {
        write(SourceStateCypher.SAVE_WATERMARK, Map.of("name", name, "watermark", value));
    }

    @Override
    public void polled(Source source, String transport, int received) {
        write(SourceStateCypher.POLLED, Map.of("name", pollName(source, transport), "source", source.name(),
                "transport", transport, "received", received));
    }

    @Override
    public void failed(Source source, String transport, String message, boolean stopped) {
        write(SourceStateCypher.FAILED, Map.of("name", pollName(source, transport), "source", source.name(),
                "transport", transport, "message", String.valueOf(message), "stopped", stopped));
    }

    static String pollName(Source source, String transport) {
        return "poll:" + source.name() + ":" + transport;
    }

    private void write(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
        }
    }
}
