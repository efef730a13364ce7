package org.disputehub.hub.ingest;

/** Cypher for the sources' durable state: watermarks, counters and the last poll of each transport. */
final class SourceStateCypher {

    private SourceStateCypher() {
    }

    static final String COUNT_INGESTED = """
            MERGE (s:SourceState {name: $name})
            SET s.ingested = coalesce(s.ingested, 0) + $count, s.lastIngestAt = datetime()
            """;

    static final String READ_WATERMARK = """
            MATCH (s:SourceState {name: $name})
            RETURN s.watermark AS watermark
            """;

    static final String SAVE_WATERMARK = """
            MERGE (s:SourceState {name: $name})
            SET s.watermark = $watermark, s.watermarkSavedAt = datetime()
            """;

    static final String POLLED = """
            MERGE (s:SourceState {name: $name})
            SET s.source = $source, s.transport = $transport, s.lastPollAt = datetime(),
                s.lastReceived = $received, s.idle = $received = 0, s.lastError = null, s.stopped = false
            """;

    static final String FAILED = """
            MERGE (s:SourceState {name: $name})
            SET s.source = $source, s.transport = $transport, s.lastPollAt = datetime(),
                s.lastError = $message, s.lastErrorAt = datetime(), s.stopped = $stopped
            """;
}
