package org.disputehub.hub.linking;

/** Household linking's Cypher. */
final class HouseholdCypher {

    private HouseholdCypher() {
    }

    /**
     * Everyone whose household may follow from the given persons': who shares a landline with them (a landline
     * is a household's) and who is a party with them in a family matter (a witness is not family).
     */
    static final String RELATED_PERSONS = """
            CALL () {
              UNWIND $persons AS id
              MATCH (:Person {id: id})<-[:REFERS_TO]-(m:Mention)
              WHERE m.phoneKey STARTS WITH 'l:'
              MATCH (:Mention {phoneKey: m.phoneKey})-[:REFERS_TO]->(other:Person)
              RETURN other
              UNION
              UNWIND $persons AS id
              MATCH (:Person {id: id})<-[:REFERS_TO]-(m:Mention)<-[:HAS_PARTY]-(c:Case)-[:HAS_PARTY]->(o:Mention)
                    -[:REFERS_TO]->(other:Person)
              WHERE c.category IN $family AND NOT coalesce(m.role, '') IN $bystanders
                AND NOT coalesce(o.role, '') IN $bystanders
              RETURN other
            }
            RETURN collect(DISTINCT other.id) AS persons
            """;

    static final String MEMBERS = """
            UNWIND $persons AS id
            MATCH (p:Person {id: id})<-[:REFERS_TO]-(m:Mention)<-[:HAS_PARTY]-(c:Case)
            OPTIONAL MATCH (m)-[:AT_HOUSEHOLD]->(h:Household)
            RETURN p.id AS person, m.key AS key, m.homeKey AS home, m.address AS address,
                   m.placeHomeKey AS placeHome, c.address AS placeAddress,
                   CASE WHEN m.phoneKey STARTS WITH 'l:' THEN m.phoneKey END AS landline,
                   c.reportedAt.epochMillis AS at, h.key AS household,
                   CASE WHEN c.category IN $family AND NOT coalesce(m.role, '') IN $bystanders THEN
                     [(c)-[:HAS_PARTY]->(o:Mention)-[:REFERS_TO]->(q:Person)
                      WHERE o <> m AND NOT coalesce(o.role, '') IN $bystanders | q.id] ELSE [] END AS family
            """;

    /**
     * For each landline, the house it rings in: the home address most often given by the people who use it, in
     * the records with that landline or their others, or the house they gave as the place when calling from it.
     */
    static final String LANDLINE_HOMES = """
            UNWIND $landlines AS phone
            MATCH (m:Mention {phoneKey: phone})
            CALL (m) {
              WITH m WHERE coalesce(m.homeKey, m.placeHomeKey) IS NOT NULL
              RETURN coalesce(m.homeKey, m.placeHomeKey) AS home
              UNION ALL
              MATCH (m)-[:REFERS_TO]->(:Person)<-[:REFERS_TO]-(o:Mention)
              WHERE o <> m AND o.homeKey IS NOT NULL
              RETURN o.homeKey AS home
            }
            WITH phone, home, count(*) AS votes
            ORDER BY votes DESC, home
            RETURN phone, collect(home)[0] AS home
            """;

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
