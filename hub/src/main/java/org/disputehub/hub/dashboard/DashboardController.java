package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.disputehub.hub.warnings.WarningProperties;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DashboardController {

    private final DashboardRepository dashboards;
    private final WarningProperties warnings;
    private final DashboardProperties properties;

    DashboardController(DashboardRepository dashboards, WarningProperties warnings, DashboardProperties properties) {
        this.dashboards = dashboards;
        this.warnings = warnings;
        this.properties = properties;
    }

    @QueryMapping
    Stats stats(@Argument List<StatsDimension> groupBy, @Argument StatsFilter filter) {
        Set<StatsDimension> dimensions = groupBy == null ? Set.of() : new LinkedHashSet<>(groupBy);
        checkDimensions(dimensions);
        StatsFilter counted = checked(filter == null ? StatsFilter.ALL : filter);
        List<StatsGroup> groups = dashboards.groups(dimensions, counted);
        // Totals are their own aggregation: a dispute spanning groups counts once, medians do not add up.
        List<StatsGroup> all = dimensions.isEmpty() ? groups : dashboards.groups(Set.of(), counted);
        StatsGroup totals = all.stream().findFirst().orElse(StatsGroup.empty(warnings.levels()));
        return new Stats(groups, totals);
    }

    @QueryMapping
    TimeSeries timeSeries(@Argument StatsMetric metric, @Argument Period period, @Argument OffsetDateTime from,
            @Argument OffsetDateTime before, @Argument SeriesSplit splitBy, @Argument SeriesFilter filter) {
        StatsFilter counted = checked((filter == null ? new SeriesFilter(null, null, null) : filter).over(from, before));
        List<TimeSeriesAssembler.Bucket> buckets = TimeSeriesAssembler.buckets(period, from, before,
                properties.zone());
        List<StatsDimension> dimensions = new ArrayList<>(List.of(StatsDimension.of(period)));
        if (splitBy != null) {
            dimensions.add(splitBy.dimension());
        }
        return TimeSeriesAssembler.assemble(metric, period, buckets, splitBy, dashboards.groups(dimensions, counted));
    }

    private static void checkDimensions(Set<StatsDimension> dimensions) {
        if (dimensions.stream().filter(dimension -> dimension.areaLevel != null).count() > 1) {
            throw new InvalidRequestException("groupBy takes at most one of AREA_COUNTY, AREA_TOWNSHIP, AREA_VILLAGE");
        }
        if (dimensions.stream().filter(dimension -> dimension.period != null).count() > 1) {
            throw new InvalidRequestException("groupBy takes at most one of DAY, WEEK, MONTH");
        }
    }

    private StatsFilter checked(StatsFilter filter) {
        filter.checkRange();
        dashboards.requireKnownArea(filter.areaCode());
        return filter;
    }
}
