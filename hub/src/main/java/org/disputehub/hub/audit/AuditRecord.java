package org.disputehub.hub.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** One response that carried unmasked personal data; {@code sortKey} is its place in the newest-first log. */
record AuditRecord(String id, OffsetDateTime at, String subject, List<String> roles, String purpose, String agency,
        String channel, String operation, String queryHash, List<String> fields, List<String> subjects) {

    static AuditRecord of(Node node) {
        return new AuditRecord(node.get("id").asString(), node.get("at").asOffsetDateTime(),
                node.get("subject").asString(null), node.get("roles").asList(Value::asString),
                node.get("purpose").asString(null), node.get("agency").asString(null), node.get("channel").asString(),
                node.get("operation").asString(null), node.get("queryHash").asString(),
                node.get("fields").asList(Value::asString), node.get("subjects").asList(Value::asString));
    }

    String sortKey() {
        return at + "|" + id;
    }
}
