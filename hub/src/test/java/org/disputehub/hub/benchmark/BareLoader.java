package org.disputehub.hub.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.QuarantinedRecord;
import org.neo4j.driver.Driver;

/**
 * The baseline: cases and mentions written as they were read, with batched {@code UNWIND} and the same version
 * gate, then persons, households and disputes taken from the generator's truth, so the graph has the shape
 * the hub's pipeline builds, without any normalising or linking.
 */
final class BareLoader implements CaseSink {

    private static final String CASES = """
            UNWIND $rows AS row
            MERGE (c:Case {key: row.key})
            WITH c, row WHERE c.version IS NULL OR c.version < row.version
            SET c += row.props
            WITH c, row
            UNWIND row.parties AS party
            MERGE (m:Mention {key: party.key})
            SET m += party
            MERGE (c)-[:HAS_PARTY]->(m)
            """;

    private static final String MENTION_LINKS = """
            UNWIND $rows AS row
            MATCH (m:Mention {key: row.mention})
            MERGE (p:Person {id: row.person})
            MERGE (m)-[:REFERS_TO]->(p)
            MERGE (h:Household {key: row.household})
            ON CREATE SET h.id = row.household
            MERGE (m)-[:AT_HOUSEHOLD]->(h)
            """;

    private static final String CASE_LINKS = """
            UNWIND $rows AS row
            MATCH (c:Case {key: row.key})
            MERGE (d:Dispute {id: row.dispute})
            MERGE (c)-[:PART_OF]->(d)
            """;

    private final Driver driver;
    private final int batch;

    BareLoader(Driver driver, int batch) {
        this.driver = driver;
        this.batch = batch;
    }

    @Override
    public int accept(List<CaseRecord> cases) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CaseRecord record : cases) {
            Map<String, Object> props = new HashMap<>();
            props.put("key", record.key());
            props.put("source", record.source().name());
            props.put("sourceId", record.sourceId());
            props.put("version", record.version());
            props.put("reportedAt", record.reportedAt());
            props.put("category", record.category());
            props.put("status", record.status());
            props.put("content", record.content());
            props.put("address", record.address());
            props.values().removeIf(java.util.Objects::isNull);
            List<Map<String, Object>> parties = new ArrayList<>();
            for (PartyMention party : record.parties()) {
                Map<String, Object> mention = new HashMap<>();
                mention.put("key", record.key() + ":" + party.mentionKey());
                mention.put("name", party.name());
                mention.put("idNumber", party.idNumber());
                mention.put("phone", party.phone());
                mention.put("address", party.address());
                mention.values().removeIf(java.util.Objects::isNull);
                parties.add(mention);
            }
            rows.add(Map.of("key", record.key(), "version", record.version(), "props", props, "parties", parties));
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(CASES, Map.of("rows", rows)).consume());
        }
        return rows.size();
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        // The baseline keeps no quarantine: bad records are what the pipeline handles, not what it measures.
    }

    void writeTruthLinks(Path truth) throws IOException {
        CsvBatches.write(driver, MENTION_LINKS, truth.resolve("mentions.csv"), batch, row -> Map.of(
                "mention", row.get("source") + ":" + row.get("source_id") + ":" + row.get("mention_key"),
                "person", row.get("person_id"), "household", row.get("household_id")));
        CsvBatches.write(driver, CASE_LINKS, truth.resolve("cases.csv"), batch, row -> Map.of(
                "key", row.get("source") + ":" + row.get("source_id"),
                "dispute", row.get("dispute_id").isEmpty() ? "single:" + row.get("source_id") : row.get("dispute_id")));
    }
}
