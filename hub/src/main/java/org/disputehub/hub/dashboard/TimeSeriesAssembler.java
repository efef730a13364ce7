package org.disputehub.hub.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputehub.hub.graphql.InvalidRequestException;

/** Lays groups of (bucket, split) out as series with every bucket of the range, empty ones as zeros. */
final class TimeSeriesAssembler {

    /** About three years of days: more buckets than a chart can show is a mistaken range. */
    static final int MAX_BUCKETS = 1100;

    record Bucket(String label, OffsetDateTime start) {
    }

    private TimeSeriesAssembler() {
    }

    /** The buckets that overlap [from, before), in order; the first may start before {@code from}. */
    static List<Bucket> buckets(Period period, OffsetDateTime from, OffsetDateTime before, ZoneId zone) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = period.start(from.atZoneSameInstant(zone).toLocalDate());
        while (start.atStartOfDay(zone).toInstant().isBefore(before.toInstant())) {
            if (buckets.size() == MAX_BUCKETS) {
                throw new InvalidRequestException("The range from " + from + " to " + before + " has more than "
                        + MAX_BUCKETS + " " + period + " buckets; choose a shorter range or a longer period");
            }
            buckets.add(new Bucket(period.label(start), start.atStartOfDay(zone).toOffsetDateTime()));
            start = period.next(start);
        }
        return buckets;
    }

    /**
     * @param groups stats grouped by the period and, when split, by the split dimension
     */
    static TimeSeries assemble(StatsMetric metric, Period period, List<Bucket> buckets, SeriesSplit split,
            List<StatsGroup> groups) {
        Map<SeriesKey, Map<String, StatsGroup>> bySeries = new LinkedHashMap<>();
        if (split == null) {
            bySeries.put(SeriesKey.NONE, new HashMap<>());
        }
        for (StatsGroup group : groups) {
            bySeries.computeIfAbsent(SeriesKey.of(group.key(), split), key -> new HashMap<>())
                .put(group.key().period(), group);
        }
        List<TimeSeries.Series> series = bySeries.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(SeriesKey.ORDER))
            .map(entry -> new TimeSeries.Series(entry.getKey().source(), entry.getKey().areaCode(),
                    entry.getKey().areaName(), buckets.stream()
                        .map(bucket -> new TimeSeries.Point(bucket.label(), bucket.start(),
                                metric.of(entry.getValue().get(bucket.label()))))
                        .toList()))
            .toList();
        return new TimeSeries(metric, period, buckets.stream().map(Bucket::label).toList(), series);
    }

    private record SeriesKey(String source, String areaCode, String areaName) {

        static final SeriesKey NONE = new SeriesKey(null, null, null);

        static final Comparator<SeriesKey> ORDER = Comparator
            .comparing(SeriesKey::source, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(SeriesKey::areaCode, Comparator.nullsLast(Comparator.<String>naturalOrder()));

        static SeriesKey of(StatsKey key, SeriesSplit split) {
            if (split == null) {
                return NONE;
            }
            return split == SeriesSplit.SOURCE ? new SeriesKey(key.source(), null, null)
                    : new SeriesKey(null, key.areaCode(), key.areaName());
        }
    }
}
