package org.disputehub.hub.security;

import static org.disputehub.hub.support.Records.MARCH;
import static org.disputehub.hub.support.Records.caller;
import static org.disputehub.hub.support.Records.hotline;
import static org.disputehub.hub.support.Records.party;
import static org.disputehub.hub.support.Records.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;

/** The role × field matrix of the personal data policy, over HTTP as each role. */
@HubTest
class MaskingRoleMatrixTest {

    private static final String NAME = "梁玉兰";
    private static final String ID_NUMBER = "99661119780815700X";
    private static final String PHONE = "13912345678";
    private static final String HOME = "红星村3组12号";

    /** graphql-test/personalCase.graphql: one of the test agency's registered documents. */
    private static final String CASE = "personalCase";

    private static final String WARNINGS = """
            { warnings(first: 5) { edges { node { parties { name idNumber phone address person { name } } } } } }
            """;

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    @BeforeEach
    void load() {
        graph.clear();
        sink.accept(List.of(hotline("HL900", 1, "DISPATCHED", caller(NAME, ID_NUMBER, PHONE), List.of())));
        // Three police calls within 30 days: a red, hot dispute that dashboards list.
        for (int call = 0; call < 3; call++) {
            sink.accept(List.of(police("JQ90" + call, MARCH.plusDays(7L * call), party(1, NAME, ID_NUMBER, HOME))));
        }
    }

    @Test
    void adminsAndInvestigatorsSeeEverythingInFull() {
        for (Consumer<HttpHeaders> identity : List.of(graph.as(Role.ADMIN), graph.investigating("HL900"))) {
            GraphQlTester.Response response = graph.graphQl(identity).documentName(CASE).execute();
            response.errors().verify();
            response.path("case.content").entity(String.class).isEqualTo("来电人反映邻居噪音扰民。");
            response.path("case.address").entity(String.class).isEqualTo("石泉乡红星村三组12号");
            response.path("case.details[*].value").entityList(String.class).contains("投诉");
            response.path("case.parties[0].name").entity(String.class).isEqualTo(NAME);
            response.path("case.parties[0].idNumber").entity(String.class).isEqualTo(ID_NUMBER);
            response.path("case.parties[0].phone").entity(String.class).isEqualTo(PHONE);
            response.path("case.parties[0].person.name").entity(String.class).isEqualTo(NAME);
        }
    }

    @Test
    void partnersSeeMaskedValuesExceptWhatTheirAgreementNames() {
        GraphQlTester.Response response = graph.graphQl(graph.as(Role.PARTNER)).documentName(CASE).execute();
        response.errors().verify();
        response.path("case.content").valueIsNull();
        response.path("case.address").entity(String.class).isEqualTo("石泉乡红星村***");
        assertThat(response.path("case.details[*].value").entityList(String.class).get()).isNotEmpty()
            .containsOnlyNulls();
        response.path("case.parties[0].name").entity(String.class).isEqualTo("梁*兰");
        response.path("case.parties[0].idNumber").entity(String.class).isEqualTo("99661119******700X");
        // Party.phone is in the agreement.
        response.path("case.parties[0].phone").entity(String.class).isEqualTo(PHONE);
        response.path("case.parties[0].person.name").entity(String.class).isEqualTo("梁*兰");
    }

    @Test
    void aSearchByIdNumberOrPhoneGivesMaskedRolesNothingInFull() {
        for (String query : List.of("996611 19780815 700X", "139-1234-5678")) {
            GraphQlTester.Response response = graph.graphQl(graph.as(Role.PARTNER))
                .documentName("investigateSearchPersons").variable("query", query).execute();
            response.errors().verify();
            response.path("searchPersons.edges[0].node.person.name").entity(String.class).isEqualTo("梁*兰");
            response.path("searchPersons.edges[0].node.matched").entityList(String.class)
                .contains(query.startsWith("139") ? "139****5678" : "99661119******700X");
            assertThat(response.path("searchPersons").entity(Map.class).get().toString())
                .doesNotContain(ID_NUMBER).doesNotContain("19780815").doesNotContain(PHONE).doesNotContain(NAME);
        }
        graph.graphQl(graph.as(Role.DASHBOARD)).documentName("investigateSearchPersons")
            .variable("query", ID_NUMBER).execute()
            .errors().expect(error -> error.getMessage().endsWith("may not ask for searchPersons")).verify();
    }

    @Test
    void partnersSendOnlyTheirAgencysRegisteredDocuments() {
        graph.graphQl(graph.as(Role.PARTNER))
            .document("{ case(source: HOTLINE, sourceId: \"HL900\") { parties { name idNumber phone } } }")
            .execute()
            .errors().expect(error -> error.getErrorType().toString().equals("FORBIDDEN")
                    && error.getMessage().contains("registered for their agency")).verify()
            .path("case").pathDoesNotExist();
    }

    @Test
    void dashboardsSeeMaskedNamesAndVillagesOfTheirWarningsAndNothingElse() {
        GraphQlTester.Response response = graph.graphQl(graph.as(Role.DASHBOARD)).document(WARNINGS).execute();
        response.errors().verify();
        response.path("warnings.edges[0].node.parties[0].name").entity(String.class).isEqualTo("梁*兰");
        response.path("warnings.edges[0].node.parties[0].idNumber").valueIsNull();
        response.path("warnings.edges[0].node.parties[0].phone").valueIsNull();
        response.path("warnings.edges[0].node.parties[0].address").entity(String.class).isEqualTo("红星村***");
        response.path("warnings.edges[0].node.parties[0].person.name").entity(String.class).isEqualTo("梁*兰");

        graph.graphQl(graph.as(Role.DASHBOARD)).documentName(CASE).execute()
            .errors().expect(error -> error.getMessage().endsWith("may not ask for case")).verify()
            .path("case").valueIsNull();
    }
}
