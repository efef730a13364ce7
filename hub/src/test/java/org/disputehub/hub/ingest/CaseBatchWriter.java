package org.disputehub.hub.ingest;

import java.util.List;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.hub.areas.Gazetteer;
import org.neo4j.driver.Driver;

/**
 * Writes cases exactly as the hub's sink does (labels, properties, parties, areas, references) but without
 * linking or the change feed, so a benchmark can build a large graph fast and group it from elsewhere.
 */
public final class CaseBatchWriter implements CaseSink {

    private final Driver driver;
    private final Gazetteer gazetteer;

    public CaseBatchWriter(Driver driver, Gazetteer gazetteer) {
        this.driver = driver;
        this.gazetteer = gazetteer;
    }

    @Override
    public int accept(List<CaseRecord> cases) {
        int written = 0;
        try (var session = driver.session()) {
            for (var entry : GraphCaseSink.newestBySource(cases).entrySet()) {
                written += session.executeWrite(
                        tx -> GraphCaseSink.writeCases(tx, entry.getKey(), entry.getValue(), gazetteer)).size();
            }
        }
        return written;
    }

    @Override
    public void quarantine(List<QuarantinedRecord> records) {
        // Broken records are the pipeline's concern, not the read benchmark's.
    }
}
