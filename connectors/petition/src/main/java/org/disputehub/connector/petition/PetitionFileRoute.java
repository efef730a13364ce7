package org.disputehub.connector.petition;

import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the petition CSV files dropped into the configured folder, oldest export first (the names carry the
 * date), and moves each to {@code done/} when its cases are stored or to {@code failed/} when they could not
 * be. Bad rows do not fail a file: they are quarantined.
 */
public class PetitionFileRoute extends RouteBuilder {

    public static final String ROUTE_ID = "petition-files";

    private static final Logger log = LoggerFactory.getLogger(PetitionFileRoute.class);

    private final PetitionProperties properties;
    private final PetitionCsvReader reader;
    private final CaseSink sink;

    public PetitionFileRoute(PetitionProperties properties, PetitionCsvReader reader, CaseSink sink) {
        this.properties = properties;
        this.reader = reader;
        this.sink = sink;
    }

    @Override
    public void configure() {
        // not handled: the exchange stays failed, so the file consumer moves the file to failed/; logged here
        // once, naming the file, instead of Camel's generic exhausted-delivery dump
        onException(Exception.class)
            .logExhausted(false)
            .log(LoggingLevel.ERROR, log,
                    "Petition file ${header.CamelFileName} failed and goes to failed/: ${exception.stacktrace}");

        from(endpointUri())
            .routeId(ROUTE_ID)
            .process(this::load);
    }

    String endpointUri() {
        long checkInterval = properties.readLockCheckInterval().toMillis();
        return "file:" + properties.files().toAbsolutePath()
                + "?include=RAW(petitions-.*\\.csv)"
                + "&sortBy=file:name"
                + "&move=done/${file:name}"
                + "&moveFailed=failed/${file:name}"
                // changed: the file must keep its size and time for a check interval, so a half-uploaded
                // file is left for a later poll
                + "&readLock=changed"
                + "&readLockCheckInterval=" + checkInterval
                + "&readLockTimeout=" + Math.max(10_000, 10 * checkInterval)
                + "&delay=" + properties.pollInterval().toMillis();
    }

    private void load(Exchange exchange) throws Exception {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        var batches = new BatchingSink(sink, properties.batchSize());
        try (InputStream input = exchange.getIn().getMandatoryBody(InputStream.class)) {
            reader.read(input, fileName, batches);
        }
        log.info("Petition file {}: {} petitions read, {} new or newer, {} rows quarantined", fileName,
                batches.received(), batches.accepted(), batches.rejected());
    }
}
