package org.disputehub.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;

import java.util.List;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.hub.areas.Gazetteer;
import org.disputehub.hub.linking.CaseLinker;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Linking reads an in-memory index of the graph: it must never link against what the graph does not hold, after
 * a batch that rolled back or when something else changed the graph.
 */
@HubTest
class LinkingIndexConsistencyTest {

    private static final String ID = "99661119780815700X";

    @Autowired
    GraphCaseSink sink;

    @Autowired
    CaseLinker linker;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Driver driver;

    @Autowired
    TestGraph graph;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void aBatchThatRolledBackAfterLinkingLeavesNothingInTheLinksThatFollow() {
        sink.accept(List.of(incident("JQ-A", 0)));
        try (var session = driver.session()) {
            assertThatThrownBy(() -> session.executeWrite(tx -> {
                linker.link(tx, GraphCaseSink.writeCases(tx, Source.POLICE, List.of(incident("JQ-B", 1)), gazetteer));
                throw new IllegalStateException("rolled back after linking");
            })).hasMessage("rolled back after linking");
        }

        sink.accept(List.of(incident("JQ-C", 2)));

        assertThat(graph.count("MATCH (c:Case) RETURN count(c)")).isEqualTo(2);
        assertThat(graph.count("""
                MATCH (:Case {key: 'POLICE:JQ-C'})-[:HAS_PARTY]->(:Mention)-[r:REFERS_TO]->(p:Person)
                WHERE r.via = 'POLICE:JQ-A:1' AND p.mentions = 2
                RETURN count(p)
                """)).isEqualTo(1);
    }

    @Test
    void aGraphChangedByAnotherWriterIsReadAgain() {
        sink.accept(List.of(incident("JQ-A", 0)));
        // Not graph.clear(), which tells the index: as another writer would, without a word.
        graph.run("MATCH (n) WHERE NOT n:Area AND NOT n:SchemaMigration DETACH DELETE n");

        sink.accept(List.of(incident("JQ-C", 2)));

        assertThat(graph.count("""
                MATCH (:Case {key: 'POLICE:JQ-C'})-[:HAS_PARTY]->(:Mention)-[r:REFERS_TO]->(p:Person)
                WHERE r.rule = 'no-match' AND p.mentions = 1
                RETURN count(p)
                """)).isEqualTo(1);
    }

    /** The same woman, by her ID number, in another incident a few days on. */
    private static CaseRecord incident(String no, int days) {
        return police(no, MARCH.plusDays(days), party(1, "梁玉兰", ID, "红星村3组12号"));
    }
}
