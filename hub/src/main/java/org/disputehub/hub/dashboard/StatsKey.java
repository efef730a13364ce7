package org.disputehub.hub.dashboard;

import java.util.Map;

/** The values a group was formed by; null for dimensions not grouped by. */
public record StatsKey(String areaCode, String areaName, String period, String source, String category,
        String state, String status) {

    static final StatsKey EMPTY = new StatsKey(null, null, null, null, null, null, null);

    /** The key of a group; no key at all (the totals) is the empty one. */
    static StatsKey of(Map<String, Object> key) {
        if (key == null) {
            return EMPTY;
        }
        return new StatsKey(text(key, "areaCode"), text(key, "areaName"), text(key, "period"), text(key, "source"),
                text(key, "category"), text(key, "state"), text(key, "status"));
    }

    private static String text(Map<String, Object> key, String name) {
        Object value = key.get(name);
        return value == null ? null : value.toString();
    }
}
