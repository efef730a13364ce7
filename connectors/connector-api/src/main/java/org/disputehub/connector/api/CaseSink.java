package org.disputehub.connector.api;

import java.util.List;

/**
 * How connectors hand records to the hub. Implementations are idempotent: the same record delivered twice
 * changes nothing, and a record with a lower version than the stored one is ignored.
 */
public interface CaseSink {

    /** Stores a batch of cases; returns how many were new or newer than what was stored. */
    int accept(List<CaseRecord> cases);

    /** Keeps records that could not be read, with their reasons; the same bad record twice is kept once. */
    void quarantine(List<QuarantinedRecord> records);
}
