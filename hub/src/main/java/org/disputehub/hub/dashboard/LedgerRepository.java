package org.disputehub.hub.dashboard;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.disputehub.hub.warnings.WarningRules;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Repository;

/**
 * Disputes with a case reported in a period and area, read as a stream: the driver fetches rows in batches
 * while they are written out, so a county's year does not sit in memory.
 */
@Repository
class LedgerRepository {

    private static final String LEDGER = """
            %s
            MATCH (c)-[:PART_OF]->(d:Dispute)
            WITH DISTINCT d
            CALL (d) {
              MATCH (d)<-[:PART_OF]-(c:Case)
              WITH c ORDER BY c.reportedAt, c.key
              RETURN collect(c.category)[0] AS category, count(c) AS caseCount,
                     min(c.reportedAt) AS firstReportedAt, max(c.reportedAt) AS lastReportedAt,
                     collect(c.source) AS sources,
                     count(CASE WHEN c.state = 'OPEN' THEN 1 END) AS open,
                     count(CASE WHEN c.state = 'RESOLVED' THEN 1 END) AS resolved,
                     max(c.closedAt) AS closedAt,
                     count(CASE WHEN %s THEN 1 END) AS overdue
            }
            CALL (d) {
              OPTIONAL MATCH (d)<-[:PART_OF]-(c:Case)-[:HAS_PARTY]->(m:Mention)
              WITH c, m ORDER BY c.reportedAt, c.key, m.mentionKey
              RETURN collect(m.name) AS names
            }
            CALL (d) {
              // The dispute's area as Dispute.area gives it: where most of its cases are, the most specific first.
              OPTIONAL MATCH (d)<-[:PART_OF]-(:Case)-[:IN_AREA]->(a:Area)
              WITH a, count(a) AS cases
              ORDER BY cases DESC, size(a.code) DESC, a.code
              LIMIT 1
              OPTIONAL MATCH (a)-[:PART_OF*0..1]->(township:Area {level: 'TOWNSHIP'})
              RETURN CASE WHEN a.level = 'VILLAGE' THEN a.name END AS village, township.name AS township
            }
            RETURN d.id AS id, township, village, category, names, firstReportedAt, lastReportedAt, sources,
                   caseCount, open, resolved, closedAt, d.warningLevel AS warningLevel,
                   d.warningReasons AS warningReasons, overdue
            ORDER BY firstReportedAt, id
            """;

    /** Receives the ledger's rows in order. */
    interface RowConsumer {
        void accept(LedgerRow row) throws IOException;
    }

    private final Driver driver;
    private final WarningRules warningRules;

    LedgerRepository(Driver driver, WarningRules warningRules) {
        this.driver = driver;
        this.warningRules = warningRules;
    }

    void disputes(StatsFilter filter, RowConsumer consumer) throws IOException {
        Map<String, Object> parameters = new HashMap<>();
        String cypher = LEDGER.formatted(filter.match(parameters), DashboardCypher.OVERDUE);
        parameters.put("overdueBefore", warningRules.overdueBefore());
        // An auto-commit query, not a retried transaction function: rows already written cannot be taken back.
        try (Session session = driver.session()) {
            Result result = session.run(cypher, parameters);
            while (result.hasNext()) {
                consumer.accept(LedgerRow.of(result.next()));
            }
        }
    }
}
