package org.disputehub.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.caller;
import static org.disputehub.hub.support.Records.hotline;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;
import static org.disputehub.hub.support.Records.withAreaCode;

import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseState;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HubTest
class GraphCaseSinkTest {

    @Autowired
    GraphCaseSink sink;

    @Autowired
    TestGraph graph;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void keepsTheNewestVersionAndIgnoresOlderOrRepeatedOnes() {
        assertThat(sink.accept(List.of(hotline("RX1", 2, "DISPATCHED", caller("王女士", null, "139 1234 5678"),
                List.of())))).isEqualTo(1);
        assertThat(sink.accept(List.of(hotline("RX1", 5, "RESOLVED", caller("王女士", null, "13912345678"),
                List.of())))).isEqualTo(1);
        assertThat(sink.accept(List.of(hotline("RX1", 3, "IN_PROGRESS", null, List.of())))).isZero();
        assertThat(sink.accept(List.of(hotline("RX1", 5, "RESOLVED", caller("王女士", null, "13912345678"),
                List.of())))).isZero();

        assertThat(graph.count("MATCH (c:Case:HotlineCase {key: 'HOTLINE:RX1', status: 'RESOLVED', version: 5}) "
                + "RETURN count(c)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:Case {key: 'HOTLINE:RX1'})-[:HAS_PARTY]->(m:Mention {phone: '13912345678'}) "
                + "RETURN count(m)")).isEqualTo(1);
        assertThat(graph.count("MATCH (s:SourceState {name: 'ingest:HOTLINE'}) RETURN s.ingested")).isEqualTo(2);
    }

    @Test
    void aNewerVersionReplacesTheFirstOnesPartiesInTheSameBatchAsANewCase() {
        sink.accept(List.of(police("JQ7", MARCH, party(1, "梁玉兰", null, null), party(2, "金辉斌", null, null))));
        // A police record's version is its time: the later one is the newer version, in a batch with a new case.
        sink.accept(List.of(police("JQ7", MARCH.plusHours(1), party(1, "梁玉兰", null, null)),
                police("JQ8", MARCH, party(1, "金辉斌", null, null))));

        assertThat(graph.count("MATCH (:Case {key: 'POLICE:JQ7'})-[:HAS_PARTY]->(m:Mention) RETURN count(m)"))
            .isEqualTo(1);
        assertThat(graph.count("MATCH (m:Mention {key: 'POLICE:JQ7:2'}) RETURN count(m)")).isZero();
        assertThat(graph.count("MATCH (:Case:PoliceCase {key: 'POLICE:JQ8'})-[:HAS_PARTY]->(m:Mention) RETURN count(m)"))
            .as("the channel's label beside Case").isEqualTo(1);
    }

    @Test
    void aFirstVersionNamingOnePartyTwiceIsStoredWithThatPartyOnce() {
        assertThat(sink.accept(List.of(police("JQ9", MARCH, party(1, "梁玉兰", null, null), party(1, "梁玉兰", null,
                null))))).isEqualTo(1);

        assertThat(graph.count("MATCH (:Case {key: 'POLICE:JQ9'})-[:HAS_PARTY]->(m:Mention) RETURN count(m)"))
            .isEqualTo(1);
    }

    @Test
    void keepsOnlyTheHighestVersionWhenOneBatchCarriesSeveral() {
        sink.accept(List.of(hotline("RX2", 4, "RESOLVED", null, List.of()), hotline("RX2", 1, "RECEIVED", null,
                List.of())));

        assertThat(graph.count("MATCH (c:Case {key: 'HOTLINE:RX2'}) RETURN c.version")).isEqualTo(4);
    }

    @Test
    void linksAReferenceWhoseTargetArrivesLaterAndPutsBothInOneDispute() {
        sink.accept(List.of(hotline("RX-LATER", 1, "RECEIVED", null,
                List.of(new CaseReference(Source.HOTLINE, "RX-EARLIER", CaseReference.RELATED_ORDER)))));
        assertThat(graph.count("MATCH (p:PendingLink {toKey: 'HOTLINE:RX-EARLIER'}) RETURN count(p)")).isEqualTo(1);

        sink.accept(List.of(hotline("RX-EARLIER", 1, "RECEIVED", null, List.of())));

        assertThat(graph.count("MATCH (p:PendingLink) RETURN count(p)")).isZero();
        assertThat(graph.count("MATCH (:Case {key: 'HOTLINE:RX-LATER'})-[l:LINKED_TO {reason: 'RELATED_ORDER'}]->"
                + "(:Case {key: 'HOTLINE:RX-EARLIER'}) RETURN count(l)")).isEqualTo(1);
        assertThat(graph.count("MATCH (c:Case)-[:PART_OF]->(d:Dispute) RETURN count(DISTINCT d)")).isEqualTo(1);
    }

