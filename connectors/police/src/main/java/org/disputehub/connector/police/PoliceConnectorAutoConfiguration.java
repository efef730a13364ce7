package org.disputehub.connector.police;

import javax.sql.DataSource;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.SourceStateStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The police (110) connector: a route per configured transport, feeding the application's {@link CaseSink}.
 */
@AutoConfiguration
@EnableConfigurationProperties(PoliceProperties.class)
public class PoliceConnectorAutoConfiguration {

    /** Bean name of the police records database. */
    public static final String DATA_SOURCE = "policeDataSource";

    @Bean
    @ConditionalOnMissingBean
    PoliceIncidentMapper policeIncidentMapper() {
        return new PoliceIncidentMapper();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "hub.sources.police", name = "files")
    @ConditionalOnBean(CaseSink.class)
    static class FileTransport {

        @Bean
        PoliceFileRoute policeFileRoute(PoliceProperties properties, PoliceIncidentMapper mapper, CaseSink sink) {
            return new PoliceFileRoute(properties, mapper, sink);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "hub.sources.police.jdbc", name = "url")
    @ConditionalOnBean({ CaseSink.class, SourceStateStore.class })
    static class JdbcTransport {

        /**
         * Not a default candidate: the application's own DataSource (and Boot's auto-configured one) must neither
         * back off for it nor be confused with it.
         */
        @Bean(name = DATA_SOURCE, defaultCandidate = false, destroyMethod = "close")
        @ConditionalOnMissingBean(name = DATA_SOURCE)
        HikariDataSource policeDataSource(PoliceProperties properties) {
            PoliceProperties.Jdbc jdbc = properties.jdbc();
            HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(jdbc.url())
                .username(jdbc.username())
                .password(jdbc.password())
                .build();
            dataSource.setPoolName("police-jdbc");
            // one poll at a time needs one connection; the second covers a connection being replaced
            dataSource.setMaximumPoolSize(2);
            dataSource.setReadOnly(true);
            return dataSource;
        }

        @Bean
        PoliceJdbcPollRoute policeJdbcPollRoute(PoliceProperties properties,
                @Qualifier(DATA_SOURCE) DataSource dataSource, PoliceIncidentMapper mapper, CaseSink sink,
                SourceStateStore state) {
            return new PoliceJdbcPollRoute(properties, dataSource, mapper, sink, state);
        }
    }
}
