package org.disputehub.hub.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.linking.LinkingRecords.JAN;
import static org.disputehub.hub.linking.LinkingRecords.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.Source;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a restart the linking index is read back from the graph, a page of cases at a time. */
@HubTest
class LinkingIndexLoadTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @Autowired
    LinkingIndex index;

    @Autowired
    RuleWords ruleWords;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void aRestartedIndexHoldsWhatTheBatchesPlaced() {
        List<CaseRecord> records = new ArrayList<>(LinkingOrderTest.quarrel());
        records.add(repeatPetitionOfAnEarlierOneNeverReceived());
        records.forEach(record -> sink.accept(List.of(record)));
        List<String> caseKeys = keys("MATCH (c:Case) RETURN c.key AS key");
        List<String> mentionKeys = keys("MATCH (m:Mention) RETURN m.key AS key");

        // Two cases a read transaction: seven cases take four pages, the last one short.
        LinkingIndex restarted = new LinkingIndex(ruleWords, 2);
        try (var session = graph.driver().session()) {
            restarted.loadIfStale(session);
        }

        assertThat(caseKeys).hasSize(7);
        caseKeys.forEach(key -> assertThat(restarted.caseFacts(key)).as(key).isEqualTo(index.caseFacts(key)));
        mentionKeys.forEach(key -> assertThat(restarted.facts(key)).as(key).isEqualTo(index.facts(key)));
        assertThat(restarted.facts("PETITION:XF1:1").personId()).isEqualTo(index.personOf("POLICE:JQ1:1"));
        assertThat(restarted.caseOf("PETITION:XF2").references()).containsExactly("PETITION:XF0");
    }

    private List<String> keys(String cypher) {
        try (var session = graph.driver().session()) {
            return session.run(cypher).list(record -> record.get("key").asString());
        }
    }

    /** Names its first petition, from before the hub's records began: the reference stays pending. */
    private static CaseRecord repeatPetitionOfAnEarlierOneNeverReceived() {
        return new CaseRecord(Source.PETITION, "XF2", 1, JAN.plusDays(50), JAN.plusDays(50), "邻里纠纷", "OPEN",
                CaseState.OPEN, null, "信访人再次反映宅基地边界问题。", null, "996611102205", null, Map.of(),
                List.of(party("1", "信访人", "贾鑫", "996611198001011231", null)),
                List.of(new CaseReference(Source.PETITION, "XF0", CaseReference.FIRST_PETITION)),
                Origin.fileLine("test", 1));
    }
}
