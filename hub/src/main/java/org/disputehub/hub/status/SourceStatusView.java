package org.disputehub.hub.status;

import java.time.OffsetDateTime;
import java.util.List;

public record SourceStatusView(String source, long recordsIngested, long cases, long quarantined,
        OffsetDateTime lastIngestAt, OffsetDateTime latestUpdateAt, Double lagSeconds, OffsetDateTime lastPollAt,
        boolean idle, List<TransportStatusView> transports) {

    public record TransportStatusView(String transport, OffsetDateTime lastPollAt, Integer lastReceived, boolean idle,
            boolean stopped, String lastError) {
    }
}
