package org.disputehub.hub.quarantine;

import java.time.OffsetDateTime;

import org.neo4j.driver.types.Node;

public record QuarantineView(String id, String source, String transport, String resource, String locator,
        String reason, String message, String raw, OffsetDateTime quarantinedAt) {

    static QuarantineView of(Node node) {
        return new QuarantineView(node.get("id").asString(), node.get("source").asString(),
                node.get("transport").asString(null), node.get("resource").asString(null),
                node.get("locator").asString(null), node.get("reason").asString(), node.get("message").asString(null),
                node.get("raw").asString(null), node.get("quarantinedAt").asOffsetDateTime());
    }
}
