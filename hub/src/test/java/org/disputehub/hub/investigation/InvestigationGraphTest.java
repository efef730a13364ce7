package org.disputehub.hub.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.investigation.InvestigationRecords.householdId;
import static org.disputehub.hub.investigation.InvestigationRecords.personId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Person 360°, neighbourhood, path and timeline over HTTP, against records handed in through the sink. */
@HubTest
class InvestigationGraphTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @Autowired
    GraphRepository graphRepository;

    GraphQlTester graphQl;
    String liang;
    String jin;
    String wang;

    @BeforeEach
    void setUp() {
        graph.clear();
        graphQl = graph.graphQl();
        InvestigationRecords.load(sink);
        liang = personId(graph.driver(), "梁玉兰");
        jin = personId(graph.driver(), "金辉斌");
        wang = personId(graph.driver(), "王建国");
    }

    @Test
    void aPersonProfileHasEveryCaseCoPartyHouseholdMemberAndWarnedDispute() {
        var response = graphQl.documentName("investigatePersonProfile").variable("id", liang).execute();

        response.path("personProfile.name").entity(String.class).isEqualTo("梁玉兰");
        response.path("personProfile.person.id").entity(String.class).isEqualTo(liang);
        response.path("personProfile.cases[*].id").entityList(String.class).containsExactly("POLICE:JQ1", "POLICE:JQ2");
        String dispute = response.path("personProfile.cases[0].dispute.id").entity(String.class).get();
        response.path("personProfile.cases[1].dispute.id").entity(String.class).isEqualTo(dispute);
        // The channel's own fields come through the profile's one read too.
        response.path("personProfile.cases[0].details[*].name").entityList(String.class)
            .containsExactly("outcome", "station");
        response.path("personProfile.cases[0].details[*].value").entityList(String.class)
            .containsExactly("现场调解", "城关派出所");

        response.path("personProfile.coParties[*].person.name").entityList(String.class).containsExactly("金辉斌");
        response.path("personProfile.coParties[0].person.id").entity(String.class).isEqualTo(jin);
        response.path("personProfile.coParties[0].sharedCases[*].id").entityList(String.class)
            .containsExactly("POLICE:JQ1");

        response.path("personProfile.households[*].household.address").entityList(String.class)
            .containsExactly("红星村3组12号");
        response.path("personProfile.households[0].firstSeenAt").entity(String.class)
            .isEqualTo("2026-03-15T09:12:33.000+08:00");
        response.path("personProfile.households[0].lastSeenAt").entity(String.class)
            .isEqualTo("2026-03-22T09:12:33.000+08:00");
        response.path("personProfile.households[0].members[*].person.name").entityList(String.class)
            .containsExactly("王建国");
        response.path("personProfile.households[0].members[0].firstSeenAt").entity(String.class)
            .isEqualTo("2026-03-18T09:12:33.000+08:00");

        response.path("personProfile.disputes[*].id").entityList(String.class).containsExactly(dispute);
        response.path("personProfile.disputes[0].cases[*].id").entityList(String.class)
            .containsExactly("POLICE:JQ1", "HOTLINE:RX3", "POLICE:JQ2");
        response.path("personProfile.disputes[0].warning.level").entity(String.class).isEqualTo("orange");
        response.path("personProfile.warnings[*].id").entityList(String.class).containsExactly(dispute);
    }

    @Test
    void profilesOfSeveralPeopleInOneRequestEachGetTheirOwn() {
        var response = graphQl.document("""
                query { a: personProfile(id: "%s") { coParties { person { name } } households { members { person { name } } } }
                        b: personProfile(id: "%s") { coParties { person { name } } warnings { id } }
                        none: personProfile(id: "no-such-person") { id } }
                """.formatted(jin, wang)).execute();

        response.path("a.coParties[*].person.name").entityList(String.class).containsExactly("梁玉兰");
        response.path("a.households[0].members").entityList(Object.class).hasSize(0);
        response.path("b.coParties").entityList(Object.class).hasSize(0);
        response.path("b.warnings").entityList(Object.class).hasSize(0);
        response.path("none").valueIsNull();
    }

    @Test
    void theNeighbourhoodGrowsOnePersonToPersonStepPerHop() {
        var oneHop = graphQl.documentName("investigateNeighbourhood").variable("personId", jin).variable("hops", 1)
            .execute();
        oneHop.path("neighbourhood.centre.label").entity(String.class).isEqualTo("金辉斌");
        oneHop.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
        List<String> nearPeople = labels(oneHop, "PERSON");
        assertThat(nearPeople).contains("金辉斌", "梁玉兰").doesNotContain("王建国");
        assertThat(labels(oneHop, "CASE")).contains("POLICE:JQ1 邻里纠纷", "POLICE:JQ2 邻里纠纷", "HOTLINE:RX3 邻里纠纷");
        List<Map<String, Object>> edges = oneHop.path("neighbourhood.edges").entityList(mapType()).get();
        assertThat(edges).contains(Map.of("from", jin, "to", "POLICE:JQ1", "kind", "PARTY_TO"),
                Map.of("from", liang, "to", "POLICE:JQ1", "kind", "PARTY_TO"));
        assertThat(edges).anyMatch(edge -> edge.get("from").equals("POLICE:JQ1") && edge.get("kind").equals("PART_OF"));

        var twoHops = graphQl.documentName("investigateNeighbourhood").variable("personId", jin).execute();
        twoHops.path("neighbourhood.hops").entity(Integer.class).isEqualTo(2);
        List<Map<String, Object>> nodes = twoHops.path("neighbourhood.nodes").entityList(mapType()).get();
        assertThat(nodes).contains(Map.of("id", wang, "kind", "PERSON", "label", "王建国", "hops", 2));
        String household = householdId(graph.driver(), "王建国");
        assertThat(nodes).contains(Map.of("id", household, "kind", "HOUSEHOLD", "label", "红星村3组12号", "hops", 2));
        twoHops.path("neighbourhood.edges").entityList(mapType())
            .contains(Map.of("from", wang, "to", household, "kind", "MEMBER_OF"),
                    Map.of("from", liang, "to", household, "kind", "MEMBER_OF"));
        assertEdgesJoinReturnedNodes(nodes, twoHops.path("neighbourhood.edges").entityList(mapType()).get());
    }

    @Test
    void someoneNamedOnceAtAHouseholdReachesTheOthersLivingThereInOneHop() {
        // 王建国 appears in one case only: his single placement at the house must still join him to it.
        var oneHop = graphQl.documentName("investigateNeighbourhood").variable("personId", wang).variable("hops", 1)
            .execute();
        String household = householdId(graph.driver(), "王建国");
        assertThat(labels(oneHop, "PERSON")).contains("王建国", "梁玉兰");
        oneHop.path("neighbourhood.edges").entityList(mapType())
            .contains(Map.of("from", wang, "to", household, "kind", "MEMBER_OF"),
                    Map.of("from", liang, "to", household, "kind", "MEMBER_OF"));
    }

    @Test
    void moreThanThreeHopsIsRejected() {
        graphQl.documentName("investigateNeighbourhood").variable("personId", jin).variable("hops", 4).execute()
            .errors().satisfy(errors -> {
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                assertThat(errors.get(0).getMessage()).isEqualTo("hops must be between 1 and 3, was 4");
            });
    }

    @Test
    void aNeighbourhoodStopsAtItsMaximumSizeAndSaysSo() {
        NeighbourhoodExplorer small = new NeighbourhoodExplorer(graphRepository, new InvestigationProperties(4));

        Neighbourhood view = small.explore(jin, 3).orElseThrow();

        assertThat(view.truncated()).isTrue();
        assertThat(view.nodes()).hasSize(4);
        assertThat(view.nodes().get(0).id()).isEqualTo(jin);
        assertEdgesJoinReturnedNodes(view.nodes().stream().map(node -> Map.<String, Object>of("id", node.id())).toList(),
                view.edges().stream().map(edge -> Map.<String, Object>of("from", edge.from(), "to", edge.to())).toList());
        assertThat(new NeighbourhoodExplorer(graphRepository, new InvestigationProperties(100)).explore(jin, 3)
            .orElseThrow().truncated()).isFalse();
    }

    @Test
    void theShortestPathGoesThroughTheSharedCaseAndHousehold() {
        var response = graphQl.documentName("investigatePath").variable("from", jin).variable("to", wang).execute();

        response.path("path.length").entity(Integer.class).isEqualTo(6);
        response.path("path.steps[*].relation").entityList(String.class)
            .containsExactly("REFERS_TO", "HAS_PARTY", "HAS_PARTY", "AT_HOUSEHOLD", "AT_HOUSEHOLD", "REFERS_TO");
        response.path("path.nodes[*].kind").entityList(String.class)
            .containsExactly("PERSON", "MENTION", "CASE", "MENTION", "HOUSEHOLD", "MENTION", "PERSON");
        response.path("path.steps[0].from.id").entity(String.class).isEqualTo(jin);
        response.path("path.steps[0].to.label").entity(String.class).isEqualTo("金辉斌 in POLICE:JQ1");
        response.path("path.steps[1].to.id").entity(String.class).isEqualTo("POLICE:JQ1");
        response.path("path.steps[2].to.label").entity(String.class).isEqualTo("梁玉兰 in POLICE:JQ1");
        response.path("path.steps[5].to.id").entity(String.class).isEqualTo(wang);
        response.path("path.steps[5].rule").entity(String.class).isEqualTo("no-match");

        graphQl.documentName("investigatePath").variable("from", jin).variable("to", wang).variable("maxHops", 5)
            .execute().path("path").valueIsNull();
        graphQl.documentName("investigatePath").variable("from", jin).variable("to", personId(graph.driver(), "张伟"))
            .execute().path("path").valueIsNull();
        graphQl.documentName("investigatePath").variable("from", jin).variable("to", wang).variable("maxHops", 13)
            .execute().errors().satisfy(errors -> assertThat(errors.get(0).getErrorType())
                .isEqualTo(ErrorType.BAD_REQUEST));
    }

    @Test
    void aTimelineListsCasesOldestFirstAcrossChannelsPageByPage() {
        String household = householdId(graph.driver(), "王建国");
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            var page = graphQl.documentName("investigateTimeline").variable("householdId", household)
                .variable("first", 2).variable("after", after).execute();
            seen.addAll(page.path("timeline.edges[*].node.id").entityList(String.class).get());
            hasNext = page.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("timeline.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).containsExactly("POLICE:JQ1", "POLICE:JQ3", "POLICE:JQ2");

        graphQl.documentName("investigateTimeline").variable("personId", jin).execute()
            .path("timeline.edges[*].node.id").entityList(String.class).containsExactly("POLICE:JQ1");
        graphQl.documentName("investigateTimeline").variable("personId", jin).variable("householdId", household)
            .execute().errors().satisfy(errors -> assertThat(errors.get(0).getMessage())
                .isEqualTo("give exactly one of personId and householdId"));
    }

    private static List<String> labels(GraphQlTester.Response response, String kind) {
        return response.path("neighbourhood.nodes").entityList(mapType()).get().stream()
            .filter(node -> kind.equals(node.get("kind")))
            .map(node -> (String) node.get("label"))
            .toList();
    }

    private static void assertEdgesJoinReturnedNodes(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        List<Object> ids = nodes.stream().map(node -> node.get("id")).toList();
        assertThat(edges).isNotEmpty().allSatisfy(edge -> assertThat(ids).contains(edge.get("from"), edge.get("to")));
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
