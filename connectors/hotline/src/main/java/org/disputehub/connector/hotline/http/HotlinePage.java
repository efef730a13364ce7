package org.disputehub.connector.hotline.http;

import java.time.OffsetDateTime;
import java.util.List;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.QuarantinedRecord;

/**
 * One page of the work-order API, already mapped.
 *
 * @param cases         the items that mapped
 * @param quarantined   the items that did not, with their raw JSON
 * @param nextCursor    where the next page starts; null when caught up
 * @param lastUpdatedAt the latest readable {@code updatedAt} on the page, null for an empty page
 */
public record HotlinePage(List<CaseRecord> cases, List<QuarantinedRecord> quarantined, String nextCursor,
        OffsetDateTime lastUpdatedAt) {

    public HotlinePage {
        cases = List.copyOf(cases);
        quarantined = List.copyOf(quarantined);
    }

    /** Items the page carried, good and bad. */
    public int size() {
        return cases.size() + quarantined.size();
    }
}
