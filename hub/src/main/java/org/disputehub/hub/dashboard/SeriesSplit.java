package org.disputehub.hub.dashboard;

/** What a time series may be split by: a stats dimension that is not a period. */
public enum SeriesSplit {
    SOURCE, AREA_COUNTY, AREA_TOWNSHIP, AREA_VILLAGE;

    StatsDimension dimension() {
        return StatsDimension.valueOf(name());
    }
}
