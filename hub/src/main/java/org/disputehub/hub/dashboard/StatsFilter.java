package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.connector.api.Source;

/** Which cases dashboards and the ledger count: the {@code StatsFilter} input; every field is optional. */
public record StatsFilter(OffsetDateTime from, OffsetDateTime before, String areaCode, List<Source> sources,
        String category) {

    static final StatsFilter ALL = new StatsFilter(null, null, null, null, null);

    /**
     * A MATCH of the counted cases {@code c}, adding the filter's values to {@code parameters}. An area is a
     * pattern rather than a condition so the planner can start from the area's few cases.
     */
    String match(Map<String, Object> parameters) {
        StringBuilder condition = new StringBuilder("MATCH (c:Case)");
        if (areaCode != null) {
            condition.append("-[:IN_AREA]->(:Area)-[:PART_OF*0..2]->(:Area {code: $areaCode})");
            parameters.put("areaCode", areaCode);
        }
        condition.append("\nWHERE c.source IS NOT NULL");
        if (from != null) {
            condition.append(" AND c.reportedAt >= $from");
            parameters.put("from", from);
        }
        if (before != null) {
            condition.append(" AND c.reportedAt < $before");
            parameters.put("before", before);
        }
        if (sources != null && !sources.isEmpty()) {
            condition.append(" AND c.source IN $sources");
            parameters.put("sources", sources.stream().map(Enum::name).toList());
        }
        if (category != null) {
            condition.append(" AND c.category = $category");
            parameters.put("category", category);
        }
        return condition.toString();
    }

    StatsFilter withRange(OffsetDateTime from, OffsetDateTime before) {
        return new StatsFilter(from, before, areaCode, sources, category);
    }

    /** Rejects an empty or reversed range. */
    void checkRange() {
        if (from != null && before != null && !from.isBefore(before)) {
            throw new InvalidRequestException("'from' (" + from + ") must be before 'before' (" + before + ")");
        }
    }
}
