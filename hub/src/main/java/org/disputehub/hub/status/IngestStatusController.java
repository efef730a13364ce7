package org.disputehub.hub.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.disputehub.connector.api.Source;
import org.disputehub.hub.status.SourceStatusView.TransportStatusView;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Per source: how much came in, how much was kept aside, and how its transports last polled. */
@Controller
class IngestStatusController {

    private static final String STATUS = """
            UNWIND $sources AS source
            CALL (source) {
              MATCH (c:Case {source: source})
              RETURN count(c) AS cases, max(c.updatedAt) AS latestUpdateAt
            }
            CALL (source) {
              MATCH (q:Quarantined {source: source})
              RETURN count(q) AS quarantined
            }
            OPTIONAL MATCH (ingest:SourceState {name: 'ingest:' + source})
            CALL (source) {
              OPTIONAL MATCH (poll:SourceState {source: source})
              WHERE poll.transport IS NOT NULL
              RETURN collect(poll {.transport, .lastPollAt, .lastReceived, .idle, .stopped, .lastError}) AS transports
            }
            RETURN source, cases, latestUpdateAt, quarantined, coalesce(ingest.ingested, 0) AS ingested,
                   ingest.lastIngestAt AS lastIngestAt, transports
            """;

    private final Neo4jClient neo4j;

    IngestStatusController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @QueryMapping
    List<SourceStatusView> ingestStatus() {
        List<String> sources = List.of(Source.values()).stream().map(Enum::name).toList();
        return List.copyOf(neo4j.query(STATUS)
            .bind(sources).to("sources")
            .fetchAs(SourceStatusView.class)
            .mappedBy((types, record) -> {
                List<TransportStatusView> transports = record.get("transports").asList(IngestStatusController::transport);
                OffsetDateTime latest = time(record.get("latestUpdateAt"));
                OffsetDateTime lastPoll = transports.stream().map(TransportStatusView::lastPollAt)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
                return new SourceStatusView(record.get("source").asString(), record.get("ingested").asLong(),
                        record.get("cases").asLong(), record.get("quarantined").asLong(),
                        time(record.get("lastIngestAt")), latest,
                        latest == null ? null : Duration.between(latest, OffsetDateTime.now()).toMillis() / 1000.0,
                        lastPoll, !transports.isEmpty() && transports.stream().allMatch(TransportStatusView::idle),
                        transports);
            })
            .all());
    }

    private static TransportStatusView transport(Value value) {
        return new TransportStatusView(value.get("transport").asString(), time(value.get("lastPollAt")),
                value.get("lastReceived").isNull() ? null : value.get("lastReceived").asInt(),
                value.get("idle").asBoolean(false), value.get("stopped").asBoolean(false),
                value.get("lastError").asString(null));
    }

    private static OffsetDateTime time(Value value) {
        return value == null || value.isNull() ? null : value.asOffsetDateTime();
    }
}
