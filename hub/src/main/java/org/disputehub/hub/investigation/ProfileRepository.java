package org.disputehub.hub.investigation;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.disputes.DisputeView;
import org.disputehub.hub.people.HouseholdView;
import org.disputehub.hub.people.PersonView;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * A person 360° in one read: the person and whichever of their lists the request selects, each list a
 * subquery of the same statement. A profile is one person, so there is nothing to batch; one statement instead
 * of one per list is what keeps it close to a hand-written query.
 */
@Repository
class ProfileRepository {

    /** The lists of a profile a request can select. */
    enum Part {
        CASES("cases", """
                CALL (p) {
                  MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)
                  WITH DISTINCT c ORDER BY c.reportedAt, c.key
                  OPTIONAL MATCH (c)-[:PART_OF]->(d:Dispute)
                  RETURN collect({case: c, dispute: d.id}) AS cases
                }
                """),
        CO_PARTIES("coParties", """
                CALL (p) {
                  MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(c:Case)-[:HAS_PARTY]->(:Mention)
                        -[:REFERS_TO]->(other:Person)
                  WHERE other <> p
                  WITH other, c ORDER BY c.reportedAt, c.key
                  WITH other, collect(DISTINCT c.key) AS shared
                  ORDER BY size(shared) DESC, other.name, other.id
                  RETURN collect({person: other %s, shared: shared}) AS coParties
                }
                """.formatted(PersonView.PROPERTIES)),
        HOUSEHOLDS("households", """
                CALL (p) {
                  MATCH (p)<-[:REFERS_TO]-(m:Mention)-[:AT_HOUSEHOLD]->(h:Household), (m)<-[:HAS_PARTY]-(c:Case)
                  WITH h, min(c.reportedAt) AS firstSeenAt, max(c.reportedAt) AS lastSeenAt
                  CALL (p, h) {
                    MATCH (h)<-[:AT_HOUSEHOLD]-(other:Mention)-[:REFERS_TO]->(member:Person),
                          (other)<-[:HAS_PARTY]-(c:Case)
                    WHERE member <> p
                    WITH member, min(c.reportedAt) AS memberFirstSeenAt, max(c.reportedAt) AS memberLastSeenAt
                    ORDER BY memberFirstSeenAt, member.id
                    RETURN collect({person: member %s, firstSeenAt: memberFirstSeenAt,
                                    lastSeenAt: memberLastSeenAt}) AS members
                  }
                  WITH h, firstSeenAt, lastSeenAt, members ORDER BY firstSeenAt, h.id
                  RETURN collect({household: h %s, firstSeenAt: firstSeenAt, lastSeenAt: lastSeenAt,
                                  members: members}) AS households
                }
                """.formatted(PersonView.PROPERTIES, HouseholdView.PROPERTIES)),
        DISPUTES("disputes", """
                CALL (p) {
                  MATCH (p)<-[:REFERS_TO]-(:Mention)<-[:HAS_PARTY]-(:Case)-[:PART_OF]->(d:Dispute)
                  WITH DISTINCT d
                  %s
                  WITH d, category, caseCount, firstReportedAt, lastReportedAt ORDER BY firstReportedAt, d.id
                  RETURN collect(%s) AS disputes
                }
                """.formatted(DisputeView.PROJECTION, DisputeView.FIELDS));

        /** The column the statement returns the list in. */
        private final String column;
        private final String subquery;

        Part(String column, String subquery) {
            this.column = column;
            this.subquery = subquery;
        }
    }

    private final Neo4jClient neo4j;

    ProfileRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<PersonProfile> profile(String id, Set<Part> selected) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        parts.addAll(selected);
        if (parts.contains(Part.CO_PARTIES)) {
            // Shared cases are the person's own cases: read each once, co-parties name them by key.
            parts.add(Part.CASES);
        }
        StringBuilder cypher = new StringBuilder("MATCH (p:Person {id: $id})\n");
        StringBuilder columns = new StringBuilder("RETURN p " + PersonView.PROPERTIES + " AS p");
        for (Part part : EnumSet.allOf(Part.class)) {
            if (parts.contains(part)) {
                cypher.append(part.subquery);
                columns.append(", ").append(part.column);
            }
            else {
                columns.append(", null AS ").append(part.column);
            }
        }
        return neo4j.query(cypher.append(columns).toString())
            .bind(id).to("id")
            .fetchAs(PersonProfile.class)
            .mappedBy((types, record) -> profile(record))
            .one();
    }

    private static PersonProfile profile(Record record) {
        PersonView person = PersonView.of(record.get("p"));
        Map<CaseView, String> disputeOfCase = new HashMap<>();
        Map<String, CaseView> caseByKey = new HashMap<>();
        List<CaseView> cases = listOrNull(record.get("cases"), value -> {
            CaseView of = CaseView.of(value.get("case").asNode());
            disputeOfCase.put(of, value.get("dispute").asString(null));
            caseByKey.put(of.id(), of);
            return of;
        });
        return new PersonProfile(person.id(), person.name(), person, cases,
                listOrNull(record.get("coParties"), value -> new CoParty(PersonView.of(value.get("person")),
                        value.get("shared").asList(key -> caseByKey.get(key.asString())))),
                listOrNull(record.get("households"), value -> new HouseholdTie(
                        HouseholdView.of(value.get("household")), time(value.get("firstSeenAt")),
                        time(value.get("lastSeenAt")), value.get("members").asList(member -> new HouseholdTie.Member(
                                PersonView.of(member.get("person")), time(member.get("firstSeenAt")),
                                time(member.get("lastSeenAt")))))),
                listOrNull(record.get("disputes"), DisputeView::of), disputeOfCase);
    }

    private static <T> List<T> listOrNull(Value value, Function<Value, T> mapper) {
        return value.isNull() ? null : value.asList(mapper::apply);
    }

    private static OffsetDateTime time(Value value) {
        return value.isNull() ? null : value.asOffsetDateTime();
    }
}
