package org.disputehub.hub.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DisputeMatcherTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final DisputeMatcher matcher = new DisputeMatcher(new LinkingProperties(1.0, Map.of(),
            new LinkingProperties.Disputes(60, 180,
                    Map.of("[劳动争议]", List.of("劳动争议", "劳资纠纷"), "[邻里纠纷]", List.of("邻里纠纷")),
                    List.of("殴打他人")),
            List.of(), List.of("证人")));

    /** With hub.linking.disputes.continuation as shipped, shortened. */
    private static final DisputeMatcher TOLD = new DisputeMatcher(new LinkingProperties(1.0, Map.of(),
            new LinkingProperties.Disputes(60, 180, Map.of("[邻里纠纷]", List.of("邻里纠纷")), List.of(),
                    new LinkingProperties.Continuation(List.of("HOTLINE"), List.of("HOTLINE", "POLICE"),
                            List.of("来电人", "报警人"), List.of("再次", "此前"))),
            List.of(), List.of("证人")));

    @Test
    void aFightWhoseTextNamesTheMatterContinuesItWithTheSameParty() {
        CaseLinkFacts wages = police("JQ1", "劳资纠纷", 0, "报警人称与劳务公司因工伤赔偿问题发生纠纷。", party("p1", "尹祖浩", "报警人"));
        CaseLinkFacts fight = police("JQ2", "殴打他人", 12, "报警人称因劳动争议再次与对方发生冲突，被对方推搡殴打。",
                party("p1", "尹祖浩", "报警人"));
        CaseLinkFacts otherFight = police("JQ3", "殴打他人", 12, "报警人称因邻里纠纷再次与对方发生冲突。",
                party("p1", "尹祖浩", "报警人"));

        assertThat(matcher.match(wages, fight)).isNotNull()
            .extracting(DisputeMatcher.Match::rule).isEqualTo("same-party-same-kind");
        assertThat(matcher.match(wages, otherFight)).as("a fight over another kind of matter").isNull();
    }

    @Test
    void aPoliceSubtypeOfTwoKindsOfMatterContinuesEither() {
        DisputeMatcher land = new DisputeMatcher(new LinkingProperties(1.0, Map.of(),
                new LinkingProperties.Disputes(60, 180, Map.of("[土地水事]", List.of("土地水事", "土地纠纷"),
                        "[征地拆迁]", List.of("征地拆迁", "土地纠纷"), "[邻里纠纷]", List.of("邻里纠纷")),
                        List.of("殴打他人")),
                List.of(), List.of("证人")));
        CaseLinkFacts compensation = police("JQ1", "土地纠纷", 0, "报警人称征地补偿款未足额发放，涉及多户村民。",
                party("p1", "钟蓉妹", "报警人"));
        CaseLinkFacts fight = police("JQ2", "殴打他人", 9, "报警人称因征地拆迁再次与对方发生冲突，被对方推搡殴打。",
                party("p1", "钟蓉妹", "报警人"));
        CaseLinkFacts water = police("JQ3", "土地纠纷", 20, "报警人称邻村截断灌溉水渠。", party("p1", "钟蓉妹", "报警人"));
        CaseLinkFacts neighbours = police("JQ4", "邻里纠纷", 5, "报警人称邻居占用通道。", party("p1", "钟蓉妹", "报警人"));

        assertThat(land.match(compensation, fight)).as("the fight over land requisition continues the police's land case")
            .isNotNull();
        assertThat(land.match(compensation, water)).as("two land cases of one party").isNotNull();
        assertThat(land.match(compensation, neighbours)).as("another kind of matter").isNull();
    }

    @Test
    void aWitnessIsNoOtherSide() {
        CaseLinkFacts first = police("JQ1", "邻里纠纷", 0, "报警人称与邻居因排水问题发生纠纷。", party("p1", "钟蓉妹", "报警人"));
        CaseLinkFacts withWitness = police("JQ2", "邻里纠纷", 9, "报警人称邻居再次堵塞排水沟。", party("p1", "钟蓉妹", "报警人"),
                party("p2", "卓萍香", "证人"));
        CaseLinkFacts withOtherSide = police("JQ3", "邻里纠纷", 9, "报警人称邻居再次堵塞排水沟。", party("p1", "钟蓉妹", "报警人"),
                party("p3", "王五", "当事人"));
        CaseLinkFacts withNamedSide = police("JQ4", "邻里纠纷", 12, "报警人称邻居再次堵塞排水沟。", party("p1", "钟蓉妹", "报警人"),
                party("p4", "李四", "当事人"));

        assertThat(matcher.match(first, withWitness)).isNotNull();
        assertThat(matcher.match(withOtherSide, withNamedSide)).as("two different other sides").isNull();
    }

    @Test
    void aFamilyQuarrelWithOneRelativeIsNotTheQuarrelWithAnother() {
        Map<String, List<String>> familyGroup = Map.of("[婚姻家庭]", List.of("婚姻家庭", "家庭纠纷"));
        DisputeMatcher family = new DisputeMatcher(new LinkingProperties(1.0, Map.of(),
                new LinkingProperties.Disputes(60, 180, familyGroup, List.of()), List.of(), List.of("证人")));
        String house = "addr:996611102203/4/38";
        CaseLinkFacts withSister = new CaseLinkFacts("HOTLINE:RX1", "HOTLINE", "婚姻家庭", 0,
                List.of(new CaseLinkFacts.Party("p1", house, "马芳敏", Names.pinyin("马芳敏"), null)),
                Set.of(Names.pinyin("马莉玲")), Set.of(), null, "来电人反映：与家人马莉玲因赡养老人问题发生纠纷。", "OPEN", 0,
                "996611102203");
        CaseLinkFacts withSon = new CaseLinkFacts("POLICE:JQ1", "POLICE", "家庭纠纷", 20 * DAY,
                List.of(new CaseLinkFacts.Party("p2", house, "马杰", Names.pinyin("马杰"), "报警人"),
                        new CaseLinkFacts.Party("p1", house, "马芳敏", Names.pinyin("马芳敏"), "当事人"),
                        new CaseLinkFacts.Party("p3", null, "周婷婷", Names.pinyin("周婷婷"), "证人")),
                Set.of(Names.pinyin("马芳敏")), Set.of(), null, "报警人称与马芳敏因婚姻家庭问题发生争执。", "OPEN", 0,
                "996611102203");

        assertThat(family.match(withSister, withSon)).as("the son lives in her house but is another other side")
            .isNull();
    }

    @Test
    void aWitnessFromThePartysHouseSharesNoSide() {
        String jiangHouse = "addr:996611100202/2/49";
        CaseLinkFacts jiangComplains = new CaseLinkFacts("HOTLINE:RX1", "HOTLINE", "邻里纠纷", 0,
                List.of(new CaseLinkFacts.Party("p1", jiangHouse, "蒋桂英", Names.pinyin("蒋桂英"), null)),
                Set.of(Names.pinyin("赵伟长")), Set.of(), null, "来电人反映：邻居赵伟长堵塞通道。", "OPEN", 0, "996611100202");
        CaseLinkFacts chenCalls = police("JQ1", "邻里纠纷", 30, "报警人称邻居赵伟长堆放杂物。", party("p2", "陈春梅", "报警人"),
                party("p3", "赵伟长", "当事人"), new CaseLinkFacts.Party("p4", jiangHouse, "蒋贵", Names.pinyin("蒋贵"), "证人"));

        assertThat(matcher.match(jiangComplains, chenCalls)).as("one other side, but no side in common").isNull();
    }

    @Test
    void aWorkOrderThatDoesNotSayTheMatterCameBeforeIsANewMatter() {
        CaseLinkFacts call = police("JQ1", "邻里纠纷", 0, "报警人称与邻居邓辉仁因琐事发生口角。", party("p1", "刘波", "报警人"),
                party("p2", "邓辉仁", "当事人"));
        CaseLinkFacts followUp = workOrder("RX1", 10, "来电人反映：与邻居邓辉仁因琐事发生口角，此前已报警，问题仍未解决。");
        CaseLinkFacts again = workOrder("RX2", 20, "来电人再次反映：与邻居邓辉仁因琐事发生口角。");
        CaseLinkFacts newMatter = workOrder("RX3", 50, "来电人反映：与邻居邓辉仁因排水沟改道引发纠纷。");
        CaseLinkFacts petition = new CaseLinkFacts("PETITION:XF1", "PETITION", "邻里纠纷", 40 * DAY,
                List.of(party("p1", "刘波", "信访人")), Set.of(Names.pinyin("邓辉仁")), Set.of(), null,
                "信访人反映与邻居邓辉仁因排水沟改道引发纠纷。", "OPEN", 0, "996611100202");
        CaseLinkFacts callAfter = police("JQ2", "邻里纠纷", 60, "报警人称与邻居邓辉仁因排水沟改道发生口角。",
                party("p1", "刘波", "报警人"), party("p2", "邓辉仁", "当事人"));

        assertThat(TOLD.match(call, followUp)).as("says the police came first").isNotNull();
        assertThat(TOLD.match(followUp, again)).as("says it is reported again").isNotNull();
        assertThat(TOLD.match(newMatter, call)).as("says nothing of the earlier call").isNull();
        assertThat(TOLD.match(again, newMatter)).as("nor of the earlier work orders").isNull();
        assertThat(TOLD.match(petition, newMatter)).as("a petitioner may call about the petition").isNotNull();
        assertThat(TOLD.match(newMatter, callAfter)).as("a later police call needs no such words").isNotNull();
        assertThat(matcher.match(call, newMatter)).as("without the rule configured").isNotNull();
        CaseLinkFacts otherSideCalls = hotline("RX4", 30, party("p2", "邓辉仁", "来电人"), "来电人反映：与邻居刘波因琐事发生口角。");
        assertThat(TOLD.match(call, otherSideCalls)).as("the other side of the call had reported nothing").isNotNull();
    }

    @Test
    void aCallerWhoSaysTheyReportedItBeforeMayBeTheReporterTheyCannotBeLinkedTo() {
        CaseLinkFacts call = police("JQ1", "邻里纠纷", 0, "报警人称与邻居张春梅因宅基地边界问题发生争执。",
                party("p1", "张欣怡", "报警人"), party("p2", "张春梅", "当事人"), party("p3", "王五", "证人"));
        CaseLinkFacts titled = hotlineCall("RX1", 15, "张女士", "来电人反映：与邻居张春梅因宅基地边界问题发生争执，此前已报警。");
        CaseLinkFacts anonymous = hotlineCall("RX2", 15, null, "来电人反映：与邻居张春梅因宅基地边界问题发生争执，此前已报警。");
        CaseLinkFacts otherSurname = hotlineCall("RX3", 15, "李女士", "来电人反映：与邻居张春梅因宅基地边界问题发生争执，此前已报警。");
        CaseLinkFacts saysNothing = hotlineCall("RX4", 15, "张女士", "来电人反映：与邻居张春梅因宅基地边界问题发生争执。");
        CaseLinkFacts tooLate = hotlineCall("RX5", 75, "张女士", "来电人反映：与邻居张春梅因宅基地边界问题发生争执，此前已报警。");
        CaseLinkFacts namesTheWitness = hotlineCall("RX6", 15, "张女士", "来电人反映：与邻居王五发生争执，此前已报警。");

        assertThat(TOLD.match(call, titled)).extracting(DisputeMatcher.Match::rule).isEqualTo("reported-before");
        assertThat(TOLD.match(anonymous, call)).as("no name, same village").isNotNull();
        assertThat(TOLD.match(call, otherSurname)).as("not the reporter's surname").isNull();
        assertThat(TOLD.match(call, saysNothing)).as("says nothing of a report").isNull();
        assertThat(TOLD.match(call, tooLate)).as("outside the window").isNull();
        assertThat(TOLD.match(call, namesTheWitness)).as("a witness is no other side").isNull();
        assertThat(matcher.match(call, titled)).as("without the rule configured").isNull();
    }

    /** A work order by a caller known only as {@code caller} (a surname and title, or nothing). */
    private static CaseLinkFacts hotlineCall(String id, int day, String caller, String content) {
        return hotline(id, day, new CaseLinkFacts.Party(null, null, caller, null, "来电人"), content);
    }

    /** A work order by 刘波 about his neighbour 邓辉仁. */
    private static CaseLinkFacts workOrder(String id, int day, String content) {
        return hotline(id, day, party("p1", "刘波", "来电人"), content);
    }

    private static CaseLinkFacts hotline(String id, int day, CaseLinkFacts.Party caller, String content) {
        return new CaseLinkFacts("HOTLINE:" + id, "HOTLINE", "邻里纠纷", day * DAY, List.of(caller),
                Counterparties.in(content).stream().map(Names::pinyin).collect(Collectors.toSet()), Set.of(), null,
                content, "OPEN", 0, "996611102205");
    }

    private static CaseLinkFacts.Party party(String person, String name, String role) {
        return new CaseLinkFacts.Party(person, null, name, Names.pinyin(name), role);
    }

    private static CaseLinkFacts police(String id, String category, int day, String content,
            CaseLinkFacts.Party... parties) {
        return new CaseLinkFacts("POLICE:" + id, "POLICE", category, day * DAY, List.of(parties), Set.of(), Set.of(),
                null, content, "RESOLVED", 0, "996611102205");
    }
}
