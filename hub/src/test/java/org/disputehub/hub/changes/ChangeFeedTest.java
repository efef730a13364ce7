package org.disputehub.hub.changes;

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
import org.disputehub.connector.api.Source;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** A partner pulling changes page by page, across new versions, stale re-deliveries and dispute merges. */
@HubTest
class ChangeFeedTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    GraphQlTester graphQl;

    @BeforeEach
    void setUp() {
        graph.clear();
        graphQl = graph.graphQl();
        // Two unrelated quarrels: two disputes.
        sink.accept(List.of(police("JQ1", MARCH, party(1, "梁玉兰", "99661119780815700X", null))));
        sink.accept(List.of(police("JQ2", MARCH.plusDays(1), party(1, "金辉斌", "996611197708134812", null))));
    }

    @Test
    void pagesDeliverEveryChangeOnceInOrder() {
        List<String> paged = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var response = graphQl.documentName("changes").variable("since", cursor).variable("first", 1).execute();
            paged.addAll(keys(response));
            more = response.path("changes.hasMore").entity(Boolean.class).get();
            cursor = response.path("changes.cursor").entity(String.class).get();
        }

        List<String> whole = keys(graphQl.documentName("changes").execute());
        assertThat(paged).isEqualTo(whole);
        assertThat(whole).hasSize(4).contains("CASE:POLICE:JQ1", "CASE:POLICE:JQ2");
        assertThat(whole.stream().filter(key -> key.startsWith("DISPUTE:")).count()).isEqualTo(2);

        // Nothing new: the same cursor back, nothing delivered.
        var idle = graphQl.documentName("changes").variable("since", cursor).execute();
        idle.path("changes.changes").entityList(Object.class).hasSize(0);
        idle.path("changes.cursor").entity(String.class).isEqualTo(cursor);
    }

    @Test
    void aNewVersionArrivesOnceAndAStaleOneNever() {
        sink.accept(List.of(hotline("RX1", 1, "DISPATCHED", caller("李女士", null, "13800001111"), List.of())));
        String cursor = cursorNow();

        sink.accept(List.of(hotline("RX1", 3, "RESOLVED", caller("李女士", null, "13800001111"), List.of())));
        sink.accept(List.of(hotline("RX1", 2, "PROCESSING", caller("李女士", null, "13800001111"), List.of())));

        var response = graphQl.documentName("changes").variable("since", cursor).execute();
        response.path("changes.changes[?(@.kind == 'CASE')].case.id").entityList(String.class)
            .containsExactly("HOTLINE:RX1");
        response.path("changes.changes[?(@.kind == 'CASE')].case.status").entityList(String.class)
            .containsExactly("RESOLVED");
    }

    @Test
    void aMergeDeliversTheRemovedDisputeAndTheOneThatTookItsCases() {
        String cursor = cursorNow();

        // The hotline order names both incidents: one matter now.
        sink.accept(List.of(hotline("RX9", 1, "DISPATCHED", caller("梁女士", null, null),
                List.of(new CaseReference(Source.POLICE, "JQ1", CaseReference.RELATED_ORDER),
                        new CaseReference(Source.POLICE, "JQ2", CaseReference.RELATED_ORDER)))));

        var response = graphQl.documentName("changes").variable("since", cursor).execute();
        response.path("changes.changes[?(@.kind == 'DISPUTE_REMOVED')]").entityList(Object.class).hasSize(1);
        response.path("changes.changes[?(@.kind == 'DISPUTE')].dispute.caseCount").entityList(Integer.class)
            .containsExactly(3);
        assertThat(graph.count("MATCH (d:Dispute) RETURN count(d)")).isEqualTo(1);
    }

    @Test
    void filtersBySource() {
        sink.accept(List.of(hotline("RX5", 1, "DISPATCHED", caller("赵先生", null, "13900002222"), List.of())));

        graphQl.documentName("changes").variable("sources", List.of("HOTLINE")).execute()
            .path("changes.changes[?(@.kind == 'CASE')].case.id").entityList(String.class)
            .containsExactly("HOTLINE:RX5");
    }

    @Test
    void rejectsACursorItDidNotIssueAndAPageBeyondTheMaximum() {
        graphQl.documentName("changes").variable("since", "not-a-cursor").execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("Not a cursor returned by changes")));
        graphQl.documentName("changes").variable("first", 100_000).execute()
            .errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                .allSatisfy(error -> assertThat(error.getMessage()).contains("first")));
    }

    private String cursorNow() {
        String cursor = null;
        boolean more = true;
        while (more) {
            var response = graphQl.documentName("changes").variable("since", cursor).execute();
            more = response.path("changes.hasMore").entity(Boolean.class).get();
            cursor = response.path("changes.cursor").entity(String.class).get();
        }
        return cursor;
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(GraphQlTester.Response response) {
        List<Map<String, Object>> changes = response.path("changes.changes").entity(List.class).get();
        return changes.stream().map(change -> {
            Map<String, Object> item = (Map<String, Object>) (change.get("case") != null ? change.get("case")
                    : change.get("dispute"));
            return change.get("kind") + ":" + (item == null ? change.get("disputeId") : item.get("id"));
        }).toList();
    }
}
