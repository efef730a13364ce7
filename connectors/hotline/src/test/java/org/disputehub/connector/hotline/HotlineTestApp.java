package org.disputehub.connector.hotline;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The smallest host of the connector: auto-configuration plus an in-memory sink and state store. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class HotlineTestApp {

    @Bean
    RecordingCaseSink caseSink() {
        return new RecordingCaseSink();
    }

    @Bean
    InMemorySourceStateStore sourceStateStore() {
        return new InMemorySourceStateStore();
    }
}
