package org.disputehub.connector.police;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.SourceStateStore;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stands in for the hub: the connector's auto-configuration plus whatever sink and state store a test gives. */
@SpringBootConfiguration
@EnableAutoConfiguration
class PoliceTestApplication {

    /** Starts an application around the given sink and store, so that a store can outlive one application. */
    static ConfigurableApplicationContext start(CaseSink sink, SourceStateStore state, String... properties) {
        return new SpringApplicationBuilder(PoliceTestApplication.class)
            .web(WebApplicationType.NONE)
            .initializers(context -> {
                context.getBeanFactory().registerSingleton("caseSink", sink);
                context.getBeanFactory().registerSingleton("sourceStateStore", state);
            })
            .properties(properties)
            .run();
    }
}
