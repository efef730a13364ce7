package org.disputehub.hub.investigation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.disputehub.hub.cases.CaseView;
import org.disputehub.hub.people.PersonView;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Person search by the keys linking stores on mentions, and case search in the full-text index. */
@Repository
class SearchRepository {

    /** Created by schema/neo4j/V4__search.cypher. */
    static final String CASE_CONTENT_INDEX = "case_content";

    private final Neo4jClient neo4j;

    SearchRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Persons with a mention whose key equals the query's: those whose name is the very name first, then
     * homophones; {@code after} is the sort key of the last match of the previous page.
     */
    List<PersonMatch> persons(PersonQuery query, String after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", query.key());
        parameters.put("name", query.name());
        parameters.put("after", after);
        parameters.put("limit", limit);
        return List.copyOf(neo4j.query("""
                MATCH (m:Mention) WHERE %s = $key
                MATCH (m)-[:REFERS_TO]->(p:Person)
                WITH p, collect(DISTINCT %s) AS matched, min(CASE WHEN m.nameText = $name THEN 0 ELSE 1 END) AS rank
                WITH p, matched, rank, toString(rank) + '|' + p.id AS sortKey
                WHERE $after IS NULL OR sortKey > $after
                RETURN p, matched, rank, sortKey
                ORDER BY sortKey
                LIMIT $limit
                """.formatted(query.kind().keyProperty, query.kind().writtenProperty))
            .bindAll(parameters)
            .fetchAs(PersonMatch.class)
            .mappedBy((types, record) -> new PersonMatch(PersonView.of(record.get("p").asNode()),
                    matchedBy(query.kind(), record.get("rank").asInt()),
                    record.get("matched").asList(value -> value.asString()), record.get("sortKey").asString()))
            .all());
    }

    private static PersonMatch.MatchedBy matchedBy(PersonQuery.Kind kind, int rank) {
        return switch (kind) {
            case NAME -> rank == 0 ? PersonMatch.MatchedBy.NAME : PersonMatch.MatchedBy.HOMOPHONE;
            case PHONE -> PersonMatch.MatchedBy.PHONE;
            case ID_NUMBER -> PersonMatch.MatchedBy.ID_NUMBER;
            case MISTYPED_ID_NUMBER -> PersonMatch.MatchedBy.MISTYPED_ID_NUMBER;
        };
    }

    /** Cases by relevance to a Lucene query (already escaped), skipping the {@code skip} best. */
    List<CaseHit> cases(String luceneQuery, int skip, int limit) {
        List<CaseHit> found = List.copyOf(neo4j.query("""
                CALL db.index.fulltext.queryNodes($index, $query, {skip: $skip, limit: $limit})
                YIELD node, score
                RETURN node, score
                """)
            .bindAll(Map.of("index", CASE_CONTENT_INDEX, "query", luceneQuery, "skip", skip, "limit", limit))
            .fetchAs(CaseHit.class)
            .mappedBy((types, record) -> new CaseHit(CaseView.of(record.get("node").asNode()),
                    record.get("score").asDouble(), 0))
            .all());
        return IntStream.range(0, found.size())
            .mapToObj(index -> found.get(index).at(skip + index + 1))
            .toList();
    }
}
