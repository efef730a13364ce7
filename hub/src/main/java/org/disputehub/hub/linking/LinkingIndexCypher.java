package org.disputehub.hub.linking;

/**
 * What {@link LinkingIndex} reads of the graph when it has to read it whole: every case in the shape the
 * ingest writes it (its properties, its parties' properties, its references), with the links placed on it.
 */
final class LinkingIndexCypher {

    private LinkingIndexCypher() {
    }

    /**
     * The next {@code $page} cases after {@code $after} in key order: the whole graph is read a page at a time,
     * each an index range read.
     */
    static final String CASES_AFTER = """
            MATCH (c:Case) WHERE c.key > $after
            WITH c ORDER BY c.key LIMIT $page
            // A match, not a pattern comprehension: after the ordered index read, the comprehension fails
            // Neo4j's planner (cached property check, seen with assertions on).
            OPTIONAL MATCH (c)-[partOf:PART_OF]->(d:Dispute)
            RETURN {key: c.key,
                    props: c {.source, .category, .reportedAt, .content, .state, .d_headcount, .placeCode, .partyNames,
                              .counterparties},
                    references: COLLECT { MATCH (c)-[:LINKED_TO]->(o:Case) RETURN {to: o.key} }
                              + COLLECT { MATCH (p:PendingLink {fromKey: c.key}) RETURN {to: p.toKey} },
                    dispute: CASE WHEN d IS NOT NULL THEN [d.id, partOf.rule, partOf.matched, partOf.via] END,
                    // In a stable order, by key: the graph returns them in whatever order it stores them.
                    parties: COLLECT { MATCH (c)-[:HAS_PARTY]->(m:Mention) WITH m ORDER BY m.key
                              RETURN {key: m.key,
                              props: m {.nameText, .surname, .titleOnly, .sex, .pinyin, .idKey, .idTypo, .phoneKey,
                                        .mobile, .homeKey, .placeHomeKey, .role},
                              person: [(m)-[r:REFERS_TO]->(p:Person) | [p.id, r.rule, r.score, r.matched, r.via]][0],
                              household: [(m)-[r:AT_HOUSEHOLD]->(h:Household) | [h.key, r.rule]][0]} }} AS written
            """;

    static final String CASE_COUNT = "MATCH (c:Case) RETURN count(c) AS cases";
}
