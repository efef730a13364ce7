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
            SET h.address = coalesce(h.address, row.address)
            WITH m, h, row
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
