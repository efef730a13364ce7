package org.disputehub.connector.petition;

import org.disputehub.connector.api.CaseSink;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The petition connector: a CSV reader always, the file route only when a drop folder is configured. */
@AutoConfiguration
@EnableConfigurationProperties(PetitionProperties.class)
public class PetitionConnectorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PetitionCsvReader petitionCsvReader() {
        return new PetitionCsvReader();
    }

    @Bean
    @ConditionalOnProperty(prefix = "hub.sources.petition", name = "files")
    @ConditionalOnBean(CaseSink.class)
    public PetitionFileRoute petitionFileRoute(PetitionProperties properties, PetitionCsvReader reader,
            CaseSink sink) {
        return new PetitionFileRoute(properties, reader, sink);
    }
}