    @Test
    void aCaseReferencingTwoDisputesJoinsThemIntoOne() {
        sink.accept(List.of(hotline("RX-A", 1, "RECEIVED", null, List.of())));
        sink.accept(List.of(hotline("RX-B", 1, "RECEIVED", null, List.of())));
        assertThat(graph.count("MATCH (d:Dispute) RETURN count(d)")).isEqualTo(2);

        sink.accept(List.of(hotline("RX-C", 1, "RECEIVED", null,
                List.of(new CaseReference(Source.HOTLINE, "RX-A", CaseReference.RELATED_ORDER),
                        new CaseReference(Source.HOTLINE, "RX-B", CaseReference.RELATED_ORDER)))));

        assertThat(graph.count("MATCH (d:Dispute) RETURN count(d)")).isEqualTo(1);
        assertThat(graph.count("MATCH (c:Case)-[:PART_OF]->(:Dispute) RETURN count(c)")).isEqualTo(3);
    }

    @Test
    void mentionsWithTheSameValidIdNumberAreOnePersonHoweverItIsWritten() {
        // 99661119780815700X written with a lower-case x, and the same person's 15-digit number in another case.
        sink.accept(List.of(police("JQ1", MARCH, party(1, "梁玉兰", "99661119780815700x", "红星村3组12号"))));
        sink.accept(List.of(police("JQ2", MARCH.plusDays(7), party(1, "梁玉兰", "996611780815700", null),
                party(2, "金辉斌", "996611197708134813", null))));

        assertThat(graph.count("MATCH (p:Person)<-[:REFERS_TO]-(m:Mention) WITH p, count(m) AS mentions "
                + "WHERE mentions = 2 RETURN count(p)")).isEqualTo(1);
        assertThat(graph.count("MATCH (m:Mention {name: '金辉斌'})-[r:REFERS_TO]->(p) WHERE r.rule = 'no-match' "
                + "RETURN count(p)"))
            .as("a number with a wrong check character identifies nobody: its mention stands alone")
            .isEqualTo(1);
        assertThat(graph.count("MATCH (m:Mention {idNumber: '99661119780815700x'}) RETURN count(m)"))
            .as("raw mentions stay as written")
            .isEqualTo(1);
    }

    @Test
    void placesCasesInTheirAreaFromCodeOrAddress() {
        sink.accept(List.of(hotline("RX-AREA", 1, "RECEIVED", null, List.of()),
                police("JQ-AREA", MARCH, party(1, "张伟", null, null))));

        assertThat(graph.count("MATCH (:Case {key: 'HOTLINE:RX-AREA'})-[:IN_AREA]->(a:Area {code: '996611102205'}) "
                + "RETURN count(a)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:Case {key: 'POLICE:JQ-AREA'})-[:IN_AREA]->(a:Area {code: '996611100203'}) "
                + "RETURN count(a)"))
            .isEqualTo(1);
    }

    @Test
    void aPetitionFiledUnderItsTownshipSitsInTheVillageOfTheAddressItGives() {
        CaseRecord police = police("JQ-TOWNSHIP", MARCH, party(1, "张伟", null, null));
        sink.accept(List.of(new CaseRecord(Source.PETITION, "XF-TOWNSHIP", 1, MARCH, MARCH, "政策咨询", "办理中",
                CaseState.OPEN, null, "信访人询问优待金发放标准。", "柳湾乡马场村3组9号", null, "柳湾乡", Map.of(),
                police.parties(), List.of(), police.origin())));

        assertThat(graph.count("MATCH (:Case {key: 'PETITION:XF-TOWNSHIP'})-[:IN_AREA]->(a:Area {code: '996611102204'}) "
                + "RETURN count(a)")).as("马场村, not 柳湾乡").isEqualTo(1);
    }

    @Test
    void anAreaCodeTheGazetteerDoesNotKnowStillSitsUnderItsTownshipAndCounty() {
        sink.accept(List.of(withAreaCode(hotline("RX-ELSEWHERE", 1, "RECEIVED", null, List.of()), "996622101203")));

        assertThat(graph.count("MATCH (:Case {key: 'HOTLINE:RX-ELSEWHERE'})-[:IN_AREA]->(v:Area {level: 'VILLAGE'})"
                + "-[:PART_OF]->(:Area {code: '996622101000', level: 'TOWNSHIP'})"
                + "-[:PART_OF]->(:Area {code: '996622', level: 'COUNTY'}) RETURN count(v)")).isEqualTo(1);
    }

    @Test
    void keepsTheSameBadRecordOnceHoweverOftenItIsDelivered() {
        QuarantinedRecord bad = new QuarantinedRecord(Source.POLICE, Origin.fileLine("incidents.jsonl", 290),
                QuarantinedRecord.TRUNCATED_JSON, "line is not a complete JSON object", "{\"incidentNo\": \"JQ20");

        sink.quarantine(List.of(bad));
        sink.quarantine(List.of(bad));

        assertThat(graph.count("MATCH (q:Quarantined {source: 'POLICE', reason: $reason, locator: 'line:290'}) "
                + "RETURN count(q)", Map.of("reason", QuarantinedRecord.TRUNCATED_JSON))).isEqualTo(1);
    }
}
