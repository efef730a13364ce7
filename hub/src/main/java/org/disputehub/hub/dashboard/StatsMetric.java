package org.disputehub.hub.dashboard;

import java.util.function.ToDoubleFunction;

/** What a time series plots: one figure of a group, 0 where the group has nothing to measure it on. */
public enum StatsMetric {
    CASES(StatsGroup::cases),
    DISPUTES(StatsGroup::disputes),
    RESOLVED(StatsGroup::resolved),
    RESOLUTION_RATE(group -> group.resolutionRate() == null ? 0 : group.resolutionRate()),
    MEDIAN_DAYS_TO_RESOLVE(group -> group.medianDaysToResolve() == null ? 0 : group.medianDaysToResolve()),
    REPEATS(StatsGroup::repeats),
    REPEAT_DISPUTES(StatsGroup::repeatDisputes),
    HOT(StatsGroup::hot),
    OVERDUE(StatsGroup::overdue),
    WARNINGS(StatsGroup::openWarnings);

    private final ToDoubleFunction<StatsGroup> figure;

    StatsMetric(ToDoubleFunction<StatsGroup> figure) {
        this.figure = figure;
    }

    double of(StatsGroup group) {
        return group == null ? 0 : figure.applyAsDouble(group);
    }
}
