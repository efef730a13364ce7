package org.disputehub.connector.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.disputehub.connector.api.CaseSink;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PetitionConnectorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PetitionConnectorAutoConfiguration.class));

    @Test
    void noRouteWithoutADropFolder() {
        runner.withBean(CaseSink.class, CollectingSink::new).run(context -> {
            assertThat(context).hasSingleBean(PetitionCsvReader.class);
            assertThat(context).doesNotHaveBean(PetitionFileRoute.class);
            assertThat(context.getBean(PetitionProperties.class).pollInterval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(context.getBean(PetitionProperties.class).batchSize()).isEqualTo(500);
        });
    }

    @Test
    void noRouteWithoutASink() {
        runner.withPropertyValues("hub.sources.petition.files=/tmp/petitions")
            .run(context -> assertThat(context).doesNotHaveBean(PetitionFileRoute.class));
    }

    @Test
    void routeWhenFolderAndSinkAreThere() {
        runner.withBean(CaseSink.class, CollectingSink::new)
            .withPropertyValues("hub.sources.petition.files=/tmp/petitions", "hub.sources.petition.poll-interval=2s")
            .run(context -> {
                assertThat(context).hasSingleBean(PetitionFileRoute.class);
                assertThat(context.getBean(PetitionFileRoute.class).endpointUri())
                    .startsWith("file:/tmp/petitions?")
                    .contains("include=RAW(petitions-.*\\.csv)", "move=done/${file:name}",
                            "moveFailed=failed/${file:name}", "readLock=changed", "delay=2000", "sortBy=file:name");
            });
    }
}
