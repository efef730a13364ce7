package org.disputehub.connector.police;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.disputehub.connector.api.BatchingSink;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.Origin;
import org.disputehub.connector.api.QuarantinedRecord;
import org.disputehub.connector.api.Source;
import org.disputehub.connector.api.SourceStateStore;
import org.disputehub.connector.support.RecordRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

/**
 * The steps of one poll of the police database, run by {@link PoliceJdbcPollRoute}: start at the stored
 * watermark, hand each page of incidents with their parties to the sink, and move the watermark on once the
 * sink has taken the page, so a restart resumes after the last page delivered.
 */
class PoliceJdbcPoll {

    /** {@link SourceStateStore} watermark name. */
    static final String WATERMARK = "police.jdbc";
    static final String TRANSPORT = "jdbc";
    static final String TABLE = "police_incident";

    // query parameters, read by camel-sql from the headers
    static final String SINCE_UPDATED_AT = "sinceUpdatedAt";
    static final String SINCE_INCIDENT_NO = "sinceIncidentNo";
    static final String INCIDENT_NOS = "incidentNos";
    // query results, written by camel-sql into headers
    static final String INCIDENT_ROWS = "policeIncidentRows";
    static final String PARTY_ROWS = "policePartyRows";

    static final String MORE_PAGES = "policeMorePages";
    private static final String RECEIVED = "policeReceived";

    private static final Logger LOG = LoggerFactory.getLogger(PoliceJdbcPoll.class);

    private final PoliceIncidentMapper mapper;
    private final CaseSink sink;
    private final SourceStateStore state;
    private final int pageSize;
    private final int batchSize;

    PoliceJdbcPoll(PoliceIncidentMapper mapper, CaseSink sink, SourceStateStore state, int pageSize,
            int batchSize) {
        this.mapper = mapper;
        this.sink = sink;
        this.state = state;
        this.pageSize = pageSize;
        this.batchSize = batchSize;
    }

    void begin(Exchange exchange) {
        PoliceWatermark watermark = state.watermark(WATERMARK).map(PoliceWatermark::parse)
            .orElse(PoliceWatermark.BEGINNING);
        startAfter(exchange, watermark);
        exchange.setProperty(RECEIVED, 0);
        exchange.setProperty(MORE_PAGES, true);
    }

    /** After the page query: names the page's incidents for the party query; a short page is the last one. */
    void readPage(Exchange exchange) {
        List<Map<String, Object>> rows = rows(exchange, INCIDENT_ROWS);
        exchange.getIn().setHeader(INCIDENT_NOS, rows.stream().map(PoliceJdbcPoll::incidentNo).toList());
        exchange.setProperty(MORE_PAGES, rows.size() >= pageSize);
    }

    boolean pageHasRows(Exchange exchange) {
        return !rows(exchange, INCIDENT_ROWS).isEmpty();
    }

    void deliverPage(Exchange exchange) {
        List<Map<String, Object>> rows = rows(exchange, INCIDENT_ROWS);
        Map<String, List<Map<String, Object>>> partiesByIncident = new LinkedHashMap<>();
        for (Map<String, Object> party : rows(exchange, PARTY_ROWS)) {
            partiesByIncident.computeIfAbsent(incidentNo(party), key -> new ArrayList<>()).add(party);
        }
        try (BatchingSink batches = new BatchingSink(sink, batchSize)) {
            for (Map<String, Object> row : rows) {
                deliver(row, partiesByIncident.getOrDefault(incidentNo(row), List.of()), batches);
            }
        }
        // only now, with the page in the sink, may a restart skip it
        PoliceWatermark watermark = watermarkAfter(rows.get(rows.size() - 1));
        state.saveWatermark(WATERMARK, watermark.encode());
        startAfter(exchange, watermark);
        exchange.setProperty(RECEIVED, exchange.getProperty(RECEIVED, Integer.class) + rows.size());
    }

    void finish(Exchange exchange) {
        int received = exchange.getProperty(RECEIVED, Integer.class);
        if (received > 0) {
            LOG.info("Police database: {} incidents read", received);
        }
        state.polled(Source.POLICE, TRANSPORT, received);
    }

    /** The database or the sink failed: the next tick starts again at the last saved watermark. */
    void failed(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        // Spring's wrappers say only "bad SQL grammar"; the driver's own message names what is wrong
        String message = caught == null ? "unknown failure"
                : String.valueOf(NestedExceptionUtils.getMostSpecificCause(caught).getMessage());
        LOG.warn("Police database poll failed, retrying next poll: {}", message);
        state.failed(Source.POLICE, TRANSPORT, message, false);
    }

    private void deliver(Map<String, Object> row, List<Map<String, Object>> partyRows, BatchingSink batches) {
        Origin origin = new Origin(TRANSPORT, TABLE, "incident_no:" + incidentNo(row));
        try {
            List<PoliceIncidentPartyRow> parties = partyRows.stream().map(PoliceIncidentPartyRow::fromColumns)
                .toList();
            batches.add(mapper.fromRows(PoliceIncidentRow.fromColumns(row), parties, origin));
        }
        catch (RecordRejectedException ex) {
            batches.quarantine(new QuarantinedRecord(Source.POLICE, origin, ex.reason(), ex.getMessage(),
                    row + " parties=" + partyRows));
        }
    }

    private static PoliceWatermark watermarkAfter(Map<String, Object> lastRow) {
        // the page query only returns rows whose updated_at compared greater, so it is never null here
        LocalDateTime updatedAt = SqlColumns.of(lastRow).localDateTime("updated_at");
        return new PoliceWatermark(updatedAt, incidentNo(lastRow));
    }

    private static void startAfter(Exchange exchange, PoliceWatermark watermark) {
        exchange.getIn().setHeader(SINCE_UPDATED_AT, watermark.updatedAt());
        exchange.getIn().setHeader(SINCE_INCIDENT_NO, watermark.incidentNo());
    }

    private static String incidentNo(Map<String, ?> row) {
        return SqlColumns.of(row).text("incident_no");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Exchange exchange, String header) {
        List<Map<String, Object>> rows = exchange.getIn().getHeader(header, List.class);
        return rows == null ? List.of() : rows;
    }
}
