package org.disputehub.connector.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.disputehub.connector.api.CaseRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * What the police database holds never becomes a Camel header: values that look like header names or
 * expressions, and a column named after the header that would replace camel-sql's query, stay data.
 */
class PoliceJdbcHeadersTest {

    private static final String HOSTILE = "JQ20269999999999";
    private static final String DROP = "DELETE FROM police_incident";

    /** The route's own query parameters and results, and what the timer and camel-sql set. */
    private static final Set<String> EXPECTED_HEADERS = Set.of(PoliceJdbcPoll.SINCE_UPDATED_AT,
            PoliceJdbcPoll.SINCE_INCIDENT_NO, PoliceJdbcPoll.INCIDENT_NOS, PoliceJdbcPoll.INCIDENT_ROWS,
            PoliceJdbcPoll.PARTY_ROWS, "CamelSqlRowCount", "CamelTimerFiredTime", "CamelTimerName",
            "CamelTimerPeriod", "CamelTimerCounter", "CamelMessageTimestamp");

    private final RecordingCaseSink sink = new RecordingCaseSink();
    private final InMemorySourceStateStore state = new InMemorySourceStateStore();
    private final Set<String> headersSeen = ConcurrentHashMap.newKeySet();
    private String url;
    private JdbcTemplate database;

    @BeforeEach
    void createDatabase() {
        url = "jdbc:h2:mem:police-headers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("police/police-incidents.sql")).execute(dataSource);
        database = new JdbcTemplate(dataSource);
    }

    @Test
    void sourceValuesAndColumnsStayDataAndNeverSteerTheRoute() throws Exception {
        int incidents = database.queryForObject("SELECT count(*) FROM police_incident", Integer.class);
        database.execute("ALTER TABLE police_incident ADD COLUMN \"CamelSqlQuery\" VARCHAR(200)");
        database.update("INSERT INTO police_incident (incident_no, reported_at, updated_at, reporter_name, "
                + "reporter_phone, address, incident_type, incident_subtype, summary, station, outcome, "
                + "referred_to_mediation, \"CamelSqlQuery\") VALUES (?, TIMESTAMP '2026-03-01 10:00:00', "
                + "TIMESTAMP '2026-03-01 10:00:00', 'CamelSqlQuery', '13912345678', '${header.CamelSqlQuery}', "
                + "'纠纷', '邻里纠纷', ?, 'CamelHttpUri', '现场调解', FALSE, ?)", HOSTILE,
                "${header.CamelSqlQuery} #{CamelSqlQuery} " + DROP, DROP);
        database.update("INSERT INTO police_incident_party (incident_no, seq, name, id_number, phone, role) "
                + "VALUES (?, 1, 'CamelSqlQuery', NULL, NULL, '当事人')", HOSTILE);

        try (var hub = PoliceTestApplication.start(sink, state, "hub.sources.police.jdbc.url=" + url,
                "hub.sources.police.jdbc.username=sa", "hub.sources.police.jdbc.password=",
                "hub.sources.police.jdbc.poll-interval=100ms", "hub.sources.police.jdbc.page-size=3")) {
            CamelContext camel = hub.getBean(CamelContext.class);
            // Restarts the route from its stored watermark (none yet) with a last step that notes the headers.
            AdviceWith.adviceWith(camel, PoliceJdbcPollRoute.ROUTE_ID, route -> route.weaveAddLast()
                .process(exchange -> headersSeen.addAll(exchange.getIn().getHeaders().keySet())));
            await().atMost(Duration.ofSeconds(20)).until(() -> sink.deliveries().stream()
                .anyMatch(delivered -> delivered.sourceId().equals(HOSTILE)) && !headersSeen.isEmpty());
        }

        CaseRecord hostile = sink.deliveries().stream().filter(delivered -> delivered.sourceId().equals(HOSTILE))
            .findFirst().orElseThrow();
        assertThat(hostile.content()).isEqualTo("${header.CamelSqlQuery} #{CamelSqlQuery} " + DROP);
        assertThat(hostile.parties()).singleElement()
            .satisfies(party -> assertThat(party.name()).isEqualTo("CamelSqlQuery"));
        assertThat(database.queryForObject("SELECT count(*) FROM police_incident", Integer.class))
            .as("the column named CamelSqlQuery replaced no query").isEqualTo(incidents + 1);
        assertThat(headersSeen).as("headers on the route's exchanges").isSubsetOf(EXPECTED_HEADERS)
            .contains(PoliceJdbcPoll.INCIDENT_ROWS);
    }
}
