package org.disputehub.hub.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.linking.LinkingRecords.JAN;
import static org.disputehub.hub.linking.LinkingRecords.households;
import static org.disputehub.hub.linking.LinkingRecords.party;
import static org.disputehub.hub.linking.LinkingRecords.partition;
import static org.disputehub.hub.linking.LinkingRecords.persons;
import static org.disputehub.hub.linking.LinkingRecords.record;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weakest evidence linking accepts and where it stops: a caller known only by surname and title is found
 * through their house, never an anonymous one, never two relatives made one; a relative who gave nothing of
 * their own lives where the family matter places them; a new household shows the address it was found by;
 * typos of one ID number stay one person, even a typo that changes the digit telling sex; a police case of the
 * subtype both kinds of land matter share joins a matter of either kind, never one of each into one.
 */
@HubTest
class HouseAndFamilyLinkingTest {

    private static final String ZHENG_ID = "996611197203151234";
    private static final String FENG_ID = "996611196811024321";

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    @Test
    void aTitledCallerWithoutPhoneIsTheOnePersonOfThatSurnameAndSexAtTheHouseTheyCallFrom() {
        sink.accept(List.of(
                record(Source.PETITION, "XF1", JAN, "邻里纠纷", "信访人反映邻居占道。", null, Map.of(),
                        new PartyMention("1", "信访人", "黄秀兰", "996611195609043844", "13156983993", "红星村1组50号")),
                record(Source.HOTLINE, "RX1", JAN.plusDays(9), "邻里纠纷", "来电人反映邻居占道。", "红星村一组五十号", Map.of(),
                        party("caller", "来电人", "黄女士", null, null)),
                record(Source.HOTLINE, "RX2", JAN.plusDays(12), "邻里纠纷", "来电人反映邻居占道。", "红星村1组50号", Map.of(),
                        party("caller", "来电人", "匿名", null, null))));

        assertThat(persons(graph)).contains(Set.of("PETITION:XF1:1", "HOTLINE:RX1:caller"), Set.of("HOTLINE:RX2:caller"));
        assertThat(graph.count("""
                MATCH (:Mention {key: 'HOTLINE:RX1:caller'})-[r:REFERS_TO]->()
                WHERE r.rule = 'same-name-same-house' AND 'house' IN r.matched
                RETURN count(r)""")).as("the link says it rests on name and house").isEqualTo(1);
    }

    @Test
    void aTitledCallerFromAnotherMobileIsNotTheRelativeWhoAlwaysCallsFromHis() {
        sink.accept(List.of(
                record(Source.PETITION, "XF1", JAN, "邻里纠纷", "信访人反映邻居占道。", null, Map.of(),
                        new PartyMention("1", "信访人", "石明辉", null, "15032747398", "红星村1组41号")),
                // No phone here: it would carry the titled caller to the petitioner if groups were not checked whole.
                record(Source.POLICE, "JQ1", JAN.plusDays(3), "邻里纠纷", "报警人称与邻居发生口角。", "红星村1组41号",
                        Map.of(), party("1", "报警人", "石明辉", null, null)),
                record(Source.HOTLINE, "RX1", JAN.plusDays(9), "邻里纠纷", "来电人反映邻居占道。", "红星村1组41号", Map.of(),
                        party("caller", "来电人", "石先生", null, "15069388020"))));

        assertThat(persons(graph)).contains(Set.of("HOTLINE:RX1:caller"));
        assertThat(persons(graph)).contains(Set.of("PETITION:XF1:1", "POLICE:JQ1:1"));
    }

