package org.disputehub.hub.linking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.Source;
import org.disputehub.hub.support.TestGraph;

/** Canonical records as the connectors hand them over, and the groups linking made of them, for linking tests. */
final class LinkingRecords {

    static final OffsetDateTime JAN = OffsetDateTime.parse("2026-01-05T10:00:00+08:00");

    private LinkingRecords() {
    }

    static PartyMention party(String key, String role, String name, String id, String phone) {
        return new PartyMention(key, role, name, id, phone, null);
    }

    static CaseRecord record(Source source, String no, OffsetDateTime at, String category, String content,
            String address, Map<String, Object> details, PartyMention... parties) {
        return new CaseRecord(source, no, 1, at, at, category, "OPEN", CaseState.OPEN, null, content, address,
                "996611102205", null, details, List.of(parties), List.of(), Origin.fileLine("test", 1));
    }

    /** Mention keys grouped by the person, household (or any node) a query returns as {@code group}. */
    static Set<Set<String>> partition(TestGraph graph, String cypher) {
        try (var session = graph.driver().session()) {
            return session.run(cypher).list().stream()
                .collect(Collectors.groupingBy(record -> record.get("group").asString(),
                        Collectors.mapping(record -> record.get("key").asString(), Collectors.toCollection(TreeSet::new))))
                .values().stream().map(group -> (Set<String>) group).collect(Collectors.toSet());
        }
    }

    static Set<Set<String>> persons(TestGraph graph) {
        return partition(graph, "MATCH (m:Mention)-[:REFERS_TO]->(g:Person) RETURN g.id AS group, m.key AS key");
    }

    static Set<Set<String>> households(TestGraph graph) {
        return partition(graph, "MATCH (m:Mention)-[:AT_HOUSEHOLD]->(g:Household) RETURN g.id AS group, m.key AS key");
    }

    /** Persons and households as mention keys, disputes as case keys: what must not depend on arrival order. */
    static Map<String, Set<Set<String>>> links(TestGraph graph) {
        return Map.of("persons", persons(graph), "households", households(graph), "disputes",
                partition(graph, "MATCH (c:Case)-[:PART_OF]->(g:Dispute) RETURN g.id AS group, c.key AS key"));
    }
}
