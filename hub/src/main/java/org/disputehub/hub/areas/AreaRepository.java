package org.disputehub.hub.areas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disputehub.hub.graphql.KeyedReads;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class AreaRepository {

    private final Neo4jClient neo4j;
    private final KeyedReads reads;

    AreaRepository(Neo4jClient neo4j, KeyedReads reads) {
        this.neo4j = neo4j;
        this.reads = reads;
    }

    Optional<AreaView> area(String code) {
        return neo4j.query("MATCH (a:Area {code: $code}) RETURN a")
            .bind(code).to("code")
            .fetchAs(AreaView.class)
            .mappedBy((types, record) -> AreaView.of(record.get("a").asNode()))
            .one();
    }

    Map<String, AreaView> parents(Collection<String> codes) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (:Area {code: key})-[:PART_OF]->(a:Area)
                RETURN key, a AS item
                """, codes, AreaView::of);
    }

    Map<String, List<AreaView>> children(Collection<String> codes) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Area {code: key})<-[:PART_OF]-(a:Area)
                RETURN key, a AS item
                ORDER BY a.code
                """, codes, AreaView::of);
    }

    Map<String, AreaView> areasOfCases(Collection<String> caseKeys) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (:Case {key: key})-[:IN_AREA]->(a:Area)
                RETURN key, a AS item
                """, caseKeys, AreaView::of);
    }

    Map<String, AreaView> areasOfHouseholds(Collection<String> householdIds) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (:Household {id: key})-[:IN_AREA]->(a:Area)
                RETURN key, a AS item
                """, householdIds, AreaView::of);
    }

    /** A dispute's area: where most of its cases are, the most specific first. */
    Map<String, AreaView> areasOfDisputes(Collection<String> disputeIds) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (:Dispute {id: key})<-[:PART_OF]-(:Case)-[:IN_AREA]->(a:Area)
                WITH key, a, count(*) AS cases
                RETURN key, a AS item
                ORDER BY key, cases DESC, size(a.code) DESC, a.code
                """, disputeIds, AreaView::of);
    }
}
