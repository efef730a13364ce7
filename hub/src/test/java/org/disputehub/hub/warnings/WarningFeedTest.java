package org.disputehub.hub.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class WarningFeedTest {

    private final WarningFeed feed = new WarningFeed(
            new WarningRules(new WarningProperties(List.of("red", "orange", "yellow"), List.of())));

    @Test
    void deliversOnlyTheAreaAndLevelsAskedFor() throws Exception {
        CompletableFuture<List<String>> received = feed.subscribe("996611102", "orange")
            .map(WarningRaised::disputeId)
            .take(3)
            .collectList()
            .timeout(Duration.ofSeconds(5))
            .toFuture();

        feed.on(raised("d-red-here", "red", false, "996611", "996611102"));
        feed.on(raised("d-red-elsewhere", "red", false, "996611", "996611101"));
        feed.on(raised("d-yellow-here", "yellow", false, "996611", "996611102"));
        feed.on(raised("d-orange-here", "orange", false, "996611102"));
        feed.on(raised("d-hot-here", "yellow", true, "996611102"));

        assertThat(received.get()).containsExactly("d-red-here", "d-orange-here", "d-hot-here");
    }

    private static WarningRaised raised(String dispute, String level, boolean turnedHot, String... areas) {
        return new WarningRaised(dispute, level, null, turnedHot, turnedHot, List.of(level + ": test"),
                List.of(areas), OffsetDateTime.now());
    }
}
