package org.disputehub.hub.linking;

/** Cypher that ties the linking steps together. */
final class LinkCypher {

    private LinkCypher() {
    }

    static final String MENTIONS_OF_CASES = """
            UNWIND $keys AS key
            MATCH (:Case {key: key})-[:HAS_PARTY]->(m:Mention)
            RETURN collect(m.key) AS keys
            """;

    /** Cases of regrouped mentions and of households whose members changed. */
    static final String CASES_OF = """
            CALL () {
              UNWIND $mentions AS key
              MATCH (c:Case)-[:HAS_PARTY]->(:Mention {key: key})
              RETURN c
              UNION
              UNWIND $households AS key
              MATCH (c:Case)-[:HAS_PARTY]->(:Mention)-[:AT_HOUSEHOLD]->(:Household {key: key})
              RETURN c
            }
            RETURN collect(DISTINCT c.key) AS keys
            """;
}
