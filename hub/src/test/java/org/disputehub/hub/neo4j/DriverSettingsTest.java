package org.disputehub.hub.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

class DriverSettingsTest {

    private static final String LOGGER = "org.neo4j.driver.settings-test";

    @Test
    void aDebugMessageIsFormattedOnlyWhenDebugIsOn() {
        Logger logback = (Logger) LoggerFactory.getLogger(LOGGER);
        var driverLog = DriverSettings.apply(Config.builder()).build().logging().getLog(LOGGER);
        AtomicInteger formatted = new AtomicInteger();
        Object parameters = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "{rows: [...]}";
            }
        };
        try {
            logback.setLevel(Level.WARN);
            driverLog.debug("C: RUN %s", parameters);
            assertThat(formatted).as("formatted with debug off").hasValue(0);

            logback.setLevel(Level.DEBUG);
            driverLog.debug("C: RUN %s", parameters);
            assertThat(formatted).as("formatted with debug on").hasValue(1);
        }
        finally {
            logback.setLevel(null);
        }
    }

    @Test
    void theEmbeddedDatabasesDriverTakesTheSameCustomizersAsBootsDriver(@TempDir Path dataDir) {
        AtomicInteger customized = new AtomicInteger();
        new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedNeo4jConfiguration.class)
            .withBean(EmbeddedNeo4jProperties.class,
                    () -> new EmbeddedNeo4jProperties(dataDir, 0, "32m", Duration.ofSeconds(60)))
            .withBean(ConfigBuilderCustomizer.class, () -> builder -> customized.incrementAndGet())
            .run(context -> {
                assertThat(context).hasSingleBean(Driver.class);
                assertThat(customized).hasValue(1);
            });
    }
}
