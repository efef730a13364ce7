package org.disputehub.hub.dashboard;

/**
 * What stats can group by. Each dimension is a fixed Cypher fragment of the group key map; input only picks
 * among them. Area dimensions read the variable {@code area} (the case's area at {@link #areaLevel}), period
 * dimensions the date {@code day}.
 */
public enum StatsDimension {
    SOURCE("source: c.source", null, null),
    CATEGORY("category: c.category", null, null),
    STATE("state: c.state", null, null),
    STATUS("status: c.status", null, null),
    AREA_COUNTY(Fragments.AREA, "COUNTY", null),
    AREA_TOWNSHIP(Fragments.AREA, "TOWNSHIP", null),
    AREA_VILLAGE(Fragments.AREA, "VILLAGE", null),
    DAY(null, null, Period.DAY),
    WEEK(null, null, Period.WEEK),
    MONTH(null, null, Period.MONTH);

    private final String keyFields;
    /** The area level this dimension groups by, or null. */
    final String areaLevel;
    /** The period this dimension groups by, or null. */
    final Period period;

    StatsDimension(String keyFields, String areaLevel, Period period) {
        this.keyFields = keyFields;
        this.areaLevel = areaLevel;
        this.period = period;
    }

    /** Entries of the group key map, e.g. {@code source: c.source}. */
    String keyFields() {
        return period != null ? "period: " + period.cypherLabel : keyFields;
    }

    static StatsDimension of(Period period) {
        return valueOf(period.name());
    }

    private static final class Fragments {
        static final String AREA = "areaCode: area.code, areaName: area.name";
    }
}
