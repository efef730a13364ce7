package org.disputehub.hub.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

import org.disputehub.connector.api.Source;

/** The {@code SeriesFilter} input: a stats filter whose range is the series' own. */
public record SeriesFilter(String areaCode, List<Source> sources, String category) {

    StatsFilter over(OffsetDateTime from, OffsetDateTime before) {
        return new StatsFilter(from, before, areaCode, sources, category);
    }
}
