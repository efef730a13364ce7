package org.disputehub.hub.linking;

/** Person linking's Cypher: candidates by blocking key, members of persons, and the write of new groupings. */
final class PersonCypher {

    private PersonCypher() {
    }

    private static final String RETURN_FACTS = """
            MATCH (c:Case)-[:HAS_PARTY]->(m)
            OPTIONAL MATCH (m)-[:REFERS_TO]->(p:Person)
            RETURN DISTINCT %s AS mention
            """.formatted(MentionFacts.PROJECTION);

    static final String FACTS = """
            UNWIND $keys AS key
            MATCH (m:Mention {key: key})
            """ + RETURN_FACTS;

    /**
     * Mentions sharing a blocking key with the given ones: the ID number's first 17 characters, valid or
     * mistyped (the same number, or one whose check character is the typo, the commonest), phone, the
     * pronunciation of a full name (capped for very common names) or the house (capped too: a mis-read address
     * could name a large block). Never all pairs: each branch is one index lookup.
     */
    static final String CANDIDATES = """
            UNWIND $keys AS key
            MATCH (n:Mention {key: key})
            CALL (n) {
              MATCH (o:Mention) WHERE o.idKey STARTS WITH left(coalesce(n.idKey, n.idTypo), 17) RETURN o
              UNION
              MATCH (o:Mention) WHERE o.idTypo STARTS WITH left(coalesce(n.idKey, n.idTypo), 17) RETURN o
              UNION
              MATCH (o:Mention) WHERE o.phoneKey = n.phoneKey RETURN o
              UNION
              MATCH (o:Mention) WHERE o.pinyin = n.pinyin AND NOT n.titleOnly AND NOT o.titleOnly
              RETURN o LIMIT $nameBlockLimit
              UNION
              MATCH (o:Mention) WHERE o.homeKey = coalesce(n.homeKey, n.placeHomeKey)
              RETURN o LIMIT $nameBlockLimit
              UNION
              MATCH (o:Mention) WHERE o.placeHomeKey = coalesce(n.homeKey, n.placeHomeKey) AND o.homeKey IS NULL
              RETURN o LIMIT $nameBlockLimit
            }
            WITH DISTINCT o AS m
            """ + RETURN_FACTS;

    static final String MEMBERS = """
            UNWIND $persons AS id
            MATCH (:Person {id: id})<-[:REFERS_TO]-(m:Mention)
            """ + RETURN_FACTS;

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
