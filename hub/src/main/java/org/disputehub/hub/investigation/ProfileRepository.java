package org.disputehub.hub.investigation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.graphql.KeyedReads;
import org.disputehub.hub.people.HouseholdView;
import org.disputehub.hub.people.PersonView;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The parts of a person 360° no other type has; each read takes every profile of a request at once. */
@Repository
class ProfileRepository {

    private final KeyedReads reads;

    ProfileRepository(KeyedReads reads) {
        this.reads = reads;
    }

    Map<String, List<CoParty>> coPartiesOfPersons(Collection<String> personIds) {
        return reads.rowLists("""
                UNWIND $keys AS key
                MATCH (p:Person {id: key})<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)
                      -[:HAS_PARTY]->(:Mention)-[:REFERS_TO]->(other:Person)
                WHERE other <> p
                WITH key, other, c ORDER BY c.reportedAt, c.key
                WITH key, other, collect(DISTINCT c) AS shared
                RETURN key, other, shared
                ORDER BY key, size(shared) DESC, other.name, other.id
                """, personIds, row -> new CoParty(PersonView.of(row.get("other").asNode()),
                        row.get("shared").asList(value -> CaseView.of(value.asNode()))));
    }

    Map<String, List<HouseholdTie>> householdsOfPersons(Collection<String> personIds) {
        return reads.rowLists("""
                UNWIND $keys AS key
                MATCH (p:Person {id: key})<-[:REFERS_TO]-(m:Mention)-[:AT_HOUSEHOLD]->(h:Household),
                      (m)<-[:HAS_PARTY]-(c:Case)
                WITH key, p, h, min(c.reportedAt) AS firstSeenAt, max(c.reportedAt) AS lastSeenAt
                CALL (p, h) {
                  MATCH (h)<-[:AT_HOUSEHOLD]-(other:Mention)-[:REFERS_TO]->(member:Person),
                        (other)<-[:HAS_PARTY]-(c:Case)
                  WHERE member <> p
                  WITH member, min(c.reportedAt) AS firstSeenAt, max(c.reportedAt) AS lastSeenAt
                  ORDER BY firstSeenAt, member.id
                  RETURN collect({person: member, firstSeenAt: firstSeenAt, lastSeenAt: lastSeenAt}) AS members
                }
                RETURN key, h, firstSeenAt, lastSeenAt, members
                ORDER BY key, firstSeenAt, h.id
                """, personIds, row -> new HouseholdTie(HouseholdView.of(row.get("h").asNode()),
                        time(row.get("firstSeenAt")), time(row.get("lastSeenAt")),
                        row.get("members").asList(member -> new HouseholdTie.Member(
                                PersonView.of(member.get("person").asNode()), time(member.get("firstSeenAt")),
                                time(member.get("lastSeenAt"))))));
    }

    static OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }
}
