package org.disputehub.hub.linking;

/**
 * What {@link LinkingIndex} reads of the graph when it has to read it whole: every case in the shape the
 * ingest writes it (its properties, its parties' properties, its references), with the links placed on it.
 */
final class LinkingIndexCypher {

    private LinkingIndexCypher() {
    }

    static final String ALL_CASES = """
            MATCH (c:Case)
            RETURN {key: c.key,
                    props: c {.source, .category, .reportedAt, .content, .state, .d_headcount, .placeCode, .partyNames,
                              .counterparties},
                    references: COLLECT { MATCH (c)-[:LINKED_TO]->(o:Case) RETURN {to: o.key} }
                              + COLLECT { MATCH (p:PendingLink {fromKey: c.key}) RETURN {to: p.toKey} },
                    dispute: [(c)-[r:PART_OF]->(d:Dispute) | [d.id, r.rule, r.matched, r.via]][0],
                    parties: [(c)-[:HAS_PARTY]->(m:Mention) | {key: m.key,
                              props: m {.nameText, .surname, .titleOnly, .sex, .pinyin, .idKey, .idTypo, .phoneKey,
                                        .mobile, .homeKey, .placeHomeKey, .role},
                              person: [(m)-[r:REFERS_TO]->(p:Person) | [p.id, r.rule, r.score, r.matched, r.via]][0],
                              household: [(m)-[r:AT_HOUSEHOLD]->(h:Household) | [h.key, r.rule]][0]}]} AS written
            """;

    static final String CASE_COUNT = "MATCH (c:Case) RETURN count(c) AS cases";
}
