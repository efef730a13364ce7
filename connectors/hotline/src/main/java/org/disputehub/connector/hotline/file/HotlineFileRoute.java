package org.disputehub.connector.hotline.file;

import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.hotline.HotlineProperties;
import org.disputehub.connector.hotline.WorkOrderMapper;
import org.disputehub.connector.support.JsonLinesReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads hotline JSON Lines exports dropped into a folder. Files are taken in name order, so a later export's
 * newer versions arrive after the earlier ones; a read file goes to {@code done/}, one that failed as a whole
 * (e.g. the sink was down) to {@code failed/} for a re-drop. Bad lines are quarantined and do not fail the file.
 */
public class HotlineFileRoute extends RouteBuilder {

    public static final String ROUTE_ID = "hotline-files";

    private static final Logger log = LoggerFactory.getLogger(HotlineFileRoute.class);

    private final HotlineProperties properties;
    private final CaseSink sink;
    private final JsonLinesReader reader = new JsonLinesReader(Source.HOTLINE, new WorkOrderMapper());

    public HotlineFileRoute(HotlineProperties properties, CaseSink sink) {
        this.properties = properties;
        this.sink = sink;
    }

    @Override
    public void configure() {
        // readLock=changed: an export still being copied in is left alone until its size stops changing
        from("file:" + properties.files()
                + "?antInclude=*.jsonl"
                + "&sortBy=file:name"
                + "&move=done/${file:name}"
                + "&moveFailed=failed/${file:name}"
                + "&readLock=changed"
                + "&delay=" + properties.filePollInterval().toMillis())
            .routeId(ROUTE_ID)
            .process(this::load);
    }

    private void load(Exchange exchange) throws IOException {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        var batches = new BatchingSink(sink, properties.batchSize());
        try (InputStream input = exchange.getIn().getBody(InputStream.class)) {
            reader.read(input, fileName, batches);
        }
        log.info("Hotline export {}: {} work orders read, {} new or newer, {} quarantined", fileName,
                batches.received(), batches.accepted(), batches.rejected());
    }
}
