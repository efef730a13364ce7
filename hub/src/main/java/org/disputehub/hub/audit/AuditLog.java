package org.disputehub.hub.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.hub.security.PersonalDataDisclosed;
import org.disputehub.hub.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The audit log (PIPL Art. 51): one {@code :AuditRecord} per response that revealed personal data, written in
 * its own transaction before the response leaves. Append-only: the application creates and lists records and
 * has no statement that changes or deletes one.
 */
@Component
class AuditLog {

    private static final String APPEND = """
            CREATE (:AuditRecord {id: $id, at: $at, subject: $subject, roles: $roles, purpose: $purpose,
                                  agency: $agency, channel: $channel, operation: $operation,
                                  queryHash: $queryHash, fields: $fields, subjects: $subjects})
            """;

    /** Newest first; ties in time by id, so a cursor is exact. */
    private static final String PAGE = """
            MATCH (a:AuditRecord)
            WHERE $afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId)
            RETURN a ORDER BY a.at DESC, a.id DESC LIMIT $limit
            """;

    private final Neo4jClient neo4j;

    AuditLog(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @EventListener
    void append(PersonalDataDisclosed disclosed) {
        Map<String, Object> record = new HashMap<>();
        record.put("id", UUID.randomUUID().toString());
        record.put("at", disclosed.at().atOffset(ZoneOffset.UTC));
        record.put("subject", disclosed.caller().subject());
        record.put("roles", disclosed.caller().roles().stream().map(Role::claim).sorted().toList());
        record.put("purpose", disclosed.caller().purpose());
        record.put("agency", disclosed.caller().agency());
        record.put("channel", disclosed.channel());
        record.put("operation", disclosed.operation());
        record.put("queryHash", disclosed.queryHash());
        record.put("fields", disclosed.fields());
        record.put("subjects", disclosed.subjects());
        neo4j.query(APPEND).bindAll(record).run();
    }

    /** Up to {@code limit} records after the one whose sort key is {@code after} (null: from the newest). */
    List<AuditRecord> page(String after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("afterAt", null);
        parameters.put("afterId", null);
        parameters.put("limit", limit);
        if (after != null) {
            int bar = after.indexOf('|');
            try {
                parameters.put("afterAt", OffsetDateTime.parse(after.substring(0, Math.max(bar, 0))));
            }
            catch (RuntimeException notOurs) {
                throw new InvalidRequestException("after is not a cursor of auditLog");
            }
            parameters.put("afterId", after.substring(bar + 1));
        }
        return List.copyOf(neo4j.query(PAGE).bindAll(parameters)
            .fetchAs(AuditRecord.class).mappedBy((types, row) -> AuditRecord.of(row.get("a").asNode())).all());
    }
}
