package org.disputehub.hub.disputes;

import java.time.OffsetDateTime;

import java.util.List;

import org.disputehub.hub.warnings.Warning;
import org.neo4j.driver.Value;

/** A dispute with figures taken from its cases when read. */
public record DisputeView(String id, String category, int caseCount, OffsetDateTime firstReportedAt,
        OffsetDateTime lastReportedAt, boolean hot, Warning warning) {

    /**
     * Cypher that turns a dispute {@code d} into the map {@link #of(Value)} reads, with {@link #FIELDS}; reads of
     * other features that return disputes (a person 360°) embed it.
     */
    public static final String PROJECTION = """
            CALL (d) {
              MATCH (d)<-[:PART_OF]-(c:Case)
              WITH c ORDER BY c.reportedAt
              RETURN collect(c.category)[0] AS category, count(c) AS caseCount,
                     min(c.reportedAt) AS firstReportedAt, max(c.reportedAt) AS lastReportedAt
            }
            """;

    public static final String FIELDS = "{id: d.id, category: category, caseCount: caseCount, "
            + "firstReportedAt: firstReportedAt, lastReportedAt: lastReportedAt, hot: coalesce(d.hot, false), "
            + "warningLevel: d.warningLevel, warningReasons: d.warningReasons}";

    public static DisputeView of(Value value) {
        return new DisputeView(value.get("id").asString(), value.get("category").asString(null),
                value.get("caseCount").asInt(), time(value.get("firstReportedAt")), time(value.get("lastReportedAt")),
                value.get("hot").asBoolean(false), value.get("warningLevel").isNull() ? null
                        : new Warning(value.get("warningLevel").asString(),
                                value.get("warningReasons").asList(Value::asString, List.of())));
    }

    private static OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }
}
