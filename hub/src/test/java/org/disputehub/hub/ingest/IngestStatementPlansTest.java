package org.disputehub.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.QueryPlans;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ingest's statements find what each row touches through an index, whatever the graph holds. */
@HubTest
class IngestStatementPlansTest {

    @Autowired
    TestGraph graph;

    @Test
    void writingACaseScansNothing() {
        // Before the pending_link_source index, each row scanned every pending link to drop the ones it no
        // longer names.
        assertThat(QueryPlans.scans(graph.driver(), CaseCypher.UPSERT_CASES, Map.of("channel", "HotlineCase")))
            .isEmpty();
        assertThat(QueryPlans.scans(graph.driver(), CaseCypher.RESOLVE_PENDING_REFERENCES, Map.of())).isEmpty();
    }
}
