package org.disputehub.hub.linking;

/** Person linking's Cypher: the write of new groupings (what it reads is in {@link LinkingIndex}). */
final class PersonCypher {

    private PersonCypher() {
    }

    static final String WRITE_LINKS = """
            UNWIND $rows AS row
            MATCH (m:Mention {key: row.key})
            MERGE (p:Person {id: row.person})
            WITH m, p, row
            CALL (m, p) {
              MATCH (m)-[old:REFERS_TO]->(other:Person)
              WHERE other <> p
              DELETE old
            }
            MERGE (m)-[r:REFERS_TO]->(p)
            SET r.rule = row.rule, r.score = row.score, r.matched = row.matched, r.via = row.via
            """;

    static final String DESCRIBE_PERSONS = """
            UNWIND $persons AS row
            MATCH (p:Person {id: row.id})
            SET p.name = row.name, p.sex = row.sex, p.mentions = row.mentions
            """;

    static final String REMOVE_EMPTY = """
            UNWIND $ids AS id
            MATCH (p:Person {id: id})
            WHERE NOT (p)<-[:REFERS_TO]-()
            DETACH DELETE p
            """;
}
