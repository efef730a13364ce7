package org.disputehub.hub.warnings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Warnings raised by ingest, as they are committed, for live dashboards. A subscriber that cannot keep up
 * misses alerts rather than slowing ingest: the alert list ({@code warnings}) stays the record.
 */
@Component
public class WarningFeed {

    private final Sinks.Many<WarningRaised> raised = Sinks.many().multicast().directBestEffort();
    private final WarningRules rules;

    public WarningFeed(WarningRules rules) {
        this.rules = rules;
    }

    @EventListener
    void on(WarningRaised warning) {
        raised.tryEmitNext(warning);
    }

    /** How many subscriptions are listening now. */
    public int subscribers() {
        return raised.currentSubscriberCount();
    }

    /** Raised warnings in an area (or below it) at {@code atLeast} or more severe, or turning hot. */
    public Flux<WarningRaised> subscribe(String areaCode, String atLeast) {
        return raised.asFlux()
            .filter(warning -> areaCode == null || warning.areaCodes().contains(areaCode))
            .filter(warning -> atLeast == null || atLeast.equals(warning.level())
                    || rules.raises(warning.level(), atLeast) || warning.turnedHot());
    }
}
