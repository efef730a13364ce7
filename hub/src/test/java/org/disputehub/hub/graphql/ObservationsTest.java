package org.disputehub.hub.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.disputehub.hub.support.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GraphQL requests are observed (timed, traced); single field fetches are not, as application.yaml says. */
@HubTest
class ObservationsTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void requestsAreObservedFieldFetchesAreNot() {
        Observation request = Observation.start("graphql.request", observations);
        Observation fieldFetch = Observation.start("graphql.datafetcher", observations);
        request.stop();
        fieldFetch.stop();

        assertThat(request.isNoop()).isFalse();
        assertThat(fieldFetch.isNoop()).isTrue();
    }
}
