package org.disputehub.hub.cases;

import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * The orders case lists can be paged in. Each folds its time and the case key into one comparable string, so a
 * cursor is a single value; the Cypher expression and the Java key agree character for character.
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

    /** Cypher expression of the sort key of case {@code c}; 13-digit epoch milliseconds compare as text. */
    public String cypher() {
        return "(coalesce(toString(datetime(" + property + ").epochMillis), '') + '|' + c.key)";
    }

    public String direction() {
        return descending ? "DESC" : "ASC";
    }

    /** The comparison that keeps the cases after a cursor. */
    public String after() {
        return descending ? "<" : ">";
    }

    public String keyOf(CaseView view) {
        OffsetDateTime at = time.apply(view);
        return (at == null ? "" : String.valueOf(at.toInstant().toEpochMilli())) + "|" + view.id();
    }
}
