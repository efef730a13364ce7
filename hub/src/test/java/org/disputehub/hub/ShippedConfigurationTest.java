package org.disputehub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.disputehub.hub.graphql.QueryLimitsProperties;
import org.disputehub.hub.linking.LinkingProperties;
import org.disputehub.hub.neo4j.EmbeddedNeo4jProperties;
import org.disputehub.hub.security.SecurityProperties;
import org.disputehub.hub.warnings.WarningProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The configuration the hub ships with binds on its own. The other tests add test properties on top, which
 * can hide a value that only fails alone (an empty map written as {@code {}} binds as text).
 */
class ShippedConfigurationTest {

    @ParameterizedTest
    @ValueSource(strings = { "application.yaml", "application-demo.yaml", "application-prod.yaml" })
    void bindsWithoutTestProperties(String profileFile) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : List.of("application.yaml", profileFile)) {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addFirst(source);
            }
        }
        Binder binder = Binder.get(environment);

        SecurityProperties security = binder.bindOrCreate("hub.security", Bindable.of(SecurityProperties.class));
        LinkingProperties linking = binder.bindOrCreate("hub.linking", Bindable.of(LinkingProperties.class));
        WarningProperties warnings = binder.bindOrCreate("hub.warnings", Bindable.of(WarningProperties.class));
        QueryLimitsProperties limits = binder.bindOrCreate("hub.graphql.limits",
                Bindable.of(QueryLimitsProperties.class));
        EmbeddedNeo4jProperties neo4j = binder.bindOrCreate("hub.neo4j.embedded",
                Bindable.of(EmbeddedNeo4jProperties.class));

        assertThat(security.rolesClaim()).isEqualTo("roles");
        assertThat(linking.personThreshold()).isEqualTo(1.0);
        assertThat(warnings.levels()).isNotEmpty();
        assertThat(limits.maxDepth()).isPositive();
        assertThat(neo4j.transactionTimeout()).isPositive();
    }
}
