package org.disputehub.hub.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.linking.LinkingRecords.JAN;
import static org.disputehub.hub.linking.LinkingRecords.party;
import static org.disputehub.hub.linking.LinkingRecords.record;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.PartyMention;
import org.disputehub.connector.api.Source;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One quarrel told through every door with the usual noise: the same persons, households and disputes come out
 * whichever record arrives first, and a late record that proves two persons one merges them.
 */
@HubTest
class LinkingOrderTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    static List<CaseRecord> quarrel() {
        return List.of(
                police("JQ1", JAN, "与邻居贾坤因宅基地边界问题发生争执。",
                        party("1", "报警人", "贾鑫", "996611198001011231", "13912345678"),
                        party("2", "当事人", "贾坤", null, null)),
                police("JQ2", JAN.plusDays(8), "与邻居贾坤因琐事发生口角。",
                        party("1", "报警人", "賈鑫", null, "139 1234 5678"), party("2", "当事人", "贾坤", null, null)),
                police("JQ3", JAN.plusDays(20), "因邻里纠纷再次与对方发生冲突。",
                        party("1", "报警人", "贾 鑫", null, null), party("2", "当事人", "贾坤", null, null)),
                hotline("RX1", JAN.plusDays(25), "来电人反映：与邻居贾坤因宅基地边界问题发生争执，此前已报警。",
                        party("caller", "来电人", "贾先生", null, "+86-139-1234-5678")),
                petition("XF1", JAN.plusDays(40), "信访人反映因宅基地边界问题与邻居贾坤发生争执。",
                        new PartyMention("1", "信访人", "贾鑫", "996611198001011231", "0932-7070404",
                                "石泉乡红星村三组12号")),
                // Another person of the same name elsewhere, with another ID number: never the same person.
                police("JQ9", JAN.plusDays(3), "报警人称电动车被盗。",
                        party("1", "报警人", "贾鑫", "996611199001015675", null)));
    }

    @Test
    void theSameClustersInAnyOrder() {
        Map<String, Set<Set<String>>> forward = sameInBothOrders(quarrel());
        assertThat(forward.get("persons")).contains(Set.of("POLICE:JQ1:1", "POLICE:JQ2:1", "POLICE:JQ3:1",
                "HOTLINE:RX1:caller", "PETITION:XF1:1"), Set.of("POLICE:JQ9:1"));
        assertThat(forward.get("disputes")).contains(Set.of("POLICE:JQ1", "POLICE:JQ2", "POLICE:JQ3",
                "HOTLINE:RX1", "PETITION:XF1"), Set.of("POLICE:JQ9"));
        assertThat(graph.count("MATCH (d:Dispute {hot: true}) RETURN count(d)")).isEqualTo(1);
        assertThat(graph.count("""
                MATCH (:Mention {key: 'HOTLINE:RX1:caller'})-[r:REFERS_TO]->()
                WHERE r.rule = 'same-mobile' AND 'mobile' IN r.matched AND r.via IS NOT NULL
                RETURN count(r)""")).isEqualTo(1);
    }

    @Test
    void aCallerKnownBySurnameJoinsTheMatterTheySayTheyReportedInAnyOrder() {
        List<CaseRecord> records = List.of(
                police("JQ1", JAN, "与邻居张春梅因宅基地边界问题发生争执。",
                        party("1", "报警人", "張欣怡", "996611198001011029", null), party("2", "当事人", "张春梅", null, null)),
                hotline("RX1", JAN.plusDays(15), "来电人反映：与邻居张春梅因宅基地边界问题发生争执，此前已报警，问题仍未解决。",
                        party("caller", "来电人", "张女士", null, null)),
                // Says nothing of an earlier report, or is not by someone of the reporter's surname: other matters.
                hotline("RX2", JAN.plusDays(20), "来电人反映：与邻居张春梅因排水问题发生争执。",
                        party("caller", "来电人", "张女士", null, null)),
                hotline("RX3", JAN.plusDays(22), "来电人反映：与邻居张春梅因琐事发生口角，此前已报警，问题仍未解决。",
                        party("caller", "来电人", "李先生", null, null)));
        Map<String, Set<Set<String>>> forward = sameInBothOrders(records);
        assertThat(forward.get("disputes")).containsExactlyInAnyOrder(Set.of("POLICE:JQ1", "HOTLINE:RX1"),
                Set.of("HOTLINE:RX2"), Set.of("HOTLINE:RX3"));
        assertThat(graph.count("""
                MATCH (c:Case)-[r:PART_OF]->()
                WHERE c.key IN ['POLICE:JQ1', 'HOTLINE:RX1'] AND r.rule = 'reported-before' AND 'caller' IN r.matched
                RETURN count(r)""")).as("each placed through the other").isEqualTo(2);
    }

    @Test
    void aMentionTakenFromAPersonFindsItsOwnMatchInAnyOrder() {
        // Until 苟杰健's petition gives the full name behind the caller 苟先生 (one mobile), the police caller 苟彬
        // at that house could be 苟先生; then he belongs with the 苟彬 of the same village who called the hotline.
        List<CaseRecord> records = List.of(
                record(Source.HOTLINE, "RX1", JAN, "政策咨询", "来电人咨询农村危房改造补助申请条件。", "柳湾乡枣林村三组十二号",
                        Map.of(), party("caller", "来电人", "苟先生", "996611195201243391", "138 2959 7763")),
                record(Source.PETITION, "XF1", JAN.plusDays(9), "土地水事", "信访人反映与谭雷因承包地边界发生争议。", null,
                        Map.of("respondent", "谭雷"), new PartyMention("1", "信访人", "苟傑健", null,
                                "+86-138-2959-7763", "柳湾乡枣林村第三村民小组十二号")),
                record(Source.HOTLINE, "RX2", JAN.plusDays(70), "政策咨询", "来电人咨询养老保险补缴政策。", "柳湾乡枣林村河边",
                        Map.of(), party("caller", "来电人", "苟彬", null, "166 0353 6896")),
                record(Source.POLICE, "JQ1", JAN.plusDays(120), "开锁求助", "报警人称钥匙遗失被锁门外，请求协助。", "枣林村3组12号",
                        Map.of(), party("1", "报警人", "苟彬", null, null)));
        Set<Set<String>> expected = Set.of(Set.of("HOTLINE:RX1:caller", "PETITION:XF1:1"),
                Set.of("HOTLINE:RX2:caller", "POLICE:JQ1:1"));
        for (List<CaseRecord> order : orders(records)) {
            graph.clear();
            order.forEach(record -> sink.accept(List.of(record)));
            assertThat(LinkingRecords.persons(graph)).as(order.stream().map(CaseRecord::sourceId).toList().toString())
                .isEqualTo(expected);
        }
    }

    /** Every order of the records. */
    private static List<List<CaseRecord>> orders(List<CaseRecord> records) {
        if (records.size() <= 1) {
            return List.of(records);
        }
        List<List<CaseRecord>> orders = new ArrayList<>();
        for (CaseRecord first : records) {
            List<CaseRecord> rest = new ArrayList<>(records);
            rest.remove(first);
            for (List<CaseRecord> tail : orders(rest)) {
                List<CaseRecord> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                orders.add(order);
            }
        }
        return orders;
    }

    /** Ingests the records one by one in order, then reversed: the partitions must agree; returns them. */
    private Map<String, Set<Set<String>>> sameInBothOrders(List<CaseRecord> records) {
        graph.clear();
        records.forEach(record -> sink.accept(List.of(record)));
        Map<String, Set<Set<String>>> forward = LinkingRecords.links(graph);

        List<CaseRecord> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        graph.clear();
        reversed.forEach(record -> sink.accept(List.of(record)));

        assertThat(LinkingRecords.links(graph)).isEqualTo(forward);
        return forward;
    }

    private static CaseRecord police(String no, OffsetDateTime at, String summary, PartyMention... parties) {
        return record(Source.POLICE, no, at, "邻里纠纷", "报警人称" + summary, "红星村3组12号", Map.of(), parties);
    }

    private static CaseRecord hotline(String no, OffsetDateTime at, String content, PartyMention caller) {
        return record(Source.HOTLINE, no, at, "邻里纠纷", content, "红星村村委会附近", Map.of(), caller);
    }

    private static CaseRecord petition(String no, OffsetDateTime at, String matter, PartyMention petitioner) {
        return record(Source.PETITION, no, at, "邻里纠纷", matter, null, Map.of("respondent", "贾坤"), petitioner);
    }
}
