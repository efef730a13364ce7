package org.disputehub.hub.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.caller;
import static org.disputehub.hub.support.Records.hotline;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disputehub.connector.api.CaseReference;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The API over HTTP, against records handed in through the connector API. */
@HubTest
class GraphQlApiTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    GraphQlTester graphQl;

    @BeforeEach
    void setUp() {
        graph.clear();
        graphQl = graph.graphQl();
        sink.accept(List.of(police("JQ100", MARCH, party(1, "梁玉兰", "99661119780815700X", "红星村3组12号"),
                party(2, "金辉斌", null, null))));
        sink.accept(List.of(police("JQ101", MARCH.plusDays(7), party(1, "梁玉兰", "99661119780815700x", "红星村三组12号"))));
        sink.accept(List.of(hotline("RX200", 3, "DISPATCHED", caller("梁女士", null, "19381642863"),
                List.of(new CaseReference(Source.POLICE, "JQ100", CaseReference.RELATED_ORDER)))));
    }

    @Test
    void aCaseWithItsPartiesPersonsDisputeAndLinks() {
        var response = graphQl.documentName("caseWithParties")
            .variable("source", "POLICE")
            .variable("sourceId", "JQ100")
            .execute();

        response.path("case.id").entity(String.class).isEqualTo("POLICE:JQ100");
        response.path("case.parties[*].mentionKey").entityList(String.class).containsExactly("1", "2");
        response.path("case.parties[0].idNumber").entity(String.class).isEqualTo("99661119780815700X");
        response.path("case.parties[0].person.cases[*].id").entityList(String.class)
            .contains("POLICE:JQ100", "POLICE:JQ101")
            .hasSize(2);
        response.path("case.parties[0].personLink.rule").entity(String.class).isEqualTo("id-number");
        response.path("case.parties[0].personLink.matched").entityList(String.class).contains("idNumber");
        response.path("case.parties[0].personLink.matchedWith").entity(String.class).isEqualTo("POLICE:JQ101:1");
        response.path("case.parties[0].household.address").entity(String.class).isEqualTo("红星村3组12号");
        response.path("case.parties[1].person.cases[*].id").entityList(String.class).containsExactly("POLICE:JQ100");
        response.path("case.parties[1].personLink.rule").entity(String.class).isEqualTo("no-match");
        response.path("case.links[0].direction").entity(String.class).isEqualTo("INCOMING");
        response.path("case.links[0].case.id").entity(String.class).isEqualTo("HOTLINE:RX200");
        response.path("case.linkedCases[*].id").entityList(String.class).containsExactly("HOTLINE:RX200");
        response.path("case.dispute.caseCount").entity(Integer.class).isEqualTo(3);
        response.path("case.dispute.hot").entity(Boolean.class).isEqualTo(false);
        response.path("case.dispute.warning.level").entity(String.class).isEqualTo("yellow");
        response.path("case.details[*].name").entityList(String.class).contains("station");
    }

    @Test
    void aThirdPoliceCallWithinThirtyDaysMakesTheDisputeHotWithAWarning() {
        graphQl.documentName("warnings").variable("hot", true).execute()
            .path("warnings.edges").entityList(Object.class).hasSize(0);

        sink.accept(List.of(police("JQ102", MARCH.plusDays(20), party(1, "梁玉兰", "99661119780815700X", null))));

        var response = graphQl.documentName("warnings").variable("areaCode", "996611").variable("hot", true).execute();
        response.path("warnings.edges[*].node.caseCount").entityList(Integer.class).containsExactly(4);
        response.path("warnings.edges[0].node.cases[*].id").entityList(String.class)
            .contains("POLICE:JQ100", "POLICE:JQ101", "POLICE:JQ102", "HOTLINE:RX200").hasSize(4);
        response.path("warnings.edges[0].node.warning.level").entity(String.class).isEqualTo("red");
        response.path("warnings.edges[0].node.warning.reasons").entityList(String.class)
            .contains("red: 3 police incidents within 30 days");
        graphQl.documentName("warnings").variable("level", "orange").execute()
            .path("warnings.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void anUnknownCaseIsNull() {
        graphQl.documentName("caseWithParties")
            .variable("source", "HOTLINE")
            .variable("sourceId", "RX-NONE")
            .execute()
            .path("case")
            .valueIsNull();
    }

    @Test
    void pagesThroughCasesNewestFirstWithoutGapsOrRepeats() {
        // JQ100 and RX200 were reported at the same time: the key breaks the tie.
        assertThat(pagedIds(null)).containsExactly("POLICE:JQ101", "POLICE:JQ100", "HOTLINE:RX200");
    }

    @Test
    void pagesThroughCasesInTheOrderAskedFor() {
        assertThat(pagedIds("OLDEST_REPORTED")).containsExactly("HOTLINE:RX200", "POLICE:JQ100", "POLICE:JQ101");
        // The hotline order was updated three hours after its report, after both incidents' updates.
        assertThat(pagedIds("RECENTLY_UPDATED")).containsExactly("POLICE:JQ101", "HOTLINE:RX200", "POLICE:JQ100");
    }

    private List<String> pagedIds(String orderBy) {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            var response = graphQl.documentName("casesPage").variable("orderBy", orderBy).variable("first", 2)
                .variable("after", after).execute();
            seen.addAll(response.path("cases.edges[*].node.id").entityList(String.class).get());
            hasNext = response.path("cases.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("cases.pageInfo.endCursor").entity(String.class).get();
        }
        return seen;
    }

    @Test
    void filtersCasesBySourceAndArea() {
        graphQl.documentName("casesPage")
            .variable("filter", Map.of("source", List.of("HOTLINE")))
            .execute()
            .path("cases.edges[*].node.id").entityList(String.class).containsExactly("HOTLINE:RX200");

        graphQl.documentName("casesPage")
            .variable("filter", Map.of("areaCode", "996611102000"))
            .execute()
            .path("cases.edges[*].node.id").entityList(String.class).contains("HOTLINE:RX200");
    }

    @Test
    void quarantineAndIngestStatusAreQueryable() {
        sink.quarantine(List.of(new QuarantinedRecord(Source.HOTLINE, Origin.fileLine("work-orders-001.jsonl", 111),
                QuarantinedRecord.UNPARSABLE_DATE, "field receivedAt is not a valid date or time: '昨天'", "{...}")));

        graphQl.documentName("quarantine")
            .variable("filter", Map.of("source", "HOTLINE"))
            .execute()
            .path("quarantine.edges[0].node.locator").entity(String.class).isEqualTo("line:111");

        var status = graphQl.documentName("ingestStatus").execute();
        status.path("ingestStatus[*].source").entityList(String.class).containsExactly("HOTLINE", "PETITION", "POLICE");
        status.path("ingestStatus[0].cases").entity(Integer.class).isEqualTo(1);
        status.path("ingestStatus[0].quarantined").entity(Integer.class).isEqualTo(1);
        status.path("ingestStatus[2].cases").entity(Integer.class).isEqualTo(2);
    }
}
