package org.disputehub.hub.linking;

/** Dispute linking's Cypher. */
final class DisputeCypher {

    private DisputeCypher() {
    }

    static final String MEMBERS = """
            UNWIND $disputes AS id
            MATCH (:Dispute {id: id})<-[:PART_OF]-(c:Case)
            RETURN collect(DISTINCT c.key) AS keys
            """;

    static final String WRITE = """
            UNWIND $rows AS row
            MATCH (c:Case {key: row.key})
            MERGE (d:Dispute {id: row.dispute})
            ON CREATE SET d.createdAt = datetime()
            WITH c, d, row
            CALL (c, d) {
              MATCH (c)-[old:PART_OF]->(other:Dispute)
              WHERE other <> d
              DELETE old
            }
            MERGE (c)-[r:PART_OF]->(d)
            SET r.rule = row.rule, r.matched = row.matched, r.via = row.via
            """;

    /** Grades disputes; returns those whose grade or size differs from before, with their level and hot flag before. */
    static final String DESCRIBE = """
            UNWIND $disputes AS row
            MATCH (d:Dispute {id: row.id})
            WITH d, row, d.warningLevel AS levelBefore, coalesce(d.hot, false) AS hotBefore,
                 coalesce(d.hot = row.hot AND d.caseCount = row.caseCount
                   AND coalesce(d.warningLevel, '') = coalesce(row.level, '')
                   AND d.warningReasons = row.reasons, false) AS same
            SET d.hot = row.hot, d.warningLevel = row.level, d.warningReasons = row.reasons,
                d.caseCount = row.caseCount, d.updatedAt = datetime()
            WITH d, row, levelBefore, hotBefore, same WHERE NOT same
            RETURN d.id AS id, row.level AS level, levelBefore, row.hot AS hot, hotBefore, row.reasons AS reasons
            """;

    /** The areas (and their ancestors) of each dispute's cases. */
    static final String AREAS = """
            UNWIND $ids AS id
            MATCH (:Dispute {id: id})<-[:PART_OF]-(:Case)-[:IN_AREA]->(:Area)-[:PART_OF*0..3]->(a:Area)
            RETURN id, collect(DISTINCT a.code) AS areas
            """;


    static final String REMOVE_EMPTY = """
            UNWIND $ids AS id
            MATCH (d:Dispute {id: id})
            WHERE NOT (d)<-[:PART_OF]-()
            DETACH DELETE d
            RETURN id
            """;
}
