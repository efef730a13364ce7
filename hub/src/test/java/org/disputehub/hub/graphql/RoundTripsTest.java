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

    private long roundTripsOf(int first) {
        roundTrips.reset();
        graph.graphQl().documentName("casesDeep").variable("first", first).execute()
            .path("cases.edges").entityList(Object.class).hasSize(first)
            .path("cases.edges[0].node.parties[0].person.cases").entityList(Object.class).hasSizeGreaterThan(0);
        return roundTrips.count();
    }
}
