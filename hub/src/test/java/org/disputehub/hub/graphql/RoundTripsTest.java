package org.disputehub.hub.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;

import java.util.ArrayList;
import java.util.List;

import org.disputehub.connector.api.CaseRecord;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.DatabaseRoundTrips;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** No N+1: a request's database round trips do not grow with the page it asks for. */
@HubTest
class RoundTripsTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @Autowired
    DatabaseRoundTrips roundTrips;

    @Test
    void aDeepPageCostsTheSameRoundTripsForThreeCasesAsForThirty() {
        graph.clear();
        List<CaseRecord> incidents = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Ten pairs of neighbours, each pair calling three times: persons, households and disputes to load.
            int pair = i % 10;
            incidents.add(police("JQ" + (500 + i), MARCH.plusDays(i),
                    party(1, "张" + "伟强明亮华军平刚勇杰".charAt(pair) + "国", "99661119800101" + (1000 + pair) + "X",
                            "红星村" + (pair + 1) + "组" + (pair + 2) + "号"),
                    party(2, "李" + "秀兰芳英敏静丽燕玲娟".charAt(pair) + "华", null, "红星村" + (pair + 1) + "组" + (pair + 3) + "号")));
        }
        sink.accept(incidents);

        long small = roundTripsOf(3);
        long large = roundTripsOf(30);

        assertThat(large).isEqualTo(small);
        assertThat(large).isLessThanOrEqualTo(20);
    }

    @Test
    void aPersonProfileAndTimelineCostTheSameForOneCaseAsForTwelve() {
        graph.clear();
        List<CaseRecord> incidents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            incidents.add(police("JQ" + (600 + i), MARCH.plusDays(3L * i),
                    party(1, "王建军", "996611197504041235", "红星村5组7号"),
                    party(2, "赵" + "一二三四五六七八九十甲乙".charAt(i) + "明", null, "红星村5组" + (8 + i) + "号")));
        }
        incidents.add(police("JQ699", MARCH, party(1, "孙小梅", "996611198808084423", "青石村1组1号")));
        sink.accept(incidents);
        String busy = personOf("996611197504041235");
        String quiet = personOf("996611198808084423");

        assertThat(profileRoundTrips(busy, 12)).isEqualTo(profileRoundTrips(quiet, 1))
            // One read for the person, all five lists and each case's dispute, one for the disputes' cases, and
            // the audit record of the unmasked answer.
            .isEqualTo(3);
        assertThat(timelineRoundTrips(busy, 12)).isEqualTo(timelineRoundTrips(busy, 3));
    }

    @Test
    void aNeighbourhoodIsOneReadForThreeHopsAsForOne() {
        graph.clear();
        // A chain of neighbours: each hop reaches one more person.
        sink.accept(List.of(
                police("JQ701", MARCH, party(1, "王建军", "996611197504041235", "红星村5组7号"),
                        party(2, "赵一明", null, "红星村5组8号")),
                police("JQ702", MARCH.plusDays(5), party(1, "赵一明", null, "红星村5组8号"),
                        party(2, "钱二明", null, "红星村5组9号")),
                police("JQ703", MARCH.plusDays(9), party(1, "钱二明", null, "红星村5组9号"),
                        party(2, "孙三明", null, "红星村5组10号"))));
        String centre = personOf("996611197504041235");

        assertThat(neighbourhoodRoundTrips(centre, 3, "孙三明")).isEqualTo(neighbourhoodRoundTrips(centre, 1, "赵一明"))
            // The walk, and the audit record of the names it shows.
            .isEqualTo(2);
    }

    private long neighbourhoodRoundTrips(String person, int hops, String farthest) {
        roundTrips.reset();
        graph.graphQl().documentName("investigateNeighbourhood").variable("personId", person).variable("hops", hops)
            .execute()
            .path("neighbourhood.nodes[*].label").entityList(String.class).contains(farthest);
        return roundTrips.count();
    }

    private String personOf(String idNumber) {
        try (var session = graph.driver().session()) {
            return session.run("MATCH (:Mention {idKey: $id})-[:REFERS_TO]->(p:Person) RETURN DISTINCT p.id",
                    java.util.Map.of("id", idNumber)).single().get(0).asString();
        }
    }

    private long profileRoundTrips(String person, int cases) {
        roundTrips.reset();
        graph.graphQl().documentName("investigatePersonProfile").variable("id", person).execute()
            .path("personProfile.cases").entityList(Object.class).hasSize(cases);
        return roundTrips.count();
    }

    private long timelineRoundTrips(String person, int first) {
        roundTrips.reset();
        graph.graphQl().documentName("timelineDeep").variable("personId", person).variable("first", first)
            .execute()
            .path("timeline.edges").entityList(Object.class).hasSize(first);
        return roundTrips.count();
    }

    private long roundTripsOf(int first) {
        roundTrips.reset();
        graph.graphQl().documentName("casesDeep").variable("first", first).execute()
            .path("cases.edges").entityList(Object.class).hasSize(first)
            .path("cases.edges[0].node.parties[0].person.cases").entityList(Object.class).hasSizeGreaterThan(0);
        return roundTrips.count();
    }
}
