package org.disputehub.hub.graphql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the hub where to point a browser. */
@Component
class GraphiQlAddressLogger {

    private static final Logger log = LoggerFactory.getLogger(GraphiQlAddressLogger.class);

    @EventListener(ApplicationReadyEvent.class)
    void logAddress(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port");
        if (port != null && environment.getProperty("spring.graphql.graphiql.enabled", Boolean.class, false)) {
            log.info("GraphiQL: http://localhost:{}{}   GraphQL endpoint: http://localhost:{}{}", port,
                    environment.getProperty("spring.graphql.graphiql.path", "/graphiql"), port,
                    environment.getProperty("spring.graphql.http.path", "/graphql"));
        }
    }
}
