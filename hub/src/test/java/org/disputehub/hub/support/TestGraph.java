package org.disputehub.hub.support;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test access to the running hub: its graph directly, and its GraphQL endpoint over HTTP. */
@TestComponent
public class TestGraph {

    private final Driver driver;
    private final Environment environment;

    TestGraph(Driver driver, Environment environment) {
        this.driver = driver;
        this.environment = environment;
    }

    public Driver driver() {
        return driver;
    }

    /** Removes ingested data; the schema and the area tree stay. */
    public void clear() {
        run("MATCH (n) WHERE NOT n:Area AND NOT n:SchemaMigration DETACH DELETE n");
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
        WebTestClient client = WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + environment.getRequiredProperty("local.server.port") + "/graphql")
            .responseTimeout(java.time.Duration.ofSeconds(30))
            .build();
        return HttpGraphQlTester.create(client);
    }
}
