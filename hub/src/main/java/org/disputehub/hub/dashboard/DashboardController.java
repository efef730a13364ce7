package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disputehub.hub.graphql.InvalidRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DashboardController {

    private final DashboardRepository dashboards;
    private final DashboardProperties properties;

    DashboardController(DashboardRepository dashboards, DashboardProperties properties) {
        this.dashboards = dashboards;
        this.properties = properties;
    }

    @QueryMapping
    Stats stats(@Argument List<StatsDimension> groupBy, @Argument StatsFilter filter) {
        Set<StatsDimension> dimensions = groupBy == null ? Set.of() : new LinkedHashSet<>(groupBy);
        checkDimensions(dimensions);
        StatsFilter counted = filter == null ? StatsFilter.ALL : filter;
        counted.checkRange();
        Stats stats = dashboards.stats(dimensions, counted);
        return stats.groups().isEmpty() ? knownArea(counted, stats) : stats;
    }

    @QueryMapping
    TimeSeries timeSeries(@Argument StatsMetric metric, @Argument Period period, @Argument OffsetDateTime from,
            @Argument OffsetDateTime before, @Argument SeriesSplit splitBy, @Argument SeriesFilter filter) {
        StatsFilter counted = (filter == null ? new SeriesFilter(null, null, null) : filter).over(from, before);
        counted.checkRange();
        List<TimeSeriesAssembler.Bucket> buckets = TimeSeriesAssembler.buckets(period, from, before,
                properties.zone());
        List<StatsDimension> dimensions = new ArrayList<>(List.of(StatsDimension.of(period)));
        if (splitBy != null) {
            dimensions.add(splitBy.dimension());
        }
        List<StatsGroup> groups = dashboards.groups(dimensions, counted);
        return TimeSeriesAssembler.assemble(metric, period, buckets, splitBy,
                groups.isEmpty() ? knownArea(counted, groups) : groups);
    }

    private static void checkDimensions(Set<StatsDimension> dimensions) {
        if (dimensions.stream().filter(dimension -> dimension.areaLevel != null).count() > 1) {
            throw new InvalidRequestException("groupBy takes at most one of AREA_COUNTY, AREA_TOWNSHIP, AREA_VILLAGE");
        }
        if (dimensions.stream().filter(dimension -> dimension.period != null).count() > 1) {
            throw new InvalidRequestException("groupBy takes at most one of DAY, WEEK, MONTH");
        }
    }

    /** An unknown area has no cases: only an empty answer needs the look-up that tells it from a quiet one. */
    private <T> T knownArea(StatsFilter filter, T emptyAnswer) {
        dashboards.requireKnownArea(filter.areaCode());
        return emptyAnswer;
    }
}
