package org.disputehub.hub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The hub on a real port with its own embedded Neo4j in a fresh temporary folder. Tests with the same extra
 * properties share one started hub (Spring's test context cache).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hub.neo4j.embedded.data-dir=${java.io.tmpdir}/dispute-hub-tests/${random.uuid}",
        "hub.neo4j.embedded.page-cache-size=64m" })
@Import({ TestGraph.class, DatabaseRoundTrips.class })
public @interface HubTest {
}
