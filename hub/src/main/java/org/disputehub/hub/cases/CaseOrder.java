package org.disputehub.hub.cases;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

import org.disputehub.hub.graphql.InvalidRequestException;

/**
 * The orders case lists (the case list, timelines) are paged in: a time, then the case key. Ordering on the
 * stored properties lets the range index on the time serve the order at any size; the cursor is the last
 * case's time, exactly as stored (offset included, so it compares equal), and its key.
 */
public enum CaseOrder {

    NEWEST_REPORTED("c.reportedAt", CaseView::reportedAt, true),
    OLDEST_REPORTED("c.reportedAt", CaseView::reportedAt, false),
    RECENTLY_UPDATED("c.updatedAt", CaseView::updatedAt, true);

    private final String property;
    private final Function<CaseView, OffsetDateTime> time;
    private final boolean descending;

    CaseOrder(String property, Function<CaseView, OffsetDateTime> time, boolean descending) {
        this.property = property;
        this.time = time;
        this.descending = descending;
    }

    public String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return property + direction + ", c.key" + direction;
    }

    /** Cases without this time cannot be placed in the order; every source gives a report time. */
    public String present() {
        return property + " IS NOT NULL";
    }

    /** Keeps the cases after the cursor's time ({@code $afterAt}) and key ({@code $afterKey}). */
    public String afterCondition() {
        String beyond = descending ? "<" : ">";
        return "(" + property + " " + beyond + " $afterAt OR (" + property + " = $afterAt AND c.key " + beyond
                + " $afterKey))";
    }

    public String keyOf(CaseView view) {
        return time.apply(view) + "|" + view.id();
    }

    /** The parameters {@link #afterCondition()} takes, from a cursor made by {@link #keyOf(CaseView)}. */
    public static Map<String, Object> cursor(String key) {
        int bar = key.indexOf('|');
        try {
            if (bar > 0) {
                return Map.of("afterAt", OffsetDateTime.parse(key.substring(0, bar)), "afterKey",
                        key.substring(bar + 1));
            }
        }
        catch (DateTimeParseException malformed) {
            // reported below like any other malformed cursor
        }
        throw new InvalidRequestException("Not a cursor of the case list: " + key);
    }
}
