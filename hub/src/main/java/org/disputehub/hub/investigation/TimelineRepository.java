package org.disputehub.hub.investigation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseOrder;
import org.disputehub.hub.cases.CaseView;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** A person's or a household's cases in report order, a page at a time. */
@Repository
class TimelineRepository {

    private static final String CASES_OF_PERSON =
            "MATCH (:Person {id: $id})<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)";
    private static final String CASES_OF_HOUSEHOLD =
            "MATCH (:Household {id: $id})<-[:AT_HOUSEHOLD]-(:Mention)<-[:HAS_PARTY]-(c:Case)";

    private final Neo4jClient neo4j;

    TimelineRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<CaseView> ofPerson(String personId, String after, int limit) {
        return page(CASES_OF_PERSON, personId, after, limit);
    }

    List<CaseView> ofHousehold(String householdId, String after, int limit) {
        return page(CASES_OF_HOUSEHOLD, householdId, after, limit);
    }

    /** Oldest report first; {@code after} is the cursor of the last case of the previous page. */
    private List<CaseView> page(String match, String id, String after, int limit) {
        CaseOrder order = CaseOrder.OLDEST_REPORTED;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("limit", limit);
        String condition = order.present();
        if (after != null) {
            condition += " AND " + order.afterCondition();
            parameters.putAll(CaseOrder.cursor(after));
        }
        return List.copyOf(neo4j.query(match + """

                WITH DISTINCT c
                WHERE %s
                RETURN c
                ORDER BY %s
                LIMIT $limit
                """.formatted(condition, order.orderBy()))
            .bindAll(parameters)
            .fetchAs(CaseView.class)
            .mappedBy((types, record) -> CaseView.of(record.get("c").asNode()))
            .all());
    }
}