    @Test
    void aRelativeWhoGaveNoAddressLivesWhereTheFamilyMatterPlacesThemInEveryRecordOfTheirs() {
        sink.accept(List.of(
                record(Source.POLICE, "JQ1", JAN, "家庭纠纷", "报警人称与家人吴生刚因分户建房问题争执。", "红星村2组9号",
                        Map.of(), party("1", "报警人", "吴国华", null, "13900000001"),
                        party("2", "当事人", "吴生刚", null, "13900000002")),
                record(Source.HOTLINE, "RX1", JAN.plusDays(20), "政策咨询", "来电人咨询医保缴费标准。", "红星村路口", Map.of(),
                        party("caller", "来电人", "吴生刚", null, "13900000002"))));

        assertThat(households(graph)).containsExactly(Set.of("POLICE:JQ1:1", "POLICE:JQ1:2", "HOTLINE:RX1:caller"));
        assertThat(graph.count("""
                MATCH (:Mention {key: 'HOTLINE:RX1:caller'})-[r:AT_HOUSEHOLD]->(h:Household)
                WHERE r.rule = 'family-matter-with-relative' AND h.key ENDS WITH '/2/9'
                RETURN count(r)""")).isEqualTo(1);
    }

    @Test
    void relativesWhoGaveNothingLiveTogetherAlongAChainOfFamilyMattersInWhateverOrderTheyCame() {
        List<CaseRecord> matters = List.of(
                record(Source.POLICE, "JQ1", JAN, "家庭纠纷", "报警人称与家人吴生刚因赡养老人问题争执。", "红星村路口", Map.of(),
                        party("1", "报警人", "吴国华", null, "13900000001"), party("2", "当事人", "吴生刚", null, "13900000002")),
                record(Source.POLICE, "JQ2", JAN.plusDays(3), "家庭纠纷", "报警人称与家人吴秀英因家庭琐事争吵。", "红星村路口",
                        Map.of(), party("1", "报警人", "吴生刚", null, "13900000002"),
                        party("2", "当事人", "吴秀英", null, "13900000003")),
                record(Source.POLICE, "JQ3", JAN.plusDays(6), "家庭纠纷", "报警人称与家人吴小军因分户建房问题争执。", "红星村路口",
                        Map.of(), party("1", "报警人", "吴秀英", null, "13900000003"),
                        party("2", "当事人", "吴小军", null, "13900000004")));
        Set<String> family = Set.of("POLICE:JQ1:1", "POLICE:JQ1:2", "POLICE:JQ2:1", "POLICE:JQ2:2", "POLICE:JQ3:1",
                "POLICE:JQ3:2");
        // Each run gives the persons other ids: run often, a household that followed them or the order would show.
        for (int run = 0; run < 8; run++) {
            graph.clear();
            List<CaseRecord> order = new ArrayList<>(matters);
            Collections.rotate(order, run);
            if (run % 2 == 0) {
                sink.accept(order);
            }
            else {
                order.forEach(matter -> sink.accept(List.of(matter)));
            }

            assertThat(households(graph)).as("run %d", run).containsExactly(family);
        }
    }

    @Test
    void aFamilyChainIsFollowedFromABatchOfManyPeople() {
        CaseRecord first = record(Source.POLICE, "JQ1", JAN, "家庭纠纷", "报警人称与家人吴生刚因赡养老人问题争执。", "红星村路口",
                Map.of(), party("1", "报警人", "吴国华", null, "13900000001"),
                party("2", "当事人", "吴生刚", null, "13900000002"));
        List<CaseRecord> busyDay = new ArrayList<>();
        for (int caller = 10; caller < 90; caller++) {
            busyDay.add(record(Source.POLICE, "JQ" + caller, JAN.plusDays(2), "交通事故", "报警人称车辆剐蹭。", "红星村路口",
                    Map.of(), party("1", "报警人", "张" + "伟强明华军".charAt(caller % 5) + caller, null,
                            "139000000" + caller)));
        }
        busyDay.add(record(Source.POLICE, "JQ2", JAN.plusDays(3), "家庭纠纷", "报警人称与家人吴秀英因家庭琐事争吵。", "红星村路口",
                Map.of(), party("1", "报警人", "吴生刚", null, "13900000002"),
                party("2", "当事人", "吴秀英", null, "13900000003")));
        // One source's batch of more people than a family is followed to: the relative from the earlier batch must
        // still be placed again with the rest, whatever ids the persons get.
        for (int run = 0; run < 4; run++) {
            graph.clear();
            sink.accept(List.of(first));
            sink.accept(busyDay);

            assertThat(households(graph)).as("run %d", run)
                .contains(Set.of("POLICE:JQ1:1", "POLICE:JQ1:2", "POLICE:JQ2:1", "POLICE:JQ2:2"));
        }
    }

