package org.disputehub.hub.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.hub.neo4j.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps bad deliveries with their reason and raw text. A record's identity is where it came from and what it
 * said, so the same bad line delivered again is kept once.
 */
@Component
public class QuarantineStore {

    private static final Logger log = LoggerFactory.getLogger(QuarantineStore.class);

    private static final String KEEP = """
            UNWIND $rows AS row
            MERGE (q:Quarantined {id: row.id})
            ON CREATE SET q += row.props, q.quarantinedAt = datetime()
            """;

    private final Driver driver;

    public QuarantineStore(Driver driver, SchemaMigrations schema) {
        this.driver = driver;
    }

    public void keep(List<QuarantinedRecord> records) {
        List<Map<String, Object>> rows = records.stream().map(QuarantineStore::row).toList();
        records.forEach(record -> log.warn("Quarantined {} record from {} {}: {} ({})", record.source(),
                record.origin().resource(), record.origin().locator(), record.reason(), record.message()));
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(KEEP, Map.of("rows", rows)).consume());
        }
    }

    private static Map<String, Object> row(QuarantinedRecord record) {
        Map<String, Object> props = new HashMap<>();
        props.put("source", record.source().name());
        props.put("transport", record.origin().transport());
        props.put("resource", record.origin().resource());
        props.put("locator", record.origin().locator());
        props.put("reason", record.reason());
        props.put("message", record.message());
        props.put("raw", record.raw());
        props.values().removeIf(java.util.Objects::isNull);
        String identity = String.join("\u0000", record.source().name(), String.valueOf(record.origin().resource()),
                String.valueOf(record.origin().locator()), String.valueOf(record.raw()));
        return Map.of("id", sha256(identity), "props", props);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
