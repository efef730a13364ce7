package org.disputehub.hub.neo4j;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.neo4j.uri} the hub runs its own Neo4j; with it, Boot's auto-configuration connects to
 * that server instead and none of this applies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
        return new EmbeddedNeo4j(properties);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j embeddedNeo4j, ObjectProvider<ConfigBuilderCustomizer> customizers) {
        // The same customizers as Boot's driver for a server would take.
        Config.ConfigBuilder config = Config.builder();
        customizers.orderedStream().forEach(customizer -> customizer.customize(config));
        // The embedded server has authentication off: it listens on the loopback interface only.
        return GraphDatabase.driver(embeddedNeo4j.boltUri(), AuthTokens.none(), config.build());
    }
}
