package org.disputehub.connector.police;

import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;
import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.support.JsonLinesReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads police JSON Lines exports dropped into {@code hub.sources.police.files}: each file is read line by line
 * into the sink, then moved to {@code done/}, or to {@code failed/} when it could not be read to the end.
 */
public class PoliceFileRoute extends RouteBuilder {

    public static final String ROUTE_ID = "police-files";

    private static final Logger LOG = LoggerFactory.getLogger(PoliceFileRoute.class);

    private final PoliceProperties properties;
    private final JsonLinesReader reader;
    private final CaseSink sink;

    public PoliceFileRoute(PoliceProperties properties, PoliceIncidentMapper mapper, CaseSink sink) {
        this.properties = properties;
        this.reader = new JsonLinesReader(Source.POLICE, mapper::fromJson);
        this.sink = sink;
    }

    @Override
    public void configure() {
        // readLock=changed: an export still being written is only taken once its size stops changing
        from("file:" + properties.files().toAbsolutePath()
                + "?antInclude=*.jsonl&sortBy=file:name"
                + "&move=done&moveFailed=failed"
                + "&readLock=changed&readLockMinAge=1s"
                + "&delay=" + properties.filePollInterval().toMillis())
            .routeId(ROUTE_ID)
            .process(this::load);
    }

    private void load(Exchange exchange) throws InvalidPayloadException, IOException {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        try (InputStream input = exchange.getIn().getMandatoryBody(InputStream.class);
                BatchingSink batches = new BatchingSink(sink, properties.batchSize())) {
            reader.read(input, fileName, batches);
            LOG.info("Police export {}: {} incidents read, {} new or newer, {} quarantined", fileName,
                    batches.received(), batches.accepted(), batches.rejected());
        }
    }
}
