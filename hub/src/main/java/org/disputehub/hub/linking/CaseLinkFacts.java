package org.disputehub.hub.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What dispute linking and warnings read about one case: its parties as linked, its text and its state. The text
 * is whole when read from the graph, only the words rules look for when read from the linking index
 * ({@link RuleWords}): rules find the same words in either.
 */
record CaseLinkFacts(String key, String source, String category, long at, List<Party> parties,
        Set<String> counterparties, Set<String> linked, String dispute, String content, String state,
        int headcount, String placeCode) {

    record Party(String person, String household, String name, String pinyin, String role) {

        /** The household when known by an address or a landline; one of a single person adds nothing to persons. */
        String knownHousehold() {
            return household != null && !household.startsWith("person:") ? household : null;
        }
    }

    static final String QUERY = """
            UNWIND $keys AS key
            MATCH (c:Case {key: key})
            OPTIONAL MATCH (c)-[:PART_OF]->(d:Dispute)
            CALL (c) {
              OPTIONAL MATCH (c)-[:HAS_PARTY]->(m:Mention)
              OPTIONAL MATCH (m)-[:REFERS_TO]->(p:Person)
              OPTIONAL MATCH (m)-[:AT_HOUSEHOLD]->(h:Household)
              RETURN collect(CASE WHEN m IS NULL THEN null ELSE
                       {person: p.id, household: h.key, name: m.nameText, titleOnly: m.titleOnly, role: m.role} END) AS parties
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[:LINKED_TO]-(o:Case)
              RETURN collect(DISTINCT o.key) AS linked
            }
            RETURN c.key AS key, c.source AS source, c.category AS category, c.reportedAt.epochMillis AS at,
                   parties, c.counterparties AS counterparties, linked, d.id AS dispute, c.content AS content,
                   c.state AS state, c.d_headcount AS headcount, c.placeCode AS placeCode
            """;

    static CaseLinkFacts of(Record record) {
        List<Party> parties = new ArrayList<>();
        for (Value party : record.get("parties").values()) {
            String name = party.get("name").asString(null);
            boolean full = name != null && !party.get("titleOnly").asBoolean(false);
            parties.add(new Party(party.get("person").asString(null), party.get("household").asString(null),
                    name, full ? Names.pinyin(name) : null, party.get("role").asString(null)));
        }
        Set<String> counterparties = new HashSet<>();
        for (Value name : record.get("counterparties").values()) {
            counterparties.add(Names.pinyin(name.asString()));
        }
        Value headcount = record.get("headcount");
        return new CaseLinkFacts(record.get("key").asString(), record.get("source").asString(),
                record.get("category").asString(null), record.get("at").isNull() ? 0 : record.get("at").asLong(),
                parties, counterparties, new HashSet<>(record.get("linked").asList(Value::asString)),
                record.get("dispute").asString(null), record.get("content").asString(null),
                record.get("state").asString(null), headcount.isNull() ? 0 : headcount.asNumber().intValue(),
                record.get("placeCode").asString(null));
    }

    Set<String> persons() {
        Set<String> persons = new HashSet<>();
        parties.forEach(party -> {
            if (party.person() != null) {
                persons.add(party.person());
            }
        });
        return persons;
    }

    /** Households known by an address or a landline. */
    Set<String> households() {
        Set<String> households = new HashSet<>();
        parties.forEach(party -> {
            if (party.knownHousehold() != null) {
                households.add(party.knownHousehold());
            }
        });
        return households;
    }
}
