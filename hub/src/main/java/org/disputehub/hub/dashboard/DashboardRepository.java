package org.disputehub.hub.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.hub.warnings.WarningProperties;
import org.disputehub.hub.warnings.WarningRules;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Aggregates cases in the database: one statement per request, whatever the number of cases or groups. */
@Repository
class DashboardRepository {

    private final Neo4jClient neo4j;
    private final WarningRules warningRules;
    private final WarningProperties warnings;
    private final DashboardProperties properties;

    DashboardRepository(Neo4jClient neo4j, WarningRules warningRules, WarningProperties warnings,
            DashboardProperties properties) {
        this.neo4j = neo4j;
        this.warningRules = warningRules;
        this.warnings = warnings;
        this.properties = properties;
    }

    /** One group per distinct key of the dimensions (none: one group of all cases, if there are any). */
    List<StatsGroup> groups(Collection<StatsDimension> dimensions, StatsFilter filter) {
        return read(dimensions, filter, false).stream().map(StatsGroup::of).toList();
    }

    /**
     * The groups and the totals in one read. Totals are their own aggregation (a dispute spanning groups counts
     * once, medians do not add up), so each case's row is counted twice: under its group and under no key.
     */
    Stats stats(Collection<StatsDimension> dimensions, StatsFilter filter) {
        List<StatsGroup> groups = new ArrayList<>();
        StatsGroup totals = StatsGroup.empty(warnings.levels());
        for (Map<String, Object> row : read(dimensions, filter, !dimensions.isEmpty())) {
            if (row.get("key") == null) {
                totals = StatsGroup.of(row);
            }
            else {
                groups.add(StatsGroup.of(row));
            }
        }
        if (dimensions.isEmpty() && !groups.isEmpty()) {
            totals = groups.get(0);
        }
        return new Stats(List.copyOf(groups), totals);
    }

    private Collection<Map<String, Object>> read(Collection<StatsDimension> dimensions, StatsFilter filter,
            boolean totals) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder cypher = new StringBuilder(filter.match(parameters))
            .append("\nWITH c, ").append(DashboardCypher.REPORT_DAY).append(" AS day\n");
        List<String> keyFields = new ArrayList<>();
        for (StatsDimension dimension : dimensions) {
            keyFields.add(dimension.keyFields());
            if (dimension.areaLevel != null) {
                cypher.append("""
                        WITH c, day, [(c)-[:IN_AREA]->(:Area)-[:PART_OF*0..2]->(a:Area)
                                      WHERE a.level = $areaLevel | a][0] AS area
                        """);
                parameters.put("areaLevel", dimension.areaLevel);
            }
        }
        cypher.append("OPTIONAL MATCH (c)-[:PART_OF]->(d:Dispute)\n")
            .append("WITH {").append(String.join(", ", keyFields)).append("} AS key, c, d\n")
            .append(DashboardCypher.CASE_FIGURES);
        if (totals) {
            cypher.append("UNWIND [key, null] AS counted\n")
                .append("WITH counted AS key, c, d, daysToResolve, repeat, openWarning\n");
        }
        cypher.append(DashboardCypher.GROUP_FIGURES);
        parameters.put("zone", properties.zone().getId());
        parameters.put("overdueBefore", warningRules.overdueBefore());
        parameters.put("levels", warnings.levels());
        return neo4j.query(cypher.toString()).bindAll(parameters).fetch().all();
    }

    /** Rejects an area code that names no area, rather than answering with nothing. */
    void requireKnownArea(String code) {
        if (code != null && !neo4j.query("MATCH (a:Area {code: $code}) RETURN count(a) > 0 AS found")
            .bind(code).to("code")
            .fetchAs(Boolean.class)
            .one()
            .orElse(false)) {
            throw new InvalidRequestException("Unknown area code: " + code);
        }
    }
}
