package org.disputehub.hub.dashboard;

import java.util.List;
import java.util.Map;

/** Figures of one group of cases, as the stats Cypher returns them; the rate is derived. */
public record StatsGroup(StatsKey key, long cases, long disputes, long resolved, Double medianDaysToResolve,
        long repeats, long repeatDisputes, long hot, long overdue, List<LevelCount> warnings) {

    static StatsGroup empty(List<String> levels) {
        return new StatsGroup(StatsKey.EMPTY, 0, 0, 0, null, 0, 0, 0, 0,
                levels.stream().map(level -> new LevelCount(level, 0)).toList());
    }

    public Double resolutionRate() {
        return cases == 0 ? null : (double) resolved / cases;
    }

    public long openWarnings() {
        return warnings.stream().mapToLong(LevelCount::count).sum();
    }

    @SuppressWarnings("unchecked")
    static StatsGroup of(Map<String, Object> row) {
        List<LevelCount> warnings = ((List<Map<String, Object>>) row.get("warnings")).stream()
            .map(level -> new LevelCount((String) level.get("level"), number(level.get("count"))))
            .toList();
        Object median = row.get("medianDays");
        return new StatsGroup(StatsKey.of((Map<String, Object>) row.get("key")), number(row.get("cases")),
                number(row.get("disputes")), number(row.get("resolved")),
                median == null ? null : ((Number) median).doubleValue(), number(row.get("repeats")),
                number(row.get("repeatDisputes")), number(row.get("hot")), number(row.get("overdue")), warnings);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
