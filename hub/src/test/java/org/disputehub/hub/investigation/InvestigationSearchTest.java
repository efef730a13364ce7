package org.disputehub.hub.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputehub.hub.investigation.InvestigationRecords.personId;

import java.util.List;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Finding people however their name, phone or ID was written, and cases by the Chinese text of their content. */
@HubTest
class InvestigationSearchTest {

    @Autowired
    CaseSink sink;

    @Autowired
    TestGraph graph;

    GraphQlTester graphQl;

    @BeforeEach
    void setUp() {
        graph.clear();
        graphQl = graph.graphQl();
        InvestigationRecords.load(sink);
    }

    @Test
    void aNameInTraditionalCharactersFindsThePersonFirstAndHomophonesAfter() {
        var response = persons("張偉");

        response.path("searchPersons.edges[*].node.person.name").entityList(String.class)
            .containsExactly("张伟", "张玮");
        response.path("searchPersons.edges[*].node.matchedBy").entityList(String.class)
            .containsExactly("NAME", "HOMOPHONE");
        response.path("searchPersons.edges[1].node.matched").entityList(String.class).containsExactly("张玮");
        response.path("searchPersons.edges[0].node.person.id").entity(String.class)
            .isEqualTo(personId(graph.driver(), "张伟"));
    }

    @Test
    void pagesThroughNameMatchesInTheSameOrder() {
        var first = graphQl.documentName("investigateSearchPersons").variable("query", "张伟").variable("first", 1)
            .execute();
        first.path("searchPersons.edges[*].node.person.name").entityList(String.class).containsExactly("张伟");
        first.path("searchPersons.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);

        var second = graphQl.documentName("investigateSearchPersons").variable("query", "张伟").variable("first", 1)
            .variable("after", first.path("searchPersons.pageInfo.endCursor").entity(String.class).get()).execute();
        second.path("searchPersons.edges[*].node.person.name").entityList(String.class).containsExactly("张玮");
        second.path("searchPersons.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aPhoneInAnyFormatFindsItsPerson() {
        for (String written : List.of("+86 139-1234-5678", "0086 13912345678", "１３９１２３４５６７８", "(139)1234 5678")) {
            var response = persons(written);
            response.path("searchPersons.edges[*].node.person.name").entityList(String.class).containsExactly("张伟");
            response.path("searchPersons.edges[0].node.matchedBy").entity(String.class).isEqualTo("PHONE");
            response.path("searchPersons.edges[0].node.matched").entityList(String.class)
                .containsExactly("139 1234 5678");
        }
    }

    @Test
    void anIdNumberInAnyFormatFindsItsPerson() {
        for (String written : List.of("99661119780815700x", "996611 19780815 700X", "９９６６１１１９７８０８１５７００Ｘ")) {
            var response = persons(written);
            response.path("searchPersons.edges[*].node.person.name").entityList(String.class).containsExactly("梁玉兰");
            response.path("searchPersons.edges[0].node.matchedBy").entity(String.class).isEqualTo("ID_NUMBER");
            assertThat(response.path("searchPersons.edges[0].node.matched").entityList(String.class).get())
                .containsExactlyInAnyOrder("99661119780815700X", "99661119780815700x");
        }
    }

    @Test
    void aQueryThatIsNeitherNamePhoneNorIdIsRejected() {
        persons("abc").errors().satisfy(errors -> {
            assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            assertThat(errors.get(0).getMessage())
                .isEqualTo("search by a name in Chinese characters, a phone number or an ID number");
        });
    }

    @Test
    void casesAreFoundByChineseTextMostRelevantFirst() {
        var response = cases("邻居金辉斌");

        List<String> ids = response.path("searchCases.edges[*].node.case.id").entityList(String.class).get();
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder("POLICE:JQ1", "POLICE:JQ2");
        assertThat(ids).contains("HOTLINE:RX3").doesNotContain("POLICE:JQ3", "HOTLINE:RX5");
        List<Double> scores = response.path("searchCases.edges[*].node.score").entityList(Double.class).get();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(scores.get(1)).isGreaterThan(scores.get(ids.indexOf("HOTLINE:RX3")));

        cases("拖欠工资").path("searchCases.edges[*].node.case.id").entityList(String.class)
            .containsExactly("POLICE:JQ3");
    }

    @Test
    void queryTextIsSearchedForAsWrittenNeverAsLuceneSyntax() {
        cases("宅基地 AND (边界\" ~ *").path("searchCases.edges[*].node.case.id").entityList(String.class)
            .containsExactly("POLICE:JQ1");
        cases("content:*").path("searchCases.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void pagesThroughCaseHitsWithoutRepeats() {
        var first = graphQl.documentName("investigateSearchCases").variable("query", "邻居").variable("first", 2)
            .execute();
        List<String> firstPage = first.path("searchCases.edges[*].node.case.id").entityList(String.class).get();
        var second = graphQl.documentName("investigateSearchCases").variable("query", "邻居").variable("first", 2)
            .variable("after", first.path("searchCases.pageInfo.endCursor").entity(String.class).get()).execute();
        List<String> secondPage = second.path("searchCases.edges[*].node.case.id").entityList(String.class).get();

        assertThat(firstPage).hasSize(2);
        assertThat(secondPage).hasSize(1).doesNotContainAnyElementsOf(firstPage);
        assertThat(List.of(firstPage.get(0), firstPage.get(1), secondPage.get(0)))
            .containsExactlyInAnyOrder("POLICE:JQ1", "POLICE:JQ2", "HOTLINE:RX3");
    }

    private GraphQlTester.Response persons(String query) {
        return graphQl.documentName("investigateSearchPersons").variable("query", query).execute();
    }

    private GraphQlTester.Response cases(String query) {
        return graphQl.documentName("investigateSearchCases").variable("query", query).execute();
    }
}