    @Test
    void aNewHouseholdShowsTheAddressItWasFoundBy() {
        sink.accept(List.of(
                record(Source.HOTLINE, "RX1", JAN, "邻里纠纷", "来电人反映邻居占道。", "红星村四组八号", Map.of(),
                        party("caller", "来电人", "匿名", null, null)),
                record(Source.PETITION, "XF1", JAN.plusDays(1), "邻里纠纷", "信访人反映邻居占道。", null, Map.of(),
                        new PartyMention("1", "信访人", "黄秀兰", null, null, "红星村5组7号"))));

        assertThat(graph.count("""
                MATCH (:Mention {key: 'HOTLINE:RX1:caller'})-[r:AT_HOUSEHOLD]->(h:Household)
                WHERE r.rule = 'house-given-as-place' AND h.address = '红星村四组八号'
                RETURN count(r)""")).as("the house called about, as the case gives it").isEqualTo(1);
        assertThat(graph.count("""
                MATCH (:Mention {key: 'PETITION:XF1:1'})-[r:AT_HOUSEHOLD]->(h:Household)
                WHERE r.rule = 'home-address' AND h.address = '红星村5组7号'
                RETURN count(r)""")).as("the home the petitioner gave").isEqualTo(1);
    }

    @Test
    void aLandlineRingsInTheHouseItsUsersLiveIn() {
        sink.accept(List.of(
                record(Source.PETITION, "XF1", JAN, "征地拆迁", "信访人反映安置未落实。", null, Map.of(),
                        new PartyMention("1", "信访人", "陈玲萍", null, "13900000003", "红星村3组35号")),
                record(Source.POLICE, "JQ1", JAN.plusDays(4), "邻里纠纷", "报警人称邻居占道。", "红星村路口", Map.of(),
                        party("1", "报警人", "陈玲萍", null, "0932-8025010")),
                record(Source.HOTLINE, "RX1", JAN.plusDays(30), "政策咨询", "来电人咨询医保缴费标准。", "红星村路口", Map.of(),
                        party("caller", "来电人", "秦女士", null, "8025010"))));

        assertThat(households(graph)).containsExactly(Set.of("PETITION:XF1:1", "POLICE:JQ1:1", "HOTLINE:RX1:caller"));
        assertThat(graph.count("""
                MATCH (:Mention {key: 'HOTLINE:RX1:caller'})-[r:AT_HOUSEHOLD]->(h:Household)
                WHERE r.rule = 'household-landline-address' AND h.key ENDS WITH '/3/35'
                RETURN count(r)""")).isEqualTo(1);
    }

    @Test
    void aRelativeFollowsWhenTheLandlineTheirFamilyUsesIsPlacedLater() {
        // 方洁洁 gave only the landline; 冷林振 nothing of where he lives. 冷月's call from that landline, about
        // her house, places the landline and so both of them, whether it came first or last.
        CaseRecord quarrel = record(Source.POLICE, "JQ1", JAN, "家庭纠纷", "报警人称与方洁洁因婚姻家庭问题发生争执。",
                "红星村河边", Map.of(), party("1", "报警人", "冷林振", null, "13617020496"),
                party("2", "当事人", "方洁洁", null, "09325116604"));
        CaseRecord call = record(Source.HOTLINE, "RX1", JAN.plusDays(30), "房产物业", "来电人反映物业收费不合理。",
                "红星村第二村民小组10号", Map.of(), party("caller", "来电人", "冷月", null, "5116604"));
        Set<String> house = Set.of("POLICE:JQ1:1", "POLICE:JQ1:2", "HOTLINE:RX1:caller");
        for (List<CaseRecord> order : List.of(List.of(call, quarrel), List.of(quarrel, call))) {
            graph.clear();
            order.forEach(record -> sink.accept(List.of(record)));

            assertThat(households(graph)).as(order.get(0).sourceId() + " first").containsExactly(house);
        }
    }

