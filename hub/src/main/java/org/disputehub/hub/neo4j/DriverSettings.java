package org.disputehub.hub.neo4j;

import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings every driver of the hub takes: the embedded database's and Boot's for a Neo4j server. */
@Configuration(proxyBeanMethods = false)
public class DriverSettings {

    /**
     * Logs through SLF4J. The driver's default logger formats every Bolt message it sends, parameters and all,
     * before the debug level drops it: 5 % of the CPU of an ingest was spent there.
     */
    public static Config.ConfigBuilder apply(Config.ConfigBuilder builder) {
        return builder.withLogging(Logging.slf4j());
    }

    @Bean
    ConfigBuilderCustomizer hubDriverSettings() {
        return DriverSettings::apply;
    }
}
