package org.disputehub.hub.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.QueryPlans;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Linking's statements run for every batch: each finds what a row touches through an index. */
@HubTest
class LinkingStatementPlansTest {

    @Autowired
    TestGraph graph;

    @Test
    void writingLinksScansNothing() {
        for (String statement : new String[] { PersonCypher.WRITE_LINKS, PersonCypher.DESCRIBE_PERSONS,
                PersonCypher.REMOVE_EMPTY, HouseholdCypher.WRITE, HouseholdCypher.REMOVE_EMPTY, DisputeCypher.MEMBERS,
                DisputeCypher.WRITE, DisputeCypher.DESCRIBE, DisputeCypher.AREAS, DisputeCypher.REMOVE_EMPTY }) {
            assertThat(QueryPlans.scans(graph.driver(), statement, Map.of())).as(statement).isEmpty();
        }
    }

    @Test
    void loadingTheIndexReadsAPageOfCasesAndTheirReferencesThroughIndexes() {
        assertThat(QueryPlans.scans(graph.driver(), LinkingIndexCypher.CASES_AFTER, Map.of())).isEmpty();
    }
}
