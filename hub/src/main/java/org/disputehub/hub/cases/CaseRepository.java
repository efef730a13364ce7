package org.disputehub.hub.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disputehub.hub.graphql.KeyedReads;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads cases and what hangs off them. Every child read takes all parents' keys at once. */
@Repository
public class CaseRepository {

    private final Neo4jClient neo4j;
    private final KeyedReads reads;

    public CaseRepository(Neo4jClient neo4j, KeyedReads reads) {
        this.neo4j = neo4j;
        this.reads = reads;
    }

    public Optional<CaseView> findByKey(String key) {
        return neo4j.query("MATCH (c:Case {key: $key}) WHERE c.source IS NOT NULL RETURN c")
            .bind(key).to("key")
            .fetchAs(CaseView.class)
            .mappedBy((types, record) -> CaseView.of(record.get("c").asNode()))
            .one();
    }

    /** Cases by key; keys without a case are left out. */
    public Map<String, CaseView> findByKeys(Collection<String> keys) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (c:Case {key: key})
                WHERE c.source IS NOT NULL
                RETURN key, c AS item
                """, keys, CaseView::of);
    }

    /**
     * One page of cases in {@code order}. The filter only chooses among fixed conditions and the order among
     * fixed expressions; values are parameters. {@code after} is the sort key of the last case of the previous
     * page.
     */
    public List<CaseView> find(CaseFilter filter, CaseOrder order, String after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("c.source IS NOT NULL");
        if (filter != null) {
            if (filter.source() != null && !filter.source().isEmpty()) {
                conditions.add("c.source IN $sources");
                parameters.put("sources", filter.source().stream().map(Enum::name).toList());
            }
            condition(conditions, parameters, "c.category = $category", "category", filter.category());
            condition(conditions, parameters, "c.status = $status", "status", filter.status());
            condition(conditions, parameters, "c.state = $state", "state", filter.state());
            condition(conditions, parameters, "c.reportedAt >= $reportedFrom", "reportedFrom", filter.reportedFrom());
            condition(conditions, parameters, "c.reportedAt < $reportedBefore", "reportedBefore",
                    filter.reportedBefore());
            condition(conditions, parameters,
                    "EXISTS { (c)-[:IN_AREA]->(:Area)-[:PART_OF*0..2]->(:Area {code: $areaCode}) }", "areaCode",
                    filter.areaCode());
        }
        conditions.add(order.present());
        if (after != null) {
            conditions.add(order.afterCondition());
            parameters.putAll(CaseOrder.cursor(after));
        }
        parameters.put("limit", limit);
        String cypher = """
                MATCH (c:Case)
                WHERE %s
                RETURN c
                ORDER BY %s
                LIMIT $limit
                """.formatted(String.join(" AND ", conditions), order.orderBy());
        return List.copyOf(neo4j.query(cypher)
            .bindAll(parameters)
            .fetchAs(CaseView.class)
            .mappedBy((types, record) -> CaseView.of(record.get("c").asNode()))
            .all());
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition,
            String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    public Map<String, List<PartyView>> parties(Collection<String> caseKeys) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Case {key: key})-[:HAS_PARTY]->(m:Mention)
                RETURN key, m AS item
                ORDER BY key, m.mentionKey
                """, caseKeys, PartyView::of);
    }

    public Map<String, List<CaseLinkView>> links(Collection<String> caseKeys) {
        Map<String, List<CaseLinkView>> result = new HashMap<>();
        neo4j.query("""
                UNWIND $keys AS key
                MATCH (c:Case {key: key})-[link:LINKED_TO]-(other:Case)
                RETURN key, link.reason AS reason, startNode(link) = c AS outgoing, other
                ORDER BY key, other.reportedAt
                """)
            .bind(List.copyOf(caseKeys)).to("keys")
            .fetch().all()
            .forEach(row -> result.computeIfAbsent((String) row.get("key"), key -> new ArrayList<>())
                .add(new CaseLinkView((String) row.get("reason"),
                        Boolean.TRUE.equals(row.get("outgoing")) ? "OUTGOING" : "INCOMING",
                        CaseView.of((Node) row.get("other")))));
        return result;
    }
}
