package org.disputehub.connector.police;

import javax.sql.DataSource;

import org.apache.camel.builder.RouteBuilder;
import org.disputehub.connector.api.CaseSink;
import org.disputehub.connector.api.SourceStateStore;

/**
 * Polls the police records database every {@code hub.sources.police.jdbc.poll-interval}: reads incidents
 * changed after the watermark ({@code updated_at}, then {@code incident_no} for equal times) a page at a time,
 * each page's parties in one more query, until a short page says it has caught up. A failed poll is reported and
 * tried again on the next tick from the last page delivered.
 */
public class PoliceJdbcPollRoute extends RouteBuilder {

    public static final String ROUTE_ID = "police-jdbc";

    /** Camel registry name of the police database, so the hub's own DataSource is never picked by mistake. */
    static final String DATA_SOURCE_REF = "policeJdbcDataSource";

    private static final String QUERIES = "classpath:org/disputehub/connector/police/";

    private final DataSource dataSource;
    private final PoliceProperties.Jdbc jdbc;
    private final PoliceJdbcPoll poll;

    public PoliceJdbcPollRoute(PoliceProperties properties, DataSource dataSource, PoliceIncidentMapper mapper,
            CaseSink sink, SourceStateStore state) {
        this.dataSource = dataSource;
        this.jdbc = properties.jdbc();
        this.poll = new PoliceJdbcPoll(mapper, sink, state, jdbc.pageSize(), properties.batchSize());
    }

    @Override
    public void configure() {
        bindToRegistry(DATA_SOURCE_REF, dataSource);
        String database = "dataSource=#" + DATA_SOURCE_REF;

        onException(Exception.class).handled(true).process(poll::failed);

        from("timer:" + ROUTE_ID + "?delay=0&period=" + jdbc.pollInterval().toMillis())
            .routeId(ROUTE_ID)
            .process(poll::begin)
            .loopDoWhile(exchangeProperty(PoliceJdbcPoll.MORE_PAGES).isEqualTo(true))
                // maxRows pages portably: no LIMIT / FETCH FIRST dialects
                .to("sql:" + QUERIES + "select-incident-page.sql?" + database
                        + "&outputHeader=" + PoliceJdbcPoll.INCIDENT_ROWS + "&template.maxRows=" + jdbc.pageSize())
                .process(poll::readPage)
                .filter(poll::pageHasRows)
                    .to("sql:" + QUERIES + "select-incident-parties.sql?" + database
                            + "&outputHeader=" + PoliceJdbcPoll.PARTY_ROWS)
                    .process(poll::deliverPage)
                .end()
            .end()
            .process(poll::finish);
    }
}
