package org.disputehub.hub.changes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ChangeRepository {

    private final Neo4jClient neo4j;

    ChangeRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Up to {@code limit} changes after {@code since}, in sequence order; {@code sources} null for all. */
    List<ChangeView> after(ChangeCursor since, List<String> sources, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("since", since.position());
        parameters.put("sources", sources);
        parameters.put("limit", limit);
        return List.copyOf(neo4j.query(ChangeCypher.FEED)
            .bindAll(parameters)
            .fetchAs(ChangeView.class)
            .mappedBy((types, record) -> new ChangeView(new ChangeCursor(record.get("seq").asLong()).value(),
                    ChangeView.ChangeKind.valueOf(record.get("kind").asString()), record.get("key").asString()))
            .all());
    }
}
