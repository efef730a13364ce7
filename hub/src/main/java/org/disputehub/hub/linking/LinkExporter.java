package org.disputehub.hub.linking;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads every mention's and case's links for scoring against a labelled data set. Mentions and cases without
 * a link are listed with a null id, which the scorer reads as "linked to nothing". Each mention and case also
 * carries the rules that placed it (the scorer ignores them; whoever studies the misses reads them).
 */
@Component
public class LinkExporter {

    private static final String MENTIONS = """
            MATCH (c:Case)-[:HAS_PARTY]->(m:Mention)
            OPTIONAL MATCH (m)-[toPerson:REFERS_TO]->(p:Person)
            OPTIONAL MATCH (m)-[atHousehold:AT_HOUSEHOLD]->(h:Household)
            RETURN c.source AS source, c.sourceId AS sourceId, m.mentionKey AS mentionKey,
                   p.id AS personId, h.id AS householdId,
                   toPerson.rule AS personRule, atHousehold.rule AS householdRule, h.key AS householdKey
            ORDER BY source, sourceId, mentionKey
            """;

    private static final String CASES = """
            MATCH (c:Case) WHERE c.source IS NOT NULL
            OPTIONAL MATCH (c)-[partOf:PART_OF]->(d:Dispute)
            RETURN c.source AS source, c.sourceId AS sourceId, d.id AS disputeId, partOf.rule AS disputeRule,
                   partOf.via AS disputeVia
            ORDER BY source, sourceId
            """;

    private static final String HOT = """
            MATCH (d:Dispute {hot: true})
            RETURN d.id AS id
            ORDER BY id
            """;

    private final Neo4jClient neo4j;

    public LinkExporter(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public LinkExport export() {
        return new LinkExport(rows(MENTIONS), rows(CASES), List.copyOf(neo4j.query(HOT).fetchAs(String.class).all()));
    }

    private List<Map<String, Object>> rows(String cypher) {
        return List.copyOf(neo4j.query(cypher).fetch().all());
    }
}
