package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.Source;

/** Which cases dashboards and the ledger count: the {@code StatsFilter} input; every field is optional. */
public record StatsFilter(OffsetDateTime from, OffsetDateTime before, String areaCode, List<Source> sources,
        String category) {

    static final StatsFilter ALL = new StatsFilter(null, null, null, null, null);

    /** The Cypher condition on the case {@code c}, adding its values to {@code parameters}. */
    String condition(Map<String, Object> parameters) {
        StringBuilder condition = new StringBuilder("c.source IS NOT NULL");
        if (from != null) {
            condition.append(" AND c.reportedAt >= $from");
            parameters.put("from", from);
        }
        if (before != null) {
            condition.append(" AND c.reportedAt < $before");
            parameters.put("before", before);
        }
        if (areaCode != null) {
            condition.append(" AND EXISTS { (c)-[:IN_AREA]->(:Area)-[:PART_OF*0..2]->(:Area {code: $areaCode}) }");
            parameters.put("areaCode", areaCode);
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
            throw new DashboardRequestException("'from' (" + from + ") must be before 'before' (" + before + ")");
        }
    }
}
