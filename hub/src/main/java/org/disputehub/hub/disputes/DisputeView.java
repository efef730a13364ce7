package org.disputehub.hub.disputes;

import java.time.OffsetDateTime;

import org.neo4j.driver.Value;

/** A dispute with figures taken from its cases when read. */
public record DisputeView(String id, String category, int caseCount, OffsetDateTime firstReportedAt,
        OffsetDateTime lastReportedAt) {

    /** Cypher that turns a dispute {@code d} into the map {@link #of(Value)} reads. */
    static final String PROJECTION = """
            CALL (d) {
              MATCH (d)<-[:PART_OF]-(c:Case)
              WITH c ORDER BY c.reportedAt
              RETURN collect(c.category)[0] AS category, count(c) AS caseCount,
                     min(c.reportedAt) AS firstReportedAt, max(c.reportedAt) AS lastReportedAt
            }
            """;

    static final String FIELDS = "{id: d.id, category: category, caseCount: caseCount, "
            + "firstReportedAt: firstReportedAt, lastReportedAt: lastReportedAt}";

    static DisputeView of(Value value) {
        return new DisputeView(value.get("id").asString(), value.get("category").asString(null),
                value.get("caseCount").asInt(), time(value.get("firstReportedAt")), time(value.get("lastReportedAt")));
    }

    private static OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }
}
