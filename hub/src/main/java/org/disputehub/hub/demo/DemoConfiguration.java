package org.disputehub.hub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The demo's three sources: petition files dropped into the petition folder, the police tables in an embedded
 * database the police connector polls, and the hotline API served by {@link HotlineApiSimulator}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    /**
     * Filled before Camel starts polling it, so the first poll finds the tables. Off where the police database
     * seeds itself (docker-compose's PostgreSQL).
     */
    @Bean
    @ConditionalOnProperty(name = "hub.demo.seed-police-database", havingValue = "true", matchIfMissing = true)
    DemoPoliceDatabase demoPoliceDatabase(@Value("${hub.sources.police.jdbc.url}") String url,
            @Value("${hub.sources.police.jdbc.username:}") String username,
            @Value("${hub.sources.police.jdbc.password:}") String password) {
        DataSource dataSource = new DriverManagerDataSource(url, username, password);
        new ResourceDatabasePopulator(new PathMatchingResourcePatternResolver().getResource(
                "classpath:demo/police/police.sql")).execute(dataSource);
        log.info("Demo police database ready at {}", url);
        return new DemoPoliceDatabase(url);
    }

    record DemoPoliceDatabase(String url) {
    }

    /** Copies the bundled petition exports into the watched folder once the hub is up. */
    @EventListener(ApplicationReadyEvent.class)
    void dropPetitionFiles(ApplicationReadyEvent event) throws IOException {
        Path inbox = Path.of(event.getApplicationContext().getEnvironment()
            .getRequiredProperty("hub.sources.petition.files"));
        Files.createDirectories(inbox);
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:demo/petition/*.csv")) {
            try (InputStream in = file.getInputStream()) {
                // Written under a temporary name and renamed, so the connector never sees half a file.
                Path partial = inbox.resolve(file.getFilename() + ".part");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, inbox.resolve(file.getFilename()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        log.info("Demo petition files dropped into {}", inbox.toAbsolutePath());
    }
}
