package org.disputehub.hub.disputes;

import org.disputehub.hub.warnings.WarningFeed;
import org.disputehub.hub.warnings.WarningRaised;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

@Controller
class WarningSubscriptionController {

    private final WarningFeed feed;
    private final DisputeRepository disputes;

    WarningSubscriptionController(WarningFeed feed, DisputeRepository disputes) {
        this.feed = feed;
        this.disputes = disputes;
    }

    @SubscriptionMapping
    Flux<WarningRaised> warningRaised(@Argument String areaCode, @Argument String atLeast) {
        return feed.subscribe(areaCode, atLeast);
    }

    /** Each alert is its own execution: one read for the dispute it names. */
    @SchemaMapping(typeName = "WarningAlert")
    DisputeView dispute(WarningRaised alert) {
        return disputes.dispute(alert.disputeId()).orElse(null);
    }
}
