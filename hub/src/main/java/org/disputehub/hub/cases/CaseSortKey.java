package org.disputehub.hub.cases;

/** Report time, then key: the order timelines are paged in (see {@link CaseOrder} for all orders). */
public final class CaseSortKey {

    /** Cypher expression of the sort key of case {@code c}. */
    public static final String CYPHER = CaseOrder.OLDEST_REPORTED.cypher();

    private CaseSortKey() {
    }

    public static String of(CaseView view) {
        return CaseOrder.OLDEST_REPORTED.keyOf(view);
    }
}
