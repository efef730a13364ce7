package org.disputehub.hub.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.disputehub.hub.linking.LinkingIndex;
import org.disputehub.hub.security.Role;
import org.disputehub.hub.security.TokenMint;
import org.neo4j.driver.Driver;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Test access to the running hub: its graph directly, and its GraphQL endpoint over HTTP, by default with an
 * admin's token (tests of roles ask for others).
 */
@TestComponent
public class TestGraph {

    private final Driver driver;
    private final Environment environment;
    private final TokenMint tokens;
    private final LinkingIndex linkingIndex;

    TestGraph(Driver driver, Environment environment, TokenMint tokens, LinkingIndex linkingIndex) {
        this.driver = driver;
        this.environment = environment;
        this.tokens = tokens;
        this.linkingIndex = linkingIndex;
    }

    /** A token signed with the hub's local key, valid for an hour; {@code agency} only for partners. */
    public String token(String agency, Role... roles) {
        return tokens.mint("test-" + roles[0].claim(), List.of(roles), agency, Duration.ofHours(1));
    }

    /** Headers of a request as an admin, the identity every test has unless it tests roles. */
    public void asAdmin(HttpHeaders headers) {
        headers.setBearerAuth(token(null, Role.ADMIN));
    }

    /** Headers of a request as {@code role}; a partner of the test agreement (application.properties). */
    public Consumer<HttpHeaders> as(Role role) {
        String token = token(role == Role.PARTNER ? "test-agency" : null, role);
        return headers -> headers.setBearerAuth(token);
    }

    /** Headers of an investigator's request for {@code purpose}. */
    public Consumer<HttpHeaders> investigating(String purpose) {
        return as(Role.INVESTIGATOR).andThen(headers -> headers.set("X-Purpose", purpose));
    }

    public Driver driver() {
        return driver;
    }

    /** Removes ingested data; the schema and the area tree stay. */
    public void clear() {
        run("MATCH (n) WHERE NOT n:Area AND NOT n:SchemaMigration DETACH DELETE n");
        linkingIndex.invalidate();
    }

    public long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    public long count(String cypher) {
        return count(cypher, Map.of());
    }

    public void run(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }

    public HttpGraphQlTester graphQl() {
        return graphQl(this::asAdmin);
    }

    /** GraphQL over HTTP with the headers {@code identity} sets (a token, a purpose) or none. */
    public HttpGraphQlTester graphQl(Consumer<HttpHeaders> identity) {
        WebTestClient client = WebTestClient.bindToServer()
            .baseUrl(url("/graphql"))
            .defaultHeaders(identity)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
        return HttpGraphQlTester.create(client);
    }

    public String url(String path) {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port") + path;
    }
}
