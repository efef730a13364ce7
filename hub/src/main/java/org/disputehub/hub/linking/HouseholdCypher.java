package org.disputehub.hub.linking;

/** Household linking's Cypher: the write of placements (what it reads is in {@link LinkingIndex}). */
final class HouseholdCypher {

    private HouseholdCypher() {
    }

    static final String WRITE = """
            UNWIND $rows AS row
            MATCH (m:Mention {key: row.key})
            MERGE (h:Household {key: row.household})
            ON CREATE SET h.id = randomUUID()
            WITH m, h, row
            CALL (h, row) {
              WITH h, row WHERE h.address IS NULL AND row.addressOf IS NOT NULL
              MATCH (given:Mention {key: row.addressOf})<-[:HAS_PARTY]-(c:Case)
              SET h.address = CASE row.addressFrom WHEN 'place' THEN c.address ELSE given.address END
            }
            CALL (m, h) {
              MATCH (m)-[old:AT_HOUSEHOLD]->(other:Household)
              WHERE other <> h
              DELETE old
            }
            MERGE (m)-[r:AT_HOUSEHOLD]->(h)
            SET r.rule = row.rule
            WITH h, row WHERE row.areaCode IS NOT NULL
            MATCH (a:Area {code: row.areaCode})
            MERGE (h)-[:IN_AREA]->(a)
            """;

    static final String REMOVE_EMPTY = """
            UNWIND $keys AS key
            MATCH (h:Household {key: key})
            WHERE NOT (h)<-[:AT_HOUSEHOLD]-()
            DETACH DELETE h
            """;
}