    @Test
    void twoDifferentTyposOfOneIdNumberJoinTheValidNumber() {
        sink.accept(List.of(
                record(Source.PETITION, "XF1", JAN, "邻里纠纷", "信访人反映邻居占道。", null, Map.of(),
                        new PartyMention("1", "信访人", "秦涛", "996611198807264078", "15243895243", "红星村3组21号")),
                record(Source.POLICE, "JQ1", JAN.plusDays(3), "邻里纠纷", "报警人称与邻居发生口角。", "红星村路口", Map.of(),
                        party("1", "报警人", "秦涛", "996611198807624078", "15243895243")),
                record(Source.POLICE, "JQ2", JAN.plusDays(5), "邻里纠纷", "报警人称与邻居发生口角。", "红星村路口", Map.of(),
                        party("1", "报警人", "秦涛", "996611198807264072", "15243895243"))));

        assertThat(persons(graph)).containsExactly(Set.of("PETITION:XF1:1", "POLICE:JQ1:1", "POLICE:JQ2:1"));
    }

    @Test
    void aTitledCallerWhoseIdNumberHasAWrongCheckCharacterIsFoundByTheRestOfTheNumber() {
        // No phone, no house: nothing but the number's first 17 characters brings the two together.
        sink.accept(List.of(
                record(Source.PETITION, "XF1", JAN, "邻里纠纷", "信访人反映邻居占道。", null, Map.of(),
                        new PartyMention("1", "信访人", "秦东", "996611196307303991", null, "红星村2组9号")),
                record(Source.HOTLINE, "RX1", JAN.plusDays(20), "邻里纠纷", "来电人反映邻居占道。", "红星村小学门口", Map.of(),
                        party("caller", "来电人", "秦先生", "996611196307303995", null))));

        assertThat(persons(graph)).containsExactly(Set.of("PETITION:XF1:1", "HOTLINE:RX1:caller"));
    }

    @Test
    void aTypoInTheSexDigitDoesNotMakeTwoPeopleOfOne() {
        // 99661119760509167X is valid and male (17th digit 7); swapping 6 and 7 reads female and fails the check.
        sink.accept(List.of(
                record(Source.POLICE, "JQ1", JAN, "交通事故", "报警人称与杨云发生交通事故。", "老营社区路口", Map.of(),
                        party("1", "报警人", "潘金超", "99661119760509167x", "187-3684-4331")),
                record(Source.POLICE, "JQ2", JAN.plusDays(40), "求助", "报警人称家人突发疾病。", "刘家坪社区路口", Map.of(),
                        party("1", "报警人", "潘金超", "99661119760509176x", "１８７３６８４４３３１"))));

        assertThat(persons(graph)).containsExactly(Set.of("POLICE:JQ1:1", "POLICE:JQ2:1"));
    }

    @Test
    void aLandCaseOfThePoliceJoinsTheMatterItContinuesNotAnotherKindOfTheSameParty() {
        sink.accept(List.of(
                record(Source.HOTLINE, "RX1", JAN, "征地拆迁", "来电人反映：征地补偿款未足额发放，责任方青岚广源置业有限公司。",
                        "红星村2组8号", Map.of(), party("caller", "来电人", "郑国强", ZHENG_ID, "13911112222")),
                record(Source.POLICE, "JQ1", JAN.plusDays(5), "土地纠纷", "报警人称与邻居因责任田边界发生争执。", "红星村2组",
                        Map.of(), party("1", "报警人", "郑国强", ZHENG_ID, "13911112222"),
                        party("2", "当事人", "冯秀英", FENG_ID, null)),
                record(Source.HOTLINE, "RX2", JAN.plusDays(6), "土地水事", "来电人反映：责任田边界被邻居占用，希望调解。",
                        "红星村2组10号", Map.of(), party("caller", "来电人", "冯秀英", FENG_ID, "13733334444"))));

        assertThat(partition(graph, "MATCH (c:Case)-[:PART_OF]->(g:Dispute) RETURN g.id AS group, c.key AS key"))
            .containsExactlyInAnyOrder(Set.of("HOTLINE:RX1"), Set.of("POLICE:JQ1", "HOTLINE:RX2"));
    }
}
