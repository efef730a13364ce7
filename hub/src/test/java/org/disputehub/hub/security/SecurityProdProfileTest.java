package org.disputehub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.disputehub.hub.support.HubTest;
import org.disputehub.hub.support.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** The prod profile maps nothing of the API for a stranger, even one holding a token. */
@HubTest
@ActiveProfiles("prod")
class SecurityProdProfileTest {

    @Autowired
    TestGraph graph;

    @Test
    void introspectionIsOff() {
        graph.graphQl().document("{ __schema { queryType { fields { name } } } }").execute()
            .errors().satisfy(errors -> assertThat(errors).isNotEmpty())
            .path("__schema").pathDoesNotExist();
    }

    @Test
    void graphiqlIsNotServed() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(graph.url("/graphiql")))
            .header("Authorization", "Bearer " + graph.token(null, Role.ADMIN)).GET().build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
            .isEqualTo(404);
    }

    @Test
    void unknownFieldsGetNoSuggestions() {
        graph.graphQl().document("{ casse { id } }").execute()
            .errors().expect(error -> error.getMessage().contains("casse")
                    && !error.getMessage().toLowerCase().contains("did you mean")
                    && !error.getMessage().contains("cases"))
            .verify();
    }
}
