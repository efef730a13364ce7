package org.disputehub.hub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputehub.hub.support.DatabaseRoundTrips;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Requests over a limit are refused with a message that names the limit, before anything is read. */
@HubTest
class QueryLimitsTest {

    @Autowired
    TestGraph graph;

    @Autowired
    DatabaseRoundTrips roundTrips;

    @Test
    void refusesAQueryDeeperThanTheLimit() {
        refused("{ cases(first: 1) { edges { node { parties { person { cases { parties { person { cases { "
                + "parties { person { cases { id } } } } } } } } } } } } }", "depth");
    }

    @Test
    void refusesAQueryOverTheComplexityBudget() {
        String page = "cases(first: 200) { edges { node { id content parties { name person { cases { id content "
                + "parties { name } } } } dispute { cases { id parties { name } } } } } }";
        refused("{ a: " + page + " b: " + page + " c: " + page + " }", "complexity");
    }

    @Test
    void refusesAPageAboveTheMaximum() {
        refused("{ cases(first: 500) { edges { node { id } } } }", "first on cases must be between 1 and 200");
    }

    @Test
    void refusesTooManyAliases() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": ingestStatus { source }");
        }
        refused(query.append(" }").toString(), "aliased fields");
    }

    @Test
    void aQueryWithinTheLimitsRuns() {
        graph.graphQl().document("{ cases(first: 200) { edges { node { id parties { name } } } } }").execute()
            .errors().verify();
    }

    @Test
    void aDocumentParsedBeforeIsCheckedAgainWithTheVariablesItComesWith() {
        String document = "query page($first: Int) { cases(first: $first) { edges { node { id } } } }";
        graph.graphQl().document(document).variable("first", 5).execute().errors().verify();

        roundTrips.reset();
        graph.graphQl().document(document).variable("first", 500).execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("between 1 and 200")));
        assertThat(roundTrips.count()).isZero();
    }

    @Test
    void aDocumentCheckedBeforeIsCheckedAgainWhenADirectiveVariableAddsDepth() {
        String deep = "parties { person { cases { parties { person { cases { parties { person { cases { "
                + "parties { person { cases { id } } } } } } } } } } } }";
        String document = "query maybeDeep($deep: Boolean!, $id: String!) { case(source: HOTLINE, sourceId: $id) { id "
                + "... @include(if: $deep) { " + deep + " } } }";
        graph.graphQl().document(document).variable("deep", false).variable("id", "none").execute()
            .errors().verify();
        graph.graphQl().document(document).variable("deep", false).variable("id", "other").execute()
            .errors().verify();

        roundTrips.reset();
        graph.graphQl().document(document).variable("deep", true).variable("id", "none").execute()
            .errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).contains("depth")));
        assertThat(roundTrips.count()).isZero();
    }

    private void refused(String query, String reason) {
        roundTrips.reset();
        GraphQlTester.Response response = graph.graphQl().document(query).execute();
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
            .satisfies(error -> assertThat(error.getMessage()).contains(reason)));
        assertThat(roundTrips.count()).as("database round trips of a refused request").isZero();
    }
}
