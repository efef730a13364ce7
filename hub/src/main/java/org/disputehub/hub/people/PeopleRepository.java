package org.disputehub.hub.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.cases.PartyView;
import org.disputehub.hub.graphql.KeyedReads;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Persons and households, and the mentions linked to them; every child read is one query for all parents. */
@Repository
public class PeopleRepository {

    private final Neo4jClient neo4j;
    private final KeyedReads reads;

    PeopleRepository(Neo4jClient neo4j, KeyedReads reads) {
        this.neo4j = neo4j;
        this.reads = reads;
    }

    public Optional<PersonView> person(String id) {
        return neo4j.query("MATCH (p:Person {id: $id}) RETURN p")
            .bind(id).to("id")
            .fetchAs(PersonView.class)
            .mappedBy((types, record) -> PersonView.of(record.get("p").asNode()))
            .one();
    }

    Optional<HouseholdView> household(String id) {
        return neo4j.query("MATCH (h:Household {id: $id}) RETURN h")
            .bind(id).to("id")
            .fetchAs(HouseholdView.class)
            .mappedBy((types, record) -> HouseholdView.of(record.get("h").asNode()))
            .one();
    }

    Map<String, PersonView> personOfMentions(Collection<String> mentionKeys) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (:Mention {key: key})-[:REFERS_TO]->(p:Person)
                RETURN key, p AS item
                """, mentionKeys, PersonView::of);
    }

    Map<String, LinkEvidence> evidenceOfMentions(Collection<String> mentionKeys) {
        Map<String, LinkEvidence> result = new java.util.HashMap<>();
        neo4j.query("""
                UNWIND $keys AS key
                MATCH (:Mention {key: key})-[link:REFERS_TO]->(:Person)
                RETURN key, link
                """)
            .bind(List.copyOf(mentionKeys)).to("keys")
            .fetchAs(Map.Entry.class)
            .mappedBy((types, record) -> Map.entry(record.get("key").asString(),
                    LinkEvidence.of(record.get("link").asRelationship())))
            .all()
            .forEach(entry -> result.put((String) entry.getKey(), (LinkEvidence) entry.getValue()));
        return result;
    }

    /** The household of the mention itself, else the latest one known for its person. */
    Map<String, HouseholdView> householdOfMentions(Collection<String> mentionKeys) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (m:Mention {key: key})
                OPTIONAL MATCH (m)-[:AT_HOUSEHOLD]->(own:Household)
                OPTIONAL MATCH (m)-[:REFERS_TO]->(:Person)<-[:REFERS_TO]-(:Mention)-[:AT_HOUSEHOLD]->(theirs:Household)
                WITH key, own, theirs
                WHERE own IS NOT NULL OR theirs IS NOT NULL
                RETURN key, coalesce(own, theirs) AS item
                """, mentionKeys, HouseholdView::of);
    }

    Map<String, CaseView> caseOfMentions(Collection<String> mentionKeys) {
        return reads.singles("""
                UNWIND $keys AS key
                MATCH (c:Case)-[:HAS_PARTY]->(:Mention {key: key})
                RETURN key, c AS item
                """, mentionKeys, CaseView::of);
    }

    Map<String, List<PartyView>> partiesOfPersons(Collection<String> personIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Person {id: key})<-[:REFERS_TO]-(m:Mention)
                RETURN key, m AS item
                ORDER BY m.key
                """, personIds, PartyView::of);
    }

    public Map<String, List<CaseView>> casesOfPersons(Collection<String> personIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Person {id: key})<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)
                WITH DISTINCT key, c
                RETURN key, c AS item
                ORDER BY c.reportedAt
                """, personIds, CaseView::of);
    }

    Map<String, List<HouseholdView>> householdsOfPersons(Collection<String> personIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Person {id: key})<-[:REFERS_TO]-(:Mention)-[:AT_HOUSEHOLD]->(h:Household)
                WITH DISTINCT key, h
                RETURN key, h AS item
                """, personIds, HouseholdView::of);
    }

    Map<String, List<PersonView>> membersOfHouseholds(Collection<String> householdIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Household {id: key})<-[:AT_HOUSEHOLD]-(:Mention)-[:REFERS_TO]->(p:Person)
                WITH DISTINCT key, p
                RETURN key, p AS item
                ORDER BY p.name
                """, householdIds, PersonView::of);
    }

    Map<String, List<PartyView>> partiesOfHouseholds(Collection<String> householdIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Household {id: key})<-[:AT_HOUSEHOLD]-(m:Mention)
                RETURN key, m AS item
                ORDER BY m.key
                """, householdIds, PartyView::of);
    }

    Map<String, List<CaseView>> casesOfHouseholds(Collection<String> householdIds) {
        return reads.lists("""
                UNWIND $keys AS key
                MATCH (:Household {id: key})<-[:AT_HOUSEHOLD]-(:Mention)<-[:HAS_PARTY]-(c:Case)
                WITH DISTINCT key, c
                RETURN key, c AS item
                ORDER BY c.reportedAt
                """, householdIds, CaseView::of);
    }
}
