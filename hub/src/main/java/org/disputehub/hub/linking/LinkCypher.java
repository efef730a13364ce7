package org.disputehub.hub.linking;

/** Linking's Cypher: each statement runs once for all the cases a batch wrote. */
final class LinkCypher {

    private LinkCypher() {
    }

    /** A mention with a valid ID number is that person; a person left with no mention is removed. */
    static final String LINK_PERSONS = """
            UNWIND $keys AS key
            MATCH (:Case {key: key})-[:HAS_PARTY]->(m:Mention)
            CALL (m) {
              MATCH (m)-[old:REFERS_TO]->(p:Person)
              DELETE old
              WITH p WHERE NOT (p)<-[:REFERS_TO]-()
              DETACH DELETE p
            }
            WITH m WHERE m.idKey IS NOT NULL
            MERGE (p:Person {key: 'id:' + m.idKey})
            ON CREATE SET p.id = randomUUID()
            SET p.name = coalesce(p.name, m.name)
            MERGE (m)-[r:REFERS_TO]->(p)
            SET r.rule = 'valid-id-number', r.score = 1.0, r.matched = ['idNumber']
            """;

    /** A mention's home address, normalised, is its household at the time of the record. */
    static final String LINK_HOUSEHOLDS = """
            UNWIND $keys AS key
            MATCH (:Case {key: key})-[:HAS_PARTY]->(m:Mention)
            CALL (m) {
              MATCH (m)-[old:AT_HOUSEHOLD]->(h:Household)
              DELETE old
              WITH h WHERE NOT (h)<-[:AT_HOUSEHOLD]-()
              DETACH DELETE h
            }
            WITH m WHERE m.addressKey IS NOT NULL
            MERGE (h:Household {key: m.addressKey})
            ON CREATE SET h.id = randomUUID(), h.address = m.address
            MERGE (m)-[r:AT_HOUSEHOLD]->(h)
            SET r.rule = 'same-normalised-address'
            WITH h, m WHERE m.areaCode IS NOT NULL
            MATCH (a:Area {code: m.areaCode})
            MERGE (h)-[:IN_AREA]->(a)
            """;

    /** For each written case: its own dispute, and its linked cases with theirs. */
    static final String DISPUTE_NEIGHBOURHOOD = """
            UNWIND $keys AS key
            MATCH (c:Case {key: key})
            OPTIONAL MATCH (c)-[:PART_OF]->(own:Dispute)
            OPTIONAL MATCH (c)-[:LINKED_TO]-(other:Case)
            OPTIONAL MATCH (other)-[:PART_OF]->(theirs:Dispute)
            RETURN key, own.id AS own, collect(DISTINCT [other.key, theirs.id]) AS neighbours
            """;

    /** Moves every case of the merged disputes onto the surviving one. */
    static final String MERGE_DISPUTES = """
            UNWIND $merges AS merge
            MATCH (gone:Dispute {id: merge.from})
            MERGE (kept:Dispute {id: merge.to})
            WITH gone, kept
            OPTIONAL MATCH (c:Case)-[old:PART_OF]->(gone)
            CALL (c, kept) {
              WITH c, kept WHERE c IS NOT NULL
              MERGE (c)-[:PART_OF]->(kept)
            }
            DETACH DELETE gone
            """;

    static final String ASSIGN_DISPUTES = """
            UNWIND $assignments AS assignment
            MATCH (c:Case {key: assignment.key})
            MERGE (d:Dispute {id: assignment.dispute})
            ON CREATE SET d.createdAt = datetime()
            WITH c, d
            CALL (c, d) {
              MATCH (c)-[old:PART_OF]->(other:Dispute)
              WHERE other <> d
              DELETE old
            }
            MERGE (c)-[r:PART_OF]->(d)
            SET r.rule = 'explicit-reference'
            """;
}
