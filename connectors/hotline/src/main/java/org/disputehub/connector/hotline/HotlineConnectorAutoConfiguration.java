package org.disputehub.connector.hotline;

import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.SourceStateStore;
import org.disputehub.connector.hotline.file.HotlineFileRoute;
import org.disputehub.connector.hotline.http.HotlineApiClient;
import org.disputehub.connector.hotline.http.HotlinePollRoute;
import org.disputehub.connector.hotline.http.HotlinePoller;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hotline connector's routes, each present only when its transport is configured and the hub provides
 * somewhere to put the cases.
 */
@AutoConfiguration
@EnableConfigurationProperties(HotlineProperties.class)
public class HotlineConnectorAutoConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "hub.sources.hotline", name = "files")
    @ConditionalOnBean(CaseSink.class)
    public HotlineFileRoute hotlineFileRoute(HotlineProperties properties, CaseSink sink) {
        return new HotlineFileRoute(properties, sink);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "hub.sources.hotline.http", name = "base-url")
    @ConditionalOnBean({ CaseSink.class, SourceStateStore.class })
    static class HttpPolling {

        @Bean
        public HotlineApiClient hotlineApiClient(HotlineProperties properties) {
            return new HotlineApiClient(properties.http());
        }

        @Bean
        public HotlinePoller hotlinePoller(HotlineApiClient client, CaseSink sink, SourceStateStore state,
                HotlineProperties properties) {
            return new HotlinePoller(client, sink, state, properties.http(), properties.batchSize());
        }

        @Bean
        public HotlinePollRoute hotlinePollRoute(HotlinePoller poller, HotlineProperties properties) {
            return new HotlinePollRoute(poller, properties.http().pollInterval());
        }
    }
}
