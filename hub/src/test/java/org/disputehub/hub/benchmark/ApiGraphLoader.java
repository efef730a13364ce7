package org.disputehub.hub.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.disputehub.hub.areas.AreaCypher;
import org.disputehub.hub.areas.Gazetteer;
import org.disputehub.hub.ingest.CaseBatchWriter;
import org.disputehub.hub.linking.DisputeLinker;
import org.neo4j.driver.Driver;

/**
 * Builds the graph the API reads from a generated data set, fast enough for a million cases: cases through the
 * hub's own case writes (connector readers, {@code CaseRows}, batched {@code UNWIND}), then persons, households
 * and disputes as the generator's truth groups them instead of linking, and disputes graded by the hub's
 * warning rules. Every step streams batches; nothing holds a whole file.
 */
final class ApiGraphLoader {

    private static final String MENTION_LINKS = """
            UNWIND $rows AS row
            MATCH (m:Mention {key: row.mention})
            MERGE (p:Person {id: row.person})
            MERGE (m)-[person:REFERS_TO]->(p)
            SET person.rule = 'generator-truth'
            MERGE (h:Household {key: row.household})
            ON CREATE SET h.id = row.household
            MERGE (m)-[home:AT_HOUSEHOLD]->(h)
            SET home.rule = 'generator-truth'
            """;

    /** Runs after the batch's areas were written with {@code AreaCypher.MERGE_AREAS}. */
    private static final String DESCRIBE_HOUSEHOLDS = """
            UNWIND $rows AS row
            MATCH (h:Household {key: row.key})
            SET h.address = row.address
            WITH h, row
            MATCH (a:Area {code: row.areaCode})
            MERGE (h)-[:IN_AREA]->(a)
            """;

    private static final String DESCRIBE_PERSONS = """
            UNWIND $rows AS row
            MATCH (p:Person {id: row.id})
            SET p.name = row.name, p.sex = row.sex, p.mentions = COUNT { (p)<-[:REFERS_TO]-(:Mention) }
            """;

    private static final String CASE_DISPUTES = """
            UNWIND $rows AS row
            MATCH (c:Case {key: row.key})
            MERGE (d:Dispute {id: row.dispute})
            ON CREATE SET d.createdAt = datetime()
            MERGE (c)-[r:PART_OF]->(d)
            SET r.rule = row.rule
            """;

    private final Driver driver;
    private final Gazetteer gazetteer;
    private final DisputeLinker disputes;
    private final int batch;

    ApiGraphLoader(Driver driver, Gazetteer gazetteer, DisputeLinker disputes, int batch) {
        this.driver = driver;
        this.gazetteer = gazetteer;
        this.disputes = disputes;
        this.batch = batch;
    }

    /** Loads the sources and truth under {@code data}; returns the number of source records read. */
    long load(Path data) throws IOException {
        long started = System.nanoTime();
        long records = IngestBenchmark.readAll(data, new CaseBatchWriter(driver, gazetteer), batch);
        started = phase("cases and mentions", started);
        Path truth = data.resolve("truth");
        CsvBatches.write(driver, MENTION_LINKS, truth.resolve("mentions.csv"), batch, row -> Map.of(
                "mention", caseKey(row.get("source"), row.get("source_id")) + ":" + row.get("mention_key"),
                "person", row.get("person_id"), "household", row.get("household_id")));
        started = phase("persons and households of mentions", started);
        try (var session = driver.session()) {
            CsvBatches.forEach(truth.resolve("households.csv"), batch, row -> Map.of("key", row.get("household_id"),
                    "address", row.get("canonical_address"), "areaCode", row.get("village_code")),
                    rows -> session.executeWriteWithoutResult(tx -> {
                        Set<String> codes = new TreeSet<>();
                        rows.forEach(row -> codes.add((String) row.get("areaCode")));
                        tx.run(AreaCypher.MERGE_AREAS, Map.of("areas", gazetteer.withAncestors(codes))).consume();
                        tx.run(DESCRIBE_HOUSEHOLDS, Map.of("rows", rows)).consume();
                    }));
        }
        CsvBatches.write(driver, DESCRIBE_PERSONS, truth.resolve("persons.csv"), batch, row -> Map.of(
                "id", row.get("person_id"), "name", row.get("name"), "sex", row.get("sex")));
        started = phase("household and person details", started);
        groupDisputes(truth);
        phase("disputes, graded", started);
        return records;
    }

    private static long phase(String name, long startedNanos) {
        System.out.printf("  %-36s %6.0f s%n", name, IngestBenchmark.seconds(startedNanos));
        return System.nanoTime();
    }

    /**
     * Cases into the truth's disputes, a case without one into a dispute of its own (as linking leaves it); a
     * dispute is graded once all its cases are in: single-case ones with their batch, the others afterwards.
     */
    private void groupDisputes(Path truth) throws IOException {
        try (var session = driver.session()) {
            CsvBatches.forEach(truth.resolve("cases.csv"), batch, row -> {
                String key = caseKey(row.get("source"), row.get("source_id"));
                boolean single = row.get("dispute_id").isEmpty();
                Map<String, Object> mapped = new HashMap<>();
                mapped.put("key", key);
                mapped.put("dispute", single ? "single:" + key : row.get("dispute_id"));
                mapped.put("rule", single ? "single-case" : "generator-truth");
                return mapped;
            }, rows -> session.executeWriteWithoutResult(tx -> {
                tx.run(CASE_DISPUTES, Map.of("rows", rows)).consume();
                disputes.regrade(tx, rows.stream()
                    .filter(row -> "single-case".equals(row.get("rule")))
                    .map(row -> (String) row.get("dispute"))
                    .toList());
            }));
            CsvBatches.forEach(truth.resolve("disputes.csv"), batch, row -> Map.of("id", row.get("dispute_id")),
                    rows -> session.executeWriteWithoutResult(
                            tx -> disputes.regrade(tx, rows.stream().map(row -> (String) row.get("id")).toList())));
        }
    }

    private static String caseKey(String source, String sourceId) {
        return source + ":" + sourceId;
    }

    /** What was built, for the report. */
    Map<String, Object> sizes() {
        try (var session = driver.session()) {
            return session.run("""
                    CALL () { MATCH (c:Case) RETURN count(c) AS cases }
                    CALL () { MATCH (m:Mention) RETURN count(m) AS mentions }
                    CALL () { MATCH (p:Person) RETURN count(p) AS persons }
                    CALL () { MATCH (h:Household) RETURN count(h) AS households }
                    CALL () { MATCH (d:Dispute) RETURN count(d) AS disputes,
                              count(CASE WHEN d.warningLevel IS NOT NULL THEN 1 END) AS warned }
                    RETURN cases, mentions, persons, households, disputes, warned
                    """).single().asMap();
        }
    }
}
