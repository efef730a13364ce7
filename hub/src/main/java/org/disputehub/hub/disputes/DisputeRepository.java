package org.disputehub.hub.disputes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.cases.PartyView;
import org.disputehub.hub.graphql.KeyedReads;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
public class DisputeRepository {

    private final Neo4jClient neo4j;
    private final KeyedReads reads;

    DisputeRepository(Neo4jClient neo4j, KeyedReads reads) {
        this.neo4j = neo4j;
        this.reads = reads;
    }

    Optional<DisputeView> dispute(String id) {
        return neo4j.query("MATCH (d:Dispute {id: $id})\n" + DisputeView.PROJECTION + "RETURN " + DisputeView.FIELDS
                + " AS dispute")
            .bind(id).to("id")
            .fetchAs(DisputeView.class)
            .mappedBy((types, record) -> DisputeView.of(record.get("dispute")))
            .one();
    }

    /**
     * Disputes with a warning or flagged hot, most severe level first. Filters choose among fixed conditions;
     * {@code after} is the sort key of the last dispute of the previous page.
     */
    List<DisputeView> warned(String areaCode, String level, Boolean hot, List<String> levels, String after,
            int limit) {
        List<String> conditions = new ArrayList<>(List.of("(d.warningLevel IS NOT NULL OR d.hot)"));
        Map<String, Object> parameters = new HashMap<>();
        if (areaCode != null) {
            conditions.add("EXISTS { (d)<-[:PART_OF]-(:Case)-[:IN_AREA]->(:Area)-[:PART_OF*0..2]->(:Area {code: $areaCode}) }");
            parameters.put("areaCode", areaCode);
        }
        if (level != null) {
            conditions.add("d.warningLevel = $level");
            parameters.put("level", level);
        }
        if (hot != null) {
            conditions.add("coalesce(d.hot, false) = $hot");
            parameters.put("hot", hot);
        }
        if (after != null) {
            conditions.add(WARNING_SORT_KEY + " > $after");
            parameters.put("after", after);
        }
        parameters.put("levels", levels);
        parameters.put("limit", limit);
        return List.copyOf(neo4j.query("MATCH (d:Dispute) WHERE " + String.join(" AND ", conditions)
                + "\nWITH d, " + WARNING_SORT_KEY + " AS sortKey ORDER BY sortKey LIMIT $limit\n"
                + DisputeView.PROJECTION + "RETURN " + DisputeView.FIELDS + " AS dispute ORDER BY sortKey")
            .bindAll(parameters)
            .fetchAs(DisputeView.class)
            .mappedBy((types, record) -> DisputeView.of(record.get("dispute")))
            .all());
    }

    /** Severity rank (position in the configured levels; hot without a level last), then id. */
    static final String WARNING_SORT_KEY = "toString(100 + coalesce([i IN range(0, size($levels) - 1) "
            + "WHERE $levels[i] = d.warningLevel][0], 99)) + '|' + d.id";

    /** Disputes reached from parent keys by {@code match}, which binds {@code key} and {@code d}. */
    private Map<String, List<DisputeView>> disputesBy(String match, Collection<String> keys) {
        Map<String, List<DisputeView>> result = new HashMap<>();
        neo4j.query("UNWIND $keys AS key\n" + match + "\nWITH DISTINCT key, d\n" + DisputeView.PROJECTION
                + "RETURN key, " + DisputeView.FIELDS + " AS dispute ORDER BY firstReportedAt")
            .bind(List.copyOf(keys)).to("keys")
            .fetchAs(Map.Entry.class)
            .mappedBy((types, record) -> Map.entry(record.get("key").asString(), DisputeView.of(record.get("dispute"))))
            .all()
            .forEach(entry -> result.computeIfAbsent((String) entry.getKey(), key -> new ArrayList<>())
                .add((DisputeView) entry.getValue()));
        return result;
    }

    /** Disputes by id; ids without a dispute are left out. */
    public Map<String, DisputeView> byIds(Collection<String> ids) {
        Map<String, DisputeView> result = new HashMap<>();
        disputesBy("MATCH (d:Dispute {id: key})", ids).forEach((id, found) -> result.put(id, found.get(0)));
        return result;
    }

    Map<String, List<DisputeView>> disputesOfCases(Collection<String> caseKeys) {
        return disputesBy("MATCH (:Case {key: key})-[:PART_OF]->(d:Dispute)", caseKeys);
    }

    public Map<String, List<DisputeView>> disputesOfPersons(Collection<String> personIds) {
        return disputesBy("MATCH (:Person {id: key})<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(:Case)"
                + "-[:PART_OF]->(d:Dispute)", personIds);
    }

    Map<String, List<CaseView>> casesOfDisputes(Collection<String> disputeIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Dispute {id: key})<-[:PART_OF]-(c:Case)
                RETURN key, c AS item
                ORDER BY c.reportedAt
                """, disputeIds, CaseView::of);
    }

    Map<String, List<PartyView>> partiesOfDisputes(Collection<String> disputeIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Dispute {id: key})<-[:PART_OF]-(c:Case)-[:HAS_PARTY]->(m:Mention)
                RETURN key, m AS item
                ORDER BY c.reportedAt, m.mentionKey
                """, disputeIds, PartyView::of);
    }
}
