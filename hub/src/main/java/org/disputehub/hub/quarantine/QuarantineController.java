package org.disputehub.hub.quarantine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.hub.graphql.Pages;
import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The records kept aside, newest first, so an operator can see what to fix and re-deliver. */
@Controller
class QuarantineController {

    private static final String SORT_KEY = "(toString(q.quarantinedAt.epochMillis) + '|' + q.id)";

    private final Neo4jClient neo4j;

    QuarantineController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @QueryMapping
    Window<QuarantineView> quarantine(@Argument QuarantineFilter filter, ScrollSubrange subrange) {
        int size = Pages.size(subrange);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("source", filter == null ? null : filter.source());
        parameters.put("reason", filter == null ? null : filter.reason());
        parameters.put("after", Pages.after(subrange));
        parameters.put("limit", size + 1);
        List<Sorted> fetched = List.copyOf(neo4j.query("""
                MATCH (q:Quarantined)
                WHERE ($source IS NULL OR q.source = $source)
                  AND ($reason IS NULL OR q.reason = $reason)
                  AND ($after IS NULL OR %1$s < $after)
                RETURN q, %1$s AS sortKey
                ORDER BY sortKey DESC
                LIMIT $limit
                """.formatted(SORT_KEY))
            .bindAll(parameters)
            .fetchAs(Sorted.class)
            .mappedBy((types, record) -> new Sorted(record.get("sortKey").asString(),
                    QuarantineView.of(record.get("q").asNode())))
            .all());
        return Pages.window(fetched, size, Sorted::sortKey).map(Sorted::record);
    }

    private record Sorted(String sortKey, QuarantineView record) {
    }
}
