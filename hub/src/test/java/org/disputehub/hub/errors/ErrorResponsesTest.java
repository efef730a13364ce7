package org.disputehub.hub.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.disputehub.hub.cases.CaseRepository;
import org.disputehub.hub.linking.LinkExporter;
import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Failures injected where the database is read: whatever the failure carries (Cypher, a resident's ID number
 * and name, Java class names), the caller gets a classified error with a reference and nothing else.
 */
@HubTest
class ErrorResponsesTest {

    /** What a careless error path would leak. */
    private static final List<String> SECRETS = List.of("MATCH", "Cypher", "996611197504041235", "王建军",
            "Exception", "org.neo4j", "org.disputehub", "at java.", "stackTrace");

    private static final ClientException FAILURE = new ClientException("Neo.ClientError.Statement.SyntaxError",
            "Invalid input near MATCH (c:Case {key: $key}) WHERE m.idNumber = '996611197504041235' AND m.name = '王建军'");

    @MockitoBean
    CaseRepository cases;

    @MockitoBean
    LinkExporter links;

    @Autowired
    TestGraph graph;

    @ParameterizedTest
    @ValueSource(strings = { "{ case(source: POLICE, sourceId: \"JQ1\") { id } }",
            "{ cases(first: 5) { edges { node { id } } } }",
            "{ changes(first: 5) { cursor changes { kind case { id } } } }" })
    void graphQlErrorsCarryAClassificationAndAReferenceOnly(String query) {
        given(cases.findByKey(any())).willThrow(FAILURE);
        given(cases.find(any(), any(), any(), anyInt())).willThrow(FAILURE);
        given(cases.findByKeys(any())).willThrow(FAILURE);
        graph.run("CREATE (:Case {key: 'POLICE:JQ1', source: 'POLICE', sourceId: 'JQ1', changeSeq: 1})");
        try {
            graph.graphQl().document(query).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
                    assertThat(error.getMessage()).startsWith("Internal error; reference ");
                }));
            // The whole response as sent, not only the parts the tester parses.
            String body = client("/graphql").post()
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectBody(String.class).returnResult().getResponseBody();
            assertThat(body).contains("INTERNAL_ERROR").doesNotContain(SECRETS);
        }
        finally {
            graph.clear();
        }
    }

    @Test
    void restErrorsCarryNoMessageOrTrace() {
        given(links.export()).willThrow(FAILURE);

        String body = client("/export/links").get().exchange()
            .expectStatus().is5xxServerError()
            .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).isNotNull().doesNotContain(SECRETS);
    }

    private WebTestClient client(String path) {
        return WebTestClient.bindToServer()
            .baseUrl(graph.url(path))
            .defaultHeaders(graph::asAdmin)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    }
}
