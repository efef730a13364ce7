package org.disputehub.hub.dashboard;

/** Cypher fragments the stats and the ledger share. */
final class DashboardCypher {

    private DashboardCypher() {
    }

    /**
     * The case {@code c} is open past its channel's deadline; {@code $overdueBefore} maps a source to the report
     * time before which that holds (see {@code WarningRules.overdueBefore}).
     */
    static final String OVERDUE = "c.state = 'OPEN' AND c.reportedAt.epochMillis < $overdueBefore[c.source]";

    /** The calendar date of the case {@code c}'s report in the zone {@code $zone}. */
    static final String REPORT_DAY = "CASE WHEN c.reportedAt IS NULL THEN null "
            + "ELSE date(datetime({datetime: c.reportedAt, timezone: $zone})) END";

    /** What figures need of each case {@code c} (with dispute {@code d}), worked out once per case. */
    static final String CASE_FIGURES = """
            WITH key, c, d,
                 CASE WHEN c.state = 'RESOLVED' AND c.closedAt >= c.reportedAt
                      THEN duration.inSeconds(c.reportedAt, c.closedAt).seconds / 86400.0 END AS daysToResolve,
                 d IS NOT NULL AND EXISTS {
                   MATCH (d)<-[:PART_OF]-(earlier:Case)
                   WHERE earlier.reportedAt < c.reportedAt OR (earlier.reportedAt = c.reportedAt AND earlier.key < c.key)
                 } AS repeat,
                 CASE WHEN d.warningLevel IS NOT NULL AND EXISTS { (d)<-[:PART_OF]-(:Case {state: 'OPEN'}) }
                      THEN {id: d.id, level: d.warningLevel} END AS openWarning
            """;

    /** Figures per group {@code key} of the rows {@link #CASE_FIGURES} made. */
    static final String GROUP_FIGURES = """
            WITH key,
                 count(c) AS cases,
                 count(DISTINCT d) AS disputes,
                 count(CASE WHEN c.state = 'RESOLVED' THEN 1 END) AS resolved,
                 percentileCont(daysToResolve, 0.5) AS medianDays,
                 count(CASE WHEN repeat THEN 1 END) AS repeats,
                 count(DISTINCT CASE WHEN d.caseCount > 1 THEN d END) AS repeatDisputes,
                 count(DISTINCT CASE WHEN d.hot THEN d END) AS hot,
                 count(CASE WHEN %s THEN 1 END) AS overdue,
                 collect(DISTINCT openWarning) AS openWarnings
            RETURN key, cases, disputes, resolved, medianDays, repeats, repeatDisputes, hot, overdue,
                   [level IN $levels | {level: level, count: size([w IN openWarnings WHERE w.level = level])}]
                     AS warnings
            ORDER BY key.period, key.areaCode, key.source, key.category, key.state, key.status
            """.formatted(OVERDUE);
}
