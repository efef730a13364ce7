package org.disputehub.hub.cases;

/**
 * The order case lists are paged in: report time, then key, folded into one comparable string so a cursor is
 * a single value.
 */
public final class CaseSortKey {

    /** Cypher expression of the sort key of case {@code c}. */
    public static final String CYPHER = "(coalesce(toString(datetime(c.reportedAt).epochMillis), '') + '|' + c.key)";

    private CaseSortKey() {
    }

    public static String of(CaseView view) {
        String millis = view.reportedAt() == null ? "" : String.valueOf(view.reportedAt().toInstant().toEpochMilli());
        return millis + "|" + view.id();
    }
}
