package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

public record TimeSeries(StatsMetric metric, Period period, List<String> buckets, List<Series> series) {

    public record Series(String source, String areaCode, String areaName, List<Point> points) {
    }

    public record Point(String period, OffsetDateTime start, double value) {
    }
}
